package org.cpatlas.ui.membership;

import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.domain.MembershipListInfo;
import org.cpatlas.store.MembershipRepository;
import org.cpatlas.ui.kit.DialogService;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.tablefile.BackgroundWork;

/**
 * The county lists: the bundled list and every imported one (file, date, counties kept), the one in force marked. Use
 * draws the regions from the chosen list (rebuilt off the JavaFX thread, progress shown); What changed compares it with
 * the bundled list; Remove deletes an imported list (the bundled list is in force again if it was); Import adds one.
 */
public final class MembershipListsDialog {

    /** One line of the list: the list's name, and its description. */
    public record Entry(String name, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final DesktopMemberships memberships;
    private final MembershipRepository lists;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Stage stage = new Stage();
    private final ListView<Entry> entries = new ListView<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label message = new Label();
    private final Button use = new Button();
    private final Button diff = new Button();
    private final Button remove = new Button();
    private final Button importButton = new Button();
    private final Button close = new Button();
    private Task<?> switching;

    MembershipListsDialog(DesktopMemberships memberships, MembershipRepository lists, I18n i18n,
            DialogService dialogs, Window owner) {
        this.memberships = memberships;
        this.lists = lists;
        this.i18n = i18n;
        this.dialogs = dialogs;
        stage.initOwner(owner);
        stage.titleProperty().bind(i18n.text("membership.listsTitle"));
        use.textProperty().bind(i18n.text("membership.use"));
        diff.textProperty().bind(i18n.text("membership.diff"));
        remove.textProperty().bind(i18n.text("membership.remove"));
        importButton.textProperty().bind(i18n.text("membership.import"));
        close.textProperty().bind(i18n.text("membership.close"));
        use.setOnAction(e -> useSelected());
        diff.setOnAction(e -> selected().ifPresent(s -> memberships.showDiff(s.name())));
        remove.setOnAction(e -> removeSelected());
        importButton.setOnAction(e -> memberships.importList(null));
        close.setOnAction(e -> stage.close());
        close.setCancelButton(true);
        entries.getSelectionModel().selectedItemProperty().addListener(o -> enable());
        progress.setVisible(false);
        progress.setPrefWidth(220);
        message.setWrapText(true);
        Label intro = new Label();
        intro.textProperty().bind(i18n.text("membership.listsIntro"));
        intro.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, use, diff, remove, importButton, spacer, close);
        VBox box = new VBox(8, intro, entries, new HBox(8, progress, message), buttons);
        VBox.setVgrow(entries, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        stage.setScene(new Scene(box, 720, 420));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.getScene().getRoot().setStyle(owner.getScene().getRoot().getStyle());
        }
    }

    /** Shows the dialog with the lists as stored now. */
    public void show() {
        refresh();
        stage.show();
    }

    /** Reads the lists again (after an import, a removal or a switch). */
    public void refresh() {
        String inForce = memberships.inForce();
        List<Entry> all = new ArrayList<>();
        all.add(new Entry(MembershipList.BUNDLED, mark(MembershipList.BUNDLED, inForce)
                + i18n.get("membership.bundledEntry")));
        for (MembershipListInfo info : lists.lists()) {
            all.add(new Entry(info.name(), mark(info.name(), inForce) + i18n.get("membership.entry", info.name(),
                    info.file(), info.importedAt().toString().substring(0, 10), info.rowsStored(),
                    info.rowsLeftOut())));
        }
        String chosen = selected().map(Entry::name).orElse(inForce);
        entries.getItems().setAll(all);
        all.stream().filter(e -> e.name().equalsIgnoreCase(chosen)).findFirst()
                .ifPresent(e -> entries.getSelectionModel().select(e));
        enable();
    }

    private static String mark(String name, String inForce) {
        return name.equalsIgnoreCase(inForce) ? "● " : "   ";
    }

    private java.util.Optional<Entry> selected() {
        return java.util.Optional.ofNullable(entries.getSelectionModel().getSelectedItem());
    }

    private void enable() {
        boolean busy = switching != null;
        Entry entry = selected().orElse(null);
        boolean bundled = entry != null && MembershipList.BUNDLED.equals(entry.name());
        use.setDisable(busy || entry == null || entry.name().equalsIgnoreCase(memberships.inForce()));
        diff.setDisable(entry == null || bundled);
        remove.setDisable(busy || entry == null || bundled || !lists.writable());
        importButton.setDisable(!lists.writable());
    }

    /** Draws the regions from the selected list; progress is shown while they are rebuilt. */
    public Task<?> useSelected() {
        Entry entry = selected().orElse(null);
        if (entry == null) {
            return null;
        }
        Task<MembershipSwitcher.InForce> task = memberships.switchTo(entry.name());
        switching = task;
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        message.setText(i18n.get("membership.switching", entry.name()));
        enable();
        Runnable done = () -> {
            switching = null;
            progress.progressProperty().unbind();
            progress.setVisible(false);
            message.setText(task.getException() == null ? i18n.get("membership.inForce", memberships.inForce())
                    : i18n.get("membership.switchFailedText", entry.name(),
                    BackgroundWork.message(task.getException())));
            refresh();
        };
        task.stateProperty().addListener((o, old, state) -> {
            if (state == javafx.concurrent.Worker.State.SUCCEEDED || state == javafx.concurrent.Worker.State.FAILED
                    || state == javafx.concurrent.Worker.State.CANCELLED) {
                done.run();
            }
        });
        return task;
    }

    private void removeSelected() {
        Entry entry = selected().orElse(null);
        if (entry == null || MembershipList.BUNDLED.equals(entry.name())) {
            return;
        }
        boolean inForce = entry.name().equalsIgnoreCase(memberships.inForce());
        if (!dialogs.confirm(i18n.get("membership.removeTitle"), i18n.get(inForce ? "membership.removeInForce"
                : "membership.removeText", entry.name()), i18n.get("membership.remove"),
                i18n.get("import.cancel"))) {
            return;
        }
        try {
            lists.remove(entry.name());
            memberships.removed(entry.name());
        } catch (RuntimeException e) {
            dialogs.showError(i18n.get("membership.removeTitle"), BackgroundWork.message(e));
            return;
        }
        if (inForce) {
            entries.getSelectionModel().clearSelection();
            entries.getItems().stream().filter(e -> e.name().equals(MembershipList.BUNDLED)).findFirst()
                    .ifPresent(e -> entries.getSelectionModel().select(e));
            useSelected();
        }
        refresh();
    }

    // ---- for tests ----

    public Stage stage() {
        return stage;
    }

    public ListView<Entry> entries() {
        return entries;
    }

    public ProgressBar progress() {
        return progress;
    }

    /** Selects a list by name. */
    public void select(String name) {
        entries.getItems().stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst()
                .ifPresent(e -> entries.getSelectionModel().select(e));
    }
}
