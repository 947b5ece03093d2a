package org.cpatlas.ui.membership;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cpatlas.imports.ImportException;
import org.cpatlas.imports.MembershipPreview;
import org.cpatlas.imports.MembershipPreviewText;
import org.cpatlas.imports.MembershipSettings;
import org.cpatlas.imports.RawTable;
import org.cpatlas.imports.ReadOptions;
import org.cpatlas.imports.SourceFile;
import org.cpatlas.imports.TableReader;
import org.cpatlas.store.MembershipRepository;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.tablefile.BackgroundWork;
import org.cpatlas.ui.tablefile.ColumnChoice;
import org.cpatlas.ui.tablefile.FirstRows;
import org.cpatlas.ui.tablefile.ImportDialogFrame;
import org.cpatlas.ui.tablefile.ReadingPickers;

/**
 * The county list import dialog: the file's first rows, how it was read (sheet, encoding: changeable), the list's name,
 * and the preview {@code membership import} prints (columns taken, per region the counties listed and drawn beside the
 * official count, rows left out, what stops it); Import stores it in one transaction, Cancel stores nothing. Reading
 * and storing run off the JavaFX thread. The list in force is not changed: the lists dialog does that.
 */
public final class MembershipImportDialog {

    private final DesktopMemberships owner;
    private final MembershipRepository lists;
    private final I18n i18n;
    /** Reads and stores off the JavaFX thread. */
    private final ExecutorService work;
    private final ImportDialogFrame frame;
    private final Label fileLabel = new Label();
    private final ReadingPickers reading;
    private final TextField name = new TextField();
    private final ColumnChoice countyColumn;
    private final ColumnChoice regionColumn;
    /** The county and region columns the user chose (null: found from headers and cells). */
    private MembershipSettings settings = MembershipSettings.detect();
    private final FirstRows rows = new FirstRows();
    private final TextArea report = new TextArea();
    private final Label message;
    private final Button importButton;
    private Path file;
    private ReadOptions options = ReadOptions.detect();
    private MembershipPreview preview;
    private boolean updating;
    private String shownSheet;

    MembershipImportDialog(DesktopMemberships owner, MembershipRepository lists, I18n i18n, Window window,
            ExecutorService work) {
        this.owner = owner;
        this.lists = lists;
        this.i18n = i18n;
        this.work = work;
        this.frame = new ImportDialogFrame(i18n, window, work, "membership.importTitle");
        this.message = frame.message();
        this.importButton = frame.importButton();
        this.reading = new ReadingPickers(i18n, () -> updating, this::sheetChosen, this::encodingChosen);
        this.countyColumn = new ColumnChoice(() -> updating, letter -> {
            settings = new MembershipSettings(letter, settings.regionColumn());
            read();
        });
        this.regionColumn = new ColumnChoice(() -> updating, letter -> {
            settings = new MembershipSettings(settings.countyColumn(), letter);
            read();
        });
        frame.setContent(content(), 960, 760);
    }

    private void sheetChosen(String sheet) {
        if (!sheet.equals(shownSheet)) {
            options = options.withSheet(sheet);
            read();
        }
    }

    private void encodingChosen(String wanted) {
        // An editable box also commits its (unchanged) text when it loses the focus: read again only on a change.
        if (!java.util.Objects.equals(wanted, options.encoding())) {
            options = options.withEncoding(wanted);
            read();
        }
    }

    private VBox content() {
        name.setPrefColumnCount(24);
        name.setOnAction(e -> read());
        HBox choices = new HBox(8, label("import.sheet"), reading.sheet(), label("import.encoding"),
                reading.encoding(), label("membership.countyColumn"), countyColumn.box(),
                label("membership.regionColumn"), regionColumn.box(), label("membership.name"), name);
        choices.setAlignment(Pos.CENTER_LEFT);
        report.setEditable(false);
        report.setWrapText(false);
        report.setPrefRowCount(16);
        report.setStyle("-fx-font-family: monospace;");
        importButton.setDisable(true);
        importButton.setOnAction(e -> startImport());
        VBox box = new VBox(8, new HBox(8, label("import.file"), fileLabel), choices, label("import.firstRows"),
                rows.view(), label("import.report"), report, message, frame.buttons());
        VBox.setVgrow(report, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private Label label(String key) {
        return frame.label(key);
    }

    /** Opens the dialog on a file and reads it. */
    public void open(Path chosen) {
        this.file = chosen;
        frame.stage().show();
        fileLabel.setText(chosen.toString());
        read();
    }

    /** Reads the file and makes the preview on the work thread, then shows it. */
    private void read() {
        importButton.setDisable(true);
        message.setText(i18n.get("membership.reading"));
        ReadOptions chosen = options;
        MembershipSettings columns = settings;
        String listName = name.getText();
        work.submit(() -> {
            MembershipPreview made = null;
            String error = "";
            try {
                RawTable table = new TableReader().read(SourceFile.of(file), chosen);
                made = owner.planner().preview(table, columns, listName);
            } catch (ImportException e) {
                error = e.getMessage();
            } catch (RuntimeException e) {
                error = BackgroundWork.message(e);
            }
            MembershipPreview shown = made;
            String why = error;
            Platform.runLater(() -> show(shown, why));
        });
    }

    private void show(MembershipPreview made, String error) {
        updating = true;
        preview = made;
        if (made == null) {
            rows.clear();
            report.setText("");
            message.setText(error + "\n" + i18n.get("membership.nothingStored"));
            updating = false;
            return;
        }
        RawTable table = made.table();
        reading.show(table);
        shownSheet = table.sheet();
        if (name.getText().isBlank()) {
            name.setText(made.name());
        }
        countyColumn.show(table, made.countyColumn());
        regionColumn.show(table, made.regionColumn());
        rows.show(table);
        report.setText(String.join("\n", MembershipPreviewText.lines(made)));
        List<String> notes = new ArrayList<>(made.blocking());
        if (!notes.isEmpty()) {
            notes.add(i18n.get("membership.nothingStored"));
        }
        lists.findImported(table.file().sha256(), table.sheet()).ifPresent(before -> notes.add(
                i18n.get("membership.before", before.name(), before.importedAt().toString().substring(0, 10))));
        if (!lists.writable()) {
            notes.add(i18n.get("import.readOnly"));
        }
        message.setText(String.join("\n", notes));
        importButton.setDisable(!notes.isEmpty());
        updating = false;
    }

    private void startImport() {
        if (preview == null || !preview.canImport()) {
            return;
        }
        if (!name.getText().isBlank() && !name.getText().strip().equals(preview.name())) {
            read(); // the name was edited: the preview (and what stops it) follows the new name first
            return;
        }
        MembershipPreview chosen = preview;
        frame.store(cancelled -> lists.store(chosen.plan(), cancelled), stored -> owner.imported(stored.name()),
                error -> BackgroundWork.message(error) + "\n" + i18n.get("membership.nothingStored"), () -> false);
    }

    // ---- for tests ----

    public Stage stage() {
        return frame.stage();
    }

    public Button importButton() {
        return importButton;
    }

    public Label message() {
        return message;
    }

    public TextArea report() {
        return report;
    }

    public TextField nameField() {
        return name;
    }

    /** The county column chosen (or found). */
    public ChoiceBox<String> countyColumn() {
        return countyColumn.box();
    }

    /** The region column chosen (or found). */
    public ChoiceBox<String> regionColumn() {
        return regionColumn.box();
    }
}
