package org.cpatlas.ui.panel;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.cpatlas.tables.Cell;
import org.cpatlas.tables.DataTable;
import org.cpatlas.tables.FigureWords;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.table.FigureTableView;
import org.cpatlas.ui.table.TableActions;
import org.cpatlas.ui.table.TableMenu;

/**
 * A short table laid out in the panel's width: every cell a label that wraps rather than being cut short, figures as
 * the panels word them with their sources in tooltips, and the tables' context menu and Ctrl+C (the whole table).
 * For tables of a few columns and rows (two regions side by side), where a table view would cut its texts short.
 */
public final class TableGrid extends GridPane {

    private DataTable table;

    public TableGrid(TableActions actions, I18n i18n) {
        getStyleClass().addAll("province-table", "table-grid");
        setFocusTraversable(true);
        setMinWidth(0);
        TableMenu.install(this, actions, i18n, () -> table, () -> table);
        setOnMousePressed(e -> {
            requestFocus();
            e.consume();
        });
    }

    /** Shows a table, the first column narrower (names of figures), the others sharing the rest. */
    public void setTable(DataTable newTable) {
        table = newTable;
        getChildren().clear();
        getColumnConstraints().clear();
        FigureWords words = new FigureWords(newTable.language());
        int columns = newTable.columns().size();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(c == 0 ? 34 : 66.0 / Math.max(1, columns - 1));
            constraints.setHgrow(Priority.ALWAYS);
            constraints.setHalignment(c == 0 ? HPos.LEFT : HPos.RIGHT);
            getColumnConstraints().add(constraints);
            Label header = label(newTable.columns().get(c).header());
            header.getStyleClass().add("province-table-header");
            add(header, c, 0);
        }
        for (int r = 0; r < newTable.rows().size(); r++) {
            DataTable.Row row = newTable.rows().get(r);
            for (int c = 0; c < columns; c++) {
                Cell cell = row.cell(c);
                Label label = label(FigureTableView.text(cell, words));
                String tip = FigureTableView.tooltip(cell, words);
                if (tip != null) {
                    Tooltip tooltip = new Tooltip(tip);
                    tooltip.setWrapText(true);
                    tooltip.setMaxWidth(480);
                    label.setTooltip(tooltip);
                }
                if (cell instanceof Cell.Figures figures && figures.notReported()) {
                    label.getStyleClass().add("row-not-reported");
                }
                add(label, c, r + 1);
            }
        }
    }

    public DataTable table() {
        return table;
    }

    /** The text shown in a cell (row 0 is the header), for tests. */
    public String shownText(int row, int column) {
        for (javafx.scene.Node node : getChildren()) {
            Integer r = getRowIndex(node);
            Integer c = getColumnIndex(node);
            if (r != null && c != null && r == row && c == column) {
                return ((Label) node).getText();
            }
        }
        return null;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("province-cell");
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
