package org.cpatlas.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cpatlas.domain.Dataset;
import org.cpatlas.domain.Level;
import org.cpatlas.imports.ColumnHeader;
import org.cpatlas.imports.ColumnRole;
import org.cpatlas.imports.ColumnSummary;
import org.cpatlas.imports.ImportCancelledException;
import org.cpatlas.imports.ImportPlan;
import org.cpatlas.imports.PreviewText;
import org.cpatlas.imports.RawRow;
import org.cpatlas.imports.RawTable;
import org.cpatlas.imports.ReadOptions;
import org.cpatlas.imports.TableFormat;
import org.cpatlas.imports.TablePreview;
import org.cpatlas.ui.I18n;

/**
 * The import dialog: the file's first rows, how it was read (sheet, encoding: changeable), the key column and level
 * (changeable), each value column's name, unit and year (editable) with its counts, the match report, warnings and
 * what stops the import, the source text, and Import / Cancel. Reading runs off the JavaFX thread; the import too,
 * with progress and a Cancel that stores nothing.
 */
public final class ImportDialog {

    private static final int SHOWN_ROWS = 20;
    private static final List<String> ENCODINGS = List.of("UTF-8", "GB18030", "GBK", "Big5", "UTF-16");

    private final ImportViewModel model;
    private final I18n i18n;
    private final ExecutorService work;
    private final Consumer<Dataset> onImported;
    private final Stage stage = new Stage();
    private final Label fileLabel = new Label();
    private final Label readAs = new Label();
    private final ChoiceBox<String> sheet = new ChoiceBox<>();
    private final ComboBox<String> encoding = new ComboBox<>();
    private final ChoiceBox<String> level = new ChoiceBox<>();
    private final ChoiceBox<String> key = new ChoiceBox<>();
    private final TableView<RawRow> rows = new TableView<>();
    private final GridPane columns = new GridPane();
    private final TextArea report = new TextArea();
    private final TextField source = new TextField();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button importButton = new Button();
    private final Button cancelButton = new Button();
    private boolean updating;
    private Task<Dataset> running;

    public ImportDialog(ImportViewModel model, I18n i18n, Window owner, ExecutorService work,
            Consumer<Dataset> onImported) {
        this.model = model;
        this.i18n = i18n;
        this.work = work;
        this.onImported = onImported;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(i18n.text("import.title"));
        stage.setScene(new Scene(content(), 980, 760));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.getScene().getRoot().setStyle(owner.getScene().getRoot().getStyle());
        }
        model.previewProperty().addListener(o -> show());
        model.errorProperty().addListener(o -> show());
        source.textProperty().bindBidirectional(model.sourceProperty());
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
        level.getItems().setAll(i18n.get("import.auto"), "county", "province", "region");
        HBox choices = new HBox(8, label("import.sheet"), sheet, label("import.encoding"), encoding,
                label("import.level"), level, label("import.key"), key);
        choices.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        sheet.valueProperty().addListener((o, old, s) -> {
            if (!updating && s != null) {
                reread(model.options().withSheet(s));
            }
        });
        encoding.setOnAction(e -> {
            if (!updating) {
                String chosen = encoding.getValue();
                reread(model.options().withEncoding(chosen == null || chosen.isBlank()
                        || chosen.equals(i18n.get("import.auto")) ? null : chosen.strip()));
            }
        });
        level.valueProperty().addListener((o, old, l) -> {
            if (!updating && l != null) {
                replan(() -> model.replan(model.withLevel(Level.fromKey(l))));
            }
        });
        key.valueProperty().addListener((o, old, k) -> {
            if (!updating && k != null) {
                String letter = k.contains(" ") ? k.substring(0, k.indexOf(' ')) : k;
                replan(() -> model.replan(model.withKeyColumn(letter)));
            }
        });
        rows.setPrefHeight(190);
        rows.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        columns.setHgap(8);
        columns.setVgap(4);
        report.setEditable(false);
        report.setWrapText(false);
        report.setPrefRowCount(10);
        report.setStyle("-fx-font-family: monospace;");
        source.promptTextProperty().bind(i18n.text("import.sourcePrompt"));
        message.setWrapText(true);
        message.getStyleClass().add("import-message");
        progress.setVisible(false);
        progress.setPrefWidth(240);
        importButton.textProperty().bind(i18n.text("import.import"));
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> startImport());
        cancelButton.textProperty().bind(i18n.text("import.cancel"));
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, spacer, cancelButton, importButton);
        ScrollPane columnScroll = new ScrollPane(columns);
        columnScroll.setFitToWidth(true);
        columnScroll.setPrefHeight(170);
        VBox box = new VBox(8,
                new HBox(8, label("import.file"), fileLabel), new HBox(8, label("import.readAs"), readAs), choices,
                label("import.firstRows"), rows, label("import.columns"), columnScroll, label("import.report"),
                report, new HBox(8, label("import.source"), source), message, buttons);
        HBox.setHgrow(source, Priority.ALWAYS);
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
    public void open(Path file) {
        stage.show();
        fileLabel.setText(file.toString());
        reread(file, ReadOptions.detect(), org.cpatlas.imports.ImportSettings.detect());
    }

    private void reread(ReadOptions options) {
        reread(model.file(), options, model.settings());
    }

    private void reread(Path file, ReadOptions options, org.cpatlas.imports.ImportSettings settings) {
        replan(() -> model.read(file, options, settings));
    }

    /** Runs a read or a plan on the work thread and shows its outcome. */
    private void replan(Supplier<ImportViewModel.Outcome> step) {
        importButton.setDisable(true);
        message.setText("");
        work.submit(() -> {
            ImportViewModel.Outcome outcome = step.get();
            Platform.runLater(() -> model.apply(outcome));
        });
    }

    private void show() {
        updating = true;
        TablePreview preview = model.previewProperty().get();
        String error = model.errorProperty().get();
        if (preview == null) {
            readAs.setText("");
            rows.getItems().clear();
            rows.getColumns().clear();
            columns.getChildren().clear();
            report.setText("");
            message.setText(error);
            importButton.setDisable(true);
            updating = false;
            return;
        }
        RawTable table = preview.table();
        readAs.setText(PreviewText.describeFormat(table) + "; " + table.rows().size() + " rows");
        sheet.getItems().setAll(table.sheets());
        sheet.setValue(table.sheet());
        sheet.setDisable(table.format() != TableFormat.XLSX);
        encoding.setDisable(table.format() != TableFormat.CSV);
        level.setValue(preview.level().key());
        List<String> keys = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            keys.add(table.columnLabel(c));
        }
        key.getItems().setAll(keys);
        key.setValue(table.columnLabel(preview.keyColumn()));
        showRows(table);
        showColumns(preview);
        report.setText(String.join("\n", PreviewText.lines(preview)));
        List<String> notes = new ArrayList<>();
        if (!error.isEmpty()) {
            notes.add(error);
        }
        notes.addAll(preview.blocking());
        model.importedBefore().ifPresent(d -> notes.add(i18n.get("import.before", d.id(),
                d.importedAt().toString().substring(0, 10))));
        if (!model.writable()) {
            notes.add(i18n.get("import.readOnly"));
        }
        message.setText(String.join("\n", notes));
        importButton.setDisable(!model.canImport() || model.importedBefore().isPresent());
        updating = false;
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

    private void showColumns(TablePreview preview) {
        columns.getChildren().clear();
        int r = 0;
        for (ColumnSummary column : preview.columns()) {
            Label name = new Label(column.label());
            name.setMinWidth(160);
            Label role = new Label(column.role().words());
            role.getStyleClass().add("text-muted");
            if (column.role() != ColumnRole.VALUE) {
                columns.addRow(r++, name, role);
                continue;
            }
            CheckBox include = new CheckBox();
            include.textProperty().bind(i18n.text("import.include"));
            include.setSelected(column.included());
            include.selectedProperty().addListener((o, old, on) ->
                    replan(() -> model.replan(model.withIncluded(column.index(), on))));
            TextField indicator = field(column.header().name(), 16);
            TextField unit = field(column.header().unit(), 8);
            TextField year = field(column.header().year() == null ? "" : column.header().year().toString(), 5);
            Runnable edited = () -> {
                Integer y = null;
                try {
                    y = year.getText().isBlank() ? null : Integer.valueOf(year.getText().strip());
                } catch (NumberFormatException e) {
                    year.setText("");
                }
                ColumnHeader header = new ColumnHeader(column.header().raw(), indicator.getText(), unit.getText(), y);
                replan(() -> model.replan(model.withHeader(column.index(), header)));
            };
            indicator.setOnAction(e -> edited.run());
            unit.setOnAction(e -> edited.run());
            year.setOnAction(e -> edited.run());
            for (TextField field : List.of(indicator, unit, year)) {
                field.focusedProperty().addListener((o, was, now) -> {
                    if (was && !now) {
                        edited.run();
                    }
                });
            }
            Label counts = new Label(column.values() + " numbers, " + column.blanks() + " blank, "
                    + column.unreadable() + " unreadable" + (column.notes().isEmpty() ? ""
                    : " — " + String.join("; ", column.notes())));
            counts.setWrapText(true);
            counts.setMaxWidth(380);
            counts.getStyleClass().add("text-muted");
            columns.addRow(r++, name, include, indicator, unit, year, counts);
        }
    }

    private static TextField field(String text, int columns) {
        TextField field = new TextField(text);
        field.setPrefColumnCount(columns);
        return field;
    }

    private void startImport() {
        ImportPlan plan;
        try {
            plan = model.plan();
        } catch (RuntimeException e) {
            message.setText(e.getMessage());
            return;
        }
        if (plan.sourceText().isEmpty()) {
            message.setText(i18n.get("import.noSource"));
        }
        Task<Dataset> task = new Task<>() {
            @Override
            protected Dataset call() {
                return model.store(plan, this::isCancelled);
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
            onImported.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running = null;
            progress.setVisible(false);
            Throwable error = task.getException();
            message.setText(error instanceof ImportCancelledException ? i18n.get("import.cancelled")
                    : i18n.get("import.failed") + ": " + error.getMessage());
            importButton.setDisable(!model.canImport());
        });
        task.setOnCancelled(e -> {
            running = null;
            progress.setVisible(false);
            message.setText(i18n.get("import.cancelled"));
            importButton.setDisable(!model.canImport());
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

    public TextField sourceField() {
        return source;
    }
}
