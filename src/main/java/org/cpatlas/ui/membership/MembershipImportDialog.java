package org.cpatlas.ui.membership;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cpatlas.domain.MembershipListInfo;
import org.cpatlas.imports.ImportCancelledException;
import org.cpatlas.imports.ImportException;
import org.cpatlas.imports.MembershipPreview;
import org.cpatlas.imports.MembershipPreviewText;
import org.cpatlas.imports.MembershipSettings;
import org.cpatlas.imports.RawRow;
import org.cpatlas.imports.RawTable;
import org.cpatlas.imports.ReadOptions;
import org.cpatlas.imports.SourceFile;
import org.cpatlas.imports.TableFormat;
import org.cpatlas.imports.TableReader;
import org.cpatlas.store.MembershipRepository;
import org.cpatlas.ui.I18n;

/**
 * The county list import dialog: the file's first rows, how it was read (sheet, encoding: changeable), the list's name,
 * and the preview {@code membership import} prints (columns taken, per region the counties listed and drawn beside the
 * official count, rows left out, what stops it); Import stores it in one transaction, Cancel stores nothing. Reading
 * and storing run off the JavaFX thread. The list in force is not changed: the lists dialog does that.
 */
public final class MembershipImportDialog {

    private static final int SHOWN_ROWS = 20;
    private static final List<String> ENCODINGS = List.of("UTF-8", "GB18030", "GBK", "Big5", "UTF-16");

    private final DesktopMemberships owner;
    private final MembershipRepository lists;
    private final I18n i18n;
    private final ExecutorService work;
    private final Stage stage = new Stage();
    private final Label fileLabel = new Label();
    private final ChoiceBox<String> sheet = new ChoiceBox<>();
    private final ComboBox<String> encoding = new ComboBox<>();
    private final TextField name = new TextField();
    private final ChoiceBox<String> countyColumn = new ChoiceBox<>();
    private final ChoiceBox<String> regionColumn = new ChoiceBox<>();
    /** The county and region columns the user chose (null: found from headers and cells). */
    private MembershipSettings settings = MembershipSettings.detect();
    private final TableView<RawRow> rows = new TableView<>();
    private final TextArea report = new TextArea();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button importButton = new Button();
    private final Button cancelButton = new Button();
    private Path file;
    private ReadOptions options = ReadOptions.detect();
    private MembershipPreview preview;
    private boolean updating;
    private String shownSheet;
    private Task<MembershipListInfo> running;

    MembershipImportDialog(DesktopMemberships owner, MembershipRepository lists, I18n i18n, Window window,
            ExecutorService work) {
        this.owner = owner;
        this.lists = lists;
        this.i18n = i18n;
        this.work = work;
        stage.initOwner(window);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(i18n.text("membership.importTitle"));
        stage.setScene(new Scene(content(), 960, 760));
        if (window != null && window.getScene() != null) {
            stage.getScene().getStylesheets().setAll(window.getScene().getStylesheets());
            stage.getScene().getRoot().setStyle(window.getScene().getRoot().getStyle());
        }
        stage.setOnCloseRequest(e -> {
            if (running != null) {
                running.cancel(false);
            }
        });
    }

    private VBox content() {
        encoding.setEditable(true);
        encoding.getItems().setAll(ENCODINGS);
        encoding.setPromptText(i18n.get("import.auto"));
        encoding.setPrefWidth(130);
        sheet.valueProperty().addListener((o, old, s) -> {
            if (!updating && s != null && !s.equals(shownSheet)) {
                options = options.withSheet(s);
                read();
            }
        });
        encoding.setOnAction(e -> {
            if (!updating) {
                String chosen = encoding.getValue();
                String wanted = chosen == null || chosen.isBlank() || chosen.equals(i18n.get("import.auto")) ? null
                        : chosen.strip();
                // An editable box also commits its (unchanged) text when it loses the focus: read again only on a change.
                if (!java.util.Objects.equals(wanted, options.encoding())) {
                    options = options.withEncoding(wanted);
                    read();
                }
            }
        });
        name.setPrefColumnCount(24);
        name.setOnAction(e -> read());
        countyColumn.valueProperty().addListener((o, old, c) -> {
            if (!updating && c != null) {
                settings = new MembershipSettings(letter(c), settings.regionColumn());
                read();
            }
        });
        regionColumn.valueProperty().addListener((o, old, c) -> {
            if (!updating && c != null) {
                settings = new MembershipSettings(settings.countyColumn(), letter(c));
                read();
            }
        });
        HBox choices = new HBox(8, label("import.sheet"), sheet, label("import.encoding"), encoding,
                label("membership.countyColumn"), countyColumn, label("membership.regionColumn"), regionColumn,
                label("membership.name"), name);
        choices.setAlignment(Pos.CENTER_LEFT);
        rows.setPrefHeight(190);
        rows.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        report.setEditable(false);
        report.setWrapText(false);
        report.setPrefRowCount(16);
        report.setStyle("-fx-font-family: monospace;");
        message.setWrapText(true);
        message.getStyleClass().add("import-message");
        progress.setVisible(false);
        progress.setPrefWidth(240);
        importButton.textProperty().bind(i18n.text("import.import"));
        importButton.setDefaultButton(true);
        importButton.setDisable(true);
        importButton.setOnAction(e -> startImport());
        cancelButton.textProperty().bind(i18n.text("import.cancel"));
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, spacer, cancelButton, importButton);
        VBox box = new VBox(8, new HBox(8, label("import.file"), fileLabel), choices, label("import.firstRows"), rows,
                label("import.report"), report, message, buttons);
        VBox.setVgrow(report, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().add("text-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Opens the dialog on a file and reads it. */
    public void open(Path chosen) {
        this.file = chosen;
        stage.show();
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
                error = DesktopMemberships.message(e);
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
            rows.getItems().clear();
            rows.getColumns().clear();
            report.setText("");
            message.setText(error + "\n" + i18n.get("membership.nothingStored"));
            updating = false;
            return;
        }
        RawTable table = made.table();
        sheet.getItems().setAll(table.sheets());
        sheet.setValue(table.sheet());
        shownSheet = table.sheet();
        sheet.setDisable(table.format() != TableFormat.XLSX);
        encoding.setDisable(table.format() != TableFormat.CSV);
        if (name.getText().isBlank()) {
            name.setText(made.name());
        }
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            labels.add(table.columnLabel(c));
        }
        countyColumn.getItems().setAll(labels);
        countyColumn.setValue(table.columnLabel(made.countyColumn()));
        regionColumn.getItems().setAll(labels);
        regionColumn.setValue(table.columnLabel(made.regionColumn()));
        showRows(table);
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

    /** "B (county)" → "B": the planner takes a column by its letter. */
    private static String letter(String label) {
        return label.contains(" ") ? label.substring(0, label.indexOf(' ')) : label;
    }

    private void showRows(RawTable table) {
        rows.getColumns().clear();
        TableColumn<RawRow, String> number = new TableColumn<>("#");
        number.setCellValueFactory(r -> new ReadOnlyStringWrapper(Integer.toString(r.getValue().number())));
        rows.getColumns().add(number);
        for (int c = 0; c < table.columnCount(); c++) {
            int column = c;
            TableColumn<RawRow, String> col = new TableColumn<>(table.columnLabel(c));
            col.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().cell(column).text()));
            col.setPrefWidth(110);
            rows.getColumns().add(col);
        }
        rows.getItems().setAll(table.rows().subList(0, Math.min(SHOWN_ROWS, table.rows().size())));
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
        Task<MembershipListInfo> task = new Task<>() {
            @Override
            protected MembershipListInfo call() {
                return lists.store(chosen.plan(), this::isCancelled);
            }
        };
        running = task;
        progress.setVisible(true);
        progress.setProgress(-1);
        importButton.setDisable(true);
        message.setText(i18n.get("import.running"));
        task.setOnSucceeded(e -> {
            running = null;
            stage.close();
            owner.imported(task.getValue().name());
        });
        task.setOnFailed(e -> {
            running = null;
            progress.setVisible(false);
            Throwable error = task.getException();
            message.setText(error instanceof ImportCancelledException ? i18n.get("import.cancelled")
                    : i18n.get("import.failed") + ": " + DesktopMemberships.message(error) + "\n"
                    + i18n.get("membership.nothingStored"));
            importButton.setDisable(false);
        });
        task.setOnCancelled(e -> {
            running = null;
            progress.setVisible(false);
            message.setText(i18n.get("import.cancelled"));
            importButton.setDisable(false);
        });
        work.submit(task);
    }

    private void cancel() {
        if (running != null) {
            running.cancel(false);
        } else {
            stage.close();
        }
    }

    // ---- for tests ----

    public Stage stage() {
        return stage;
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
        return countyColumn;
    }

    /** The region column chosen (or found). */
    public ChoiceBox<String> regionColumn() {
        return regionColumn;
    }
}
