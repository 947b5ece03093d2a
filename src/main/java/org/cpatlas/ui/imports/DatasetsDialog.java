package org.cpatlas.ui.imports;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cpatlas.domain.Dataset;
import org.cpatlas.store.AtlasStoreException;
import org.cpatlas.store.DatasetRepository;
import org.cpatlas.ui.kit.DialogService;
import org.cpatlas.ui.kit.I18n;

/** The tables imported, with their files, digests, sources and indicators, and Remove (after a confirmation). */
public final class DatasetsDialog {

    private final DatasetRepository datasets;
    private final I18n i18n;
    private final DialogService dialogs;
    private final Runnable onChanged;
    private final Stage stage = new Stage();
    private final TableView<Dataset> table = new TableView<>();
    private final Button remove = new Button();

    public DatasetsDialog(DatasetRepository datasets, I18n i18n, DialogService dialogs, Window owner,
            Runnable onChanged) {
        this.datasets = datasets;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.onChanged = onChanged;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(i18n.text("datasets.title"));
        column("datasets.col.id", d -> Long.toString(d.id()), 40);
        column("datasets.col.file", Dataset::fileName, 180);
        column("datasets.col.sheet", Dataset::sheet, 80);
        column("datasets.col.level", d -> d.level().key(), 70);
        column("datasets.col.rows", d -> d.rowsStored() + " / " + d.rowsLeftOut(), 100);
        column("datasets.col.imported", d -> d.importedAt().toString().substring(0, 16).replace('T', ' '), 130);
        column("datasets.col.indicators", d -> String.join(" ", d.indicators()), 110);
        column("datasets.col.source", d -> d.sourceText(), 260);
        column("datasets.col.sha", d -> d.sha256().substring(0, 12) + "…", 110);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("datasets.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        remove.textProperty().bind(i18n.text("datasets.remove"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> removeSelected());
        Button close = new Button();
        close.textProperty().bind(i18n.text("datasets.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox box = new VBox(8, table, new HBox(8, remove, spacer, close));
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        stage.setScene(new Scene(box, 1000, 420));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.getScene().getRoot().setStyle(owner.getScene().getRoot().getStyle());
        }
        reload();
    }

    private void column(String key, java.util.function.Function<Dataset, String> text, double width) {
        TableColumn<Dataset, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        column.setPrefWidth(width);
        table.getColumns().add(column);
    }

    private void reload() {
        table.getItems().setAll(datasets.datasets());
    }

    private void removeSelected() {
        Dataset d = table.getSelectionModel().getSelectedItem();
        if (d == null || !dialogs.confirm(i18n.get("datasets.title"), i18n.get("datasets.confirm", d.id(),
                d.fileName(), String.join(" ", d.indicators())), i18n.get("datasets.remove"), i18n.get("import.cancel"))) {
            return;
        }
        try {
            datasets.remove(d.id());
        } catch (AtlasStoreException e) {
            dialogs.showError(i18n.get("datasets.title"), e.getMessage());
        }
        reload();
        onChanged.run();
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public TableView<Dataset> table() {
        return table;
    }
}
