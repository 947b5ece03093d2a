package org.cpatlas.ui.tablefile;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.cpatlas.imports.RawRow;
import org.cpatlas.imports.RawTable;

/** The first rows of a table as read, with the file's row numbers and column letters, for the user to recognise. */
public final class FirstRows {

    /** Rows shown: enough to see the header and the first values, few enough to show at once. */
    public static final int SHOWN_ROWS = 20;

    private final TableView<RawRow> view = new TableView<>();

    public FirstRows() {
        view.setPrefHeight(190);
        view.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    public TableView<RawRow> view() {
        return view;
    }

    /** Shows the table's first {@link #SHOWN_ROWS} rows, one column per column of the file. */
    public void show(RawTable table) {
        view.getColumns().clear();
        TableColumn<RawRow, String> number = new TableColumn<>("#");
        number.setCellValueFactory(r -> new ReadOnlyStringWrapper(Integer.toString(r.getValue().number())));
        view.getColumns().add(number);
        for (int c = 0; c < table.columnCount(); c++) {
            int column = c;
            TableColumn<RawRow, String> col = new TableColumn<>(table.columnLabel(c));
            col.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().cell(column).text()));
            col.setPrefWidth(110);
            view.getColumns().add(col);
        }
        view.getItems().setAll(table.rows().subList(0, Math.min(SHOWN_ROWS, table.rows().size())));
    }

    /** Nothing shown (the file could not be read). */
    public void clear() {
        view.getItems().clear();
        view.getColumns().clear();
    }
}
