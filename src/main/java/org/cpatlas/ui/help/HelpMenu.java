package org.cpatlas.ui.help;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.cpatlas.ui.kit.DialogService;
import org.cpatlas.ui.kit.WindowAction;
import org.cpatlas.ui.kit.WindowTexts;

/**
 * The Help menu of the toolbar: keyboard shortcuts (also F1 and ?), how to read this map, About, open the data
 * folder, reset settings; and the window-wide keys Ctrl+Q (Cmd+Q on macOS). Its dialogs do not block the window, so
 * the map stays usable beside them; each opens once and comes to the front when asked again.
 */
public final class HelpMenu {

    /** The dialogs the menu opens. */
    public enum Page { SHORTCUTS, READING, ABOUT }

    private final WindowTexts texts;
    private final Window owner;
    private final HelpContext context;
    private final DialogService dialogs;
    private final MenuButton button = new MenuButton();
    private final Map<Page, Dialog<ButtonType>> open = new EnumMap<>(Page.class);

    public HelpMenu(WindowTexts texts, Window owner, HelpContext context, DialogService dialogs) {
        this.texts = texts;
        this.owner = owner;
        this.context = context;
        this.dialogs = dialogs;
        button.textProperty().bind(texts.text("help.menu"));
        button.getStyleClass().add("help-menu");
        button.setAccessibleRole(AccessibleRole.MENU_BUTTON);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(texts.tooltip(WindowAction.HELP));
        button.setTooltip(tip);
        button.accessibleHelpProperty().bind(tip.textProperty());
        MenuItem shortcuts = item("help.shortcuts", () -> show(Page.SHORTCUTS));
        WindowAction.SHORTCUTS.keys().ifPresent(shortcuts::setAccelerator);
        MenuItem quit = item("help.quit", context.quit());
        WindowAction.QUIT.keys().ifPresent(quit::setAccelerator);
        button.getItems().addAll(shortcuts, item("help.reading", () -> show(Page.READING)),
                item("help.about", () -> show(Page.ABOUT)), new SeparatorMenuItem(),
                item("help.dataFolder", this::openDataFolder), item("help.reset", this::reset),
                new SeparatorMenuItem(), quit);
    }

    /** The toolbar's Help button. */
    public MenuButton button() {
        return button;
    }

    /**
     * Puts the window-wide keys on the scene: F1 and ? (not while typing in a text field) show the shortcuts,
     * Ctrl+Q (Cmd+Q) quits as the close button does.
     */
    public void installShortcuts(Scene scene) {
        WindowAction.SHORTCUTS.keys().ifPresent(k -> scene.getAccelerators().put(k, () -> show(Page.SHORTCUTS)));
        WindowAction.QUIT.keys().ifPresent(k -> scene.getAccelerators().put(k, context.quit()));
        EventHandler<KeyEvent> question = e -> {
            if ("?".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                show(Page.SHORTCUTS);
                e.consume();
            }
        };
        scene.addEventHandler(KeyEvent.KEY_TYPED, question);
    }

    /** Shows a page of help, or brings it to the front when it is open. */
    public Dialog<ButtonType> show(Page page) {
        Dialog<ButtonType> dialog = open.get(page);
        if (dialog != null && dialog.isShowing()) {
            Window window = dialog.getDialogPane().getScene().getWindow();
            window.requestFocus();
            return dialog;
        }
        dialog = switch (page) {
            case SHORTCUTS -> dialog("help.shortcuts", () -> new ShortcutsView(texts));
            case READING -> dialog("help.reading", () -> scrolled(new ReadingGuide(texts), 600, 520));
            case ABOUT -> dialog("help.about", () -> scrolled(new AboutView(texts, BuildInfo.ofThisBuild(),
                    context.papers().get(), context), 820, 640));
        };
        dialog.getDialogPane().getStyleClass().add("help-" + page.name().toLowerCase());
        open.put(page, dialog);
        dialog.show();
        return dialog;
    }

    /** The dialog of a page while it is open (for tests). */
    public java.util.Optional<Dialog<ButtonType>> shown(Page page) {
        return java.util.Optional.ofNullable(open.get(page)).filter(Dialog::isShowing);
    }

    private Dialog<ButtonType> dialog(String titleKey, Supplier<Node> content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle(texts.get(titleKey));
        dialog.setHeaderText(texts.get(titleKey));
        dialog.getDialogPane().setContent(content.get());
        ButtonType close = new ButtonType(texts.get("help.close"), ButtonType.CLOSE.getButtonData());
        dialog.getDialogPane().getButtonTypes().add(close);
        if (context.fontFamily() != null) {
            dialog.getDialogPane().setStyle("-fx-font-family: '" + context.fontFamily() + "';");
        }
        return dialog;
    }

    private static ScrollPane scrolled(Node content, double width, double height) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(width);
        scroll.setPrefViewportHeight(height);
        return scroll;
    }

    private void openDataFolder() {
        if (!context.folderOpener().open(context.dataFolder())) {
            dialogs.showInformation(texts.get("help.dataFolder.failed"),
                    texts.get("help.dataFolder.failedText", context.dataFolder()));
        }
    }

    private void reset() {
        if (dialogs.confirm(texts.get("help.reset.title"), texts.get("help.reset.question"),
                texts.get("help.reset.yes"), texts.get("help.reset.no"))) {
            context.resetSettings().run();
        }
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(texts.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
