package org.cpatlas.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cpatlas.domain.Dataset;
import org.cpatlas.domain.Level;
import org.cpatlas.imports.ColumnHeader;
import org.cpatlas.imports.ColumnRole;
import org.cpatlas.imports.ColumnSummary;
import org.cpatlas.imports.ImportPlan;
import org.cpatlas.imports.PreviewText;
import org.cpatlas.imports.RawTable;
import org.cpatlas.imports.ReadOptions;
import org.cpatlas.imports.TablePreview;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.tablefile.ColumnChoice;
import org.cpatlas.ui.tablefile.FirstRows;
import org.cpatlas.ui.tablefile.ImportDialogFrame;
import org.cpatlas.ui.tablefile.ReadingPickers;

/**
 * The import dialog: the file's first rows, how it was read (sheet, encoding: changeable), the key column and level
 * (changeable), each value column's name, unit and year (editable) with its counts, the match report, warnings and
 * what stops the import, the source text, and Import / Cancel. Reading runs off the JavaFX thread; the import too,
 * with progress and a Cancel that stores nothing.
 */
public final class ImportDialog {

    private final ImportViewModel model;
    private final I18n i18n;
    private final Consumer<Dataset> onImported;
    /** Reads, plans and stores off the JavaFX thread. */
    private final ExecutorService work;
    private final ImportDialogFrame frame;
    private final Label fileLabel = new Label();
    private final Label readAs = new Label();
    private final ReadingPickers reading;
    private final ChoiceBox<String> level = new ChoiceBox<>();
    private final ColumnChoice key;
    private final FirstRows rows = new FirstRows();
    private final GridPane columns = new GridPane();
    private final TextArea report = new TextArea();
    private final TextField source = new TextField();
    private final Label message;
    private final Button importButton;
    private boolean updating;

    public ImportDialog(ImportViewModel model, I18n i18n, Window owner, ExecutorService work,
            Consumer<Dataset> onImported) {
        this.model = model;
        this.i18n = i18n;
        this.onImported = onImported;
        this.work = work;
        this.frame = new ImportDialogFrame(i18n, owner, work, "import.title");
        this.message = frame.message();
        this.importButton = frame.importButton();
        this.reading = new ReadingPickers(i18n, () -> updating, s -> reread(model.options().withSheet(s)),
                e -> reread(model.options().withEncoding(e)));
        this.key = new ColumnChoice(() -> updating, letter -> replan(() -> model.replan(model.withKeyColumn(letter))));
        frame.setContent(content(), 980, 760);
        model.previewProperty().addListener(o -> show());
        model.errorProperty().addListener(o -> show());
        source.textProperty().bindBidirectional(model.sourceProperty());
    }

    private VBox content() {
        level.getItems().setAll(i18n.get("import.auto"), "county", "province", "region");
        HBox choices = new HBox(8, label("import.sheet"), reading.sheet(), label("import.encoding"),
                reading.encoding(), label("import.level"), level, label("import.key"), key.box());
        choices.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        level.valueProperty().addListener((o, old, l) -> {
            if (!updating && l != null) {
                replan(() -> model.replan(model.withLevel(Level.fromKey(l))));
            }
        });
        columns.setHgap(8);
        columns.setVgap(4);
        report.setEditable(false);
        report.setWrapText(false);
        report.setPrefRowCount(10);
        report.setStyle("-fx-font-family: monospace;");
        source.promptTextProperty().bind(i18n.text("import.sourcePrompt"));
        importButton.setOnAction(e -> startImport());
        ScrollPane columnScroll = new ScrollPane(columns);
        columnScroll.setFitToWidth(true);
        columnScroll.setPrefHeight(170);
        VBox box = new VBox(8,
                new HBox(8, label("import.file"), fileLabel), new HBox(8, label("import.readAs"), readAs), choices,
                label("import.firstRows"), rows.view(), label("import.columns"), columnScroll,
                label("import.report"), report, new HBox(8, label("import.source"), source), message, frame.buttons());
        HBox.setHgrow(source, Priority.ALWAYS);
        VBox.setVgrow(report, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private Label label(String key) {
        return frame.label(key);
    }

    /** Opens the dialog on a file and reads it. */
    public void open(Path file) {
        frame.stage().show();
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
            rows.clear();
            columns.getChildren().clear();
            report.setText("");
            message.setText(error);
            importButton.setDisable(true);
            updating = false;
            return;
        }
        RawTable table = preview.table();
        readAs.setText(PreviewText.describeFormat(table) + "; " + table.rows().size() + " rows");
        reading.show(table);
        level.setValue(preview.level().key());
        key.show(table, preview.keyColumn());
        rows.show(table);
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
        frame.store(cancelled -> model.store(plan, cancelled), onImported, Throwable::getMessage,
                () -> !model.canImport());
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

    public TextField sourceField() {
        return source;
    }
}
