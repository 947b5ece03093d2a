package org.cpatlas.ui.table;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.cpatlas.tables.DataTable;
import org.cpatlas.ui.kit.I18n;

/**
 * The context menu every table of the window has (Copy, Copy with sources, Export as CSV…, Export as XLSX…, and the
 * byte-order mark setting), and its Ctrl+C. "Copy" takes what is selected (or everything when nothing is); the
 * exports take the whole table as shown.
 */
public final class TableMenu {

    private TableMenu() {
    }

    /**
     * Installs the menu and Ctrl+C on a node.
     *
     * @param selected what a copy takes: the selection, or the whole table when nothing is selected
     * @param whole    what an export takes
     */
    public static ContextMenu install(Node node, TableActions actions, I18n i18n, Supplier<DataTable> selected,
            Supplier<DataTable> whole) {
        ContextMenu menu = new ContextMenu();
        MenuItem copy = item(i18n, "table.copy", () -> actions.copy(selected.get(), false));
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        MenuItem copyWithSources = item(i18n, "table.copyWithSources", () -> actions.copy(selected.get(), true));
        MenuItem csv = item(i18n, "table.exportCsv", () -> actions.export(whole.get(), TableActions.Format.CSV));
        MenuItem xlsx = item(i18n, "table.exportXlsx", () -> actions.export(whole.get(), TableActions.Format.XLSX));
        CheckMenuItem bom = new CheckMenuItem();
        bom.textProperty().bind(i18n.text("table.bom"));
        bom.selectedProperty().bindBidirectional(actions.byteOrderMarkProperty());
        menu.getItems().setAll(copy, copyWithSources, new SeparatorMenuItem(), csv, xlsx, new SeparatorMenuItem(), bom);
        menu.getStyleClass().add("table-menu");
        node.setOnContextMenuRequested(e -> {
            if (!menu.isShowing()) {
                menu.show(node, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        // Some platforms (and headless ones) send no context-menu request for the right button: it opens the menu too.
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing()) {
                menu.show(node, e.getScreenX(), e.getScreenY());
            }
        });
        node.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                actions.copy(selected.get(), e.isShiftDown());
                e.consume();
            }
        });
        return menu;
    }

    private static MenuItem item(I18n i18n, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.text(key));
        item.setOnAction(e -> action.run());
        item.setId(key.replace('.', '-'));
        return item;
    }
}
