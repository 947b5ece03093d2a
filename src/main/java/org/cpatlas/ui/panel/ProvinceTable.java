package org.cpatlas.ui.panel;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.cpatlas.ui.I18n;
import org.cpatlas.ui.viewmodel.ProvinceRow;

/** The region's provinces: province rate, printed gap, computed gap and flags, with sources in row tooltips. */
public final class ProvinceTable extends TableView<ProvinceRow> {

    private static final double HEADER_HEIGHT = 42;

    public ProvinceTable(I18n i18n) {
        getStyleClass().add("province-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column(i18n, "col.province", ProvinceRow::province, 90));
        getColumns().add(column(i18n, "col.provinceRate", ProvinceRow::provinceRate, 70));
        getColumns().add(column(i18n, "col.gapPrinted", ProvinceRow::gapPrinted, 70));
        getColumns().add(column(i18n, "col.gapComputed", ProvinceRow::gapComputed, 70));
        getColumns().add(column(i18n, "col.flags", ProvinceRow::flags, 70));
        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ProvinceRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("row-conflict", "row-not-reported");
                if (empty || row == null) {
                    setTooltip(null);
                    return;
                }
                if (row.conflict()) {
                    getStyleClass().add("row-conflict");
                }
                if (row.notReported()) {
                    getStyleClass().add("row-not-reported");
                }
                setTooltip(new Tooltip(row.sourceNote()));
            }
        });
        setFixedCellSize(26);
    }

    public void setRows(List<ProvinceRow> rows) {
        getItems().setAll(rows);
        // Header row is taller than a cell; room for every row so the panel, not the table, scrolls.
        setPrefHeight(HEADER_HEIGHT + getFixedCellSize() * rows.size() + 4);
        setMinHeight(getPrefHeight());
    }

    private static TableColumn<ProvinceRow, String> column(I18n i18n, String key, Function<ProvinceRow, String> value,
            double width) {
        TableColumn<ProvinceRow, String> col = new TableColumn<>();
        col.textProperty().bind(i18n.text(key));
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return col;
    }
}
