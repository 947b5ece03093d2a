package org.cpatlas.ui.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import java.util.function.Supplier;
import org.cpatlas.tables.DataTable;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.table.TableActions;
import org.cpatlas.ui.table.TableMenu;
import org.cpatlas.ui.viewmodel.ProvinceRow;

/**
 * The region's provinces: province rate, printed gap, computed gap and flags, with sources in row tooltips; rows are
 * selected by a click (Ctrl+click adds) and copied or exported with the context menu or Ctrl+C.
 *
 * <p>A grid of labels, not a {@code TableView}: a region lies in one to six provinces, so there is nothing to
 * virtualise, sort or scroll, and a virtual flow recreated and re-styled its cells at every selection (most of a
 * click's layout time). The rows' nodes are made once and reused; a selection only changes their texts.
 */
public final class ProvinceTable extends GridPane {

    private static final List<Column> COLUMNS = List.of(
            new Column("col.province", ProvinceRow::province),
            new Column("col.provinceRate", ProvinceRow::provinceRate),
            new Column("col.gapPrinted", ProvinceRow::gapPrinted),
            new Column("col.gapComputed", ProvinceRow::gapComputed),
            new Column("col.flags", ProvinceRow::flags));

    private final List<RowNodes> shownRows = new ArrayList<>();
    private List<ProvinceRow> rows = List.of();
    /** The rows the user picked (click; Ctrl+click adds), by index: what Ctrl+C copies. */
    private final java.util.BitSet selected = new java.util.BitSet();
    private Supplier<DataTable> table = () -> null;

    /** One column: its header key and the row's text for it. */
    private record Column(String headerKey, Function<ProvinceRow, String> text) {
    }

    public ProvinceTable(I18n i18n) {
        getStyleClass().add("province-table");
        for (int c = 0; c < COLUMNS.size(); c++) {
            Column column = COLUMNS.get(c);
            // Each column as wide as its widest text, the room left shared out; where the panel is narrow, headers
            // and texts wrap onto a second line rather than being cut short.
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHgrow(Priority.ALWAYS);
            constraints.setFillWidth(true);
            getColumnConstraints().add(constraints);
            Label header = cell();
            header.textProperty().bind(i18n.text(column.headerKey()));
            header.getStyleClass().add("province-table-header");
            header.setMaxHeight(Double.MAX_VALUE);
            add(header, c, 0);
        }
    }

    /**
     * Copy and export: the context menu and Ctrl+C copy the selected rows (all when none is selected) of the table
     * the view-model gives, with the figures' sources and flags.
     */
    public void enableCopy(TableActions actions, I18n i18n, Supplier<DataTable> provinceTable) {
        this.table = provinceTable;
        setFocusTraversable(true);
        TableMenu.install(this, actions, i18n, this::selection, provinceTable);
    }

    /** The selected rows of the province table, or all of it when none is selected. */
    public DataTable selection() {
        DataTable whole = table.get();
        if (whole == null || selected.isEmpty()) {
            return whole;
        }
        List<Integer> picked = selected.stream().filter(i -> i < whole.rows().size()).boxed().toList();
        return whole.select(picked, java.util.stream.IntStream.range(0, whole.columns().size()).boxed().toList());
    }

    /** A left click selects a row (Ctrl adds or removes it); a right click selects it unless it is selected. */
    private void clicked(int index, javafx.scene.input.MouseEvent e) {
        if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
            if (!selected.get(index)) {
                selectRow(index, false);
            }
        } else if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
            selectRow(index, e.isShortcutDown());
        }
        // The panel's scroll pane would take the keyboard focus on the press, and Ctrl+C with it.
        e.consume();
    }

    /** Selects row {@code index} as a click does ({@code add}: as a Ctrl+click, toggling it). */
    public void selectRow(int index, boolean add) {
        if (add) {
            selected.flip(index);
        } else {
            boolean only = selected.cardinality() == 1 && selected.get(index);
            selected.clear();
            if (!only) {
                selected.set(index);
            }
        }
        for (int i = 0; i < shownRows.size(); i++) {
            shownRows.get(i).markSelected(selected.get(i));
        }
        requestFocus();
    }

    public void setRows(List<ProvinceRow> newRows) {
        rows = List.copyOf(newRows);
        if (!selected.isEmpty()) {
            selected.clear();
            shownRows.forEach(r -> r.markSelected(false));
        }
        while (shownRows.size() < rows.size()) {
            shownRows.add(new RowNodes(shownRows.size() + 1));
        }
        for (int i = 0; i < shownRows.size(); i++) {
            shownRows.get(i).show(i < rows.size() ? rows.get(i) : null);
        }
    }

    /** The rows shown, in order. */
    public List<ProvinceRow> rows() {
        return rows;
    }

    /** The texts of row {@code index}, column by column, as shown (for tests). */
    public List<String> shownTexts(int index) {
        return shownRows.get(index).cells.stream().map(Label::getText).toList();
    }

    private static Label cell() {
        Label label = new Label();
        label.getStyleClass().add("province-cell");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);
        label.setMinWidth(0);
        return label;
    }

    /** The nodes of one grid row: a background spanning the columns and a label per column. */
    private final class RowNodes {
        private final Region background = new Region();
        private final List<Label> cells = new ArrayList<>();
        private final Tooltip tip = new Tooltip();

        RowNodes(int gridRow) {
            background.getStyleClass().add("province-row");
            add(background, 0, gridRow, COLUMNS.size(), 1);
            Tooltip.install(background, tip);
            background.setOnMousePressed(e -> clicked(gridRow - 1, e));
            for (int c = 0; c < COLUMNS.size(); c++) {
                Label label = cell();
                label.setTooltip(tip);
                label.setOnMousePressed(e -> clicked(gridRow - 1, e));
                cells.add(label);
                add(label, c, gridRow);
            }
        }

        void markSelected(boolean on) {
            StyleClasses.toggle(background, "row-selected", on);
        }

        void show(ProvinceRow row) {
            boolean shown = row != null;
            background.setVisible(shown);
            background.setManaged(shown);
            cells.forEach(cell -> {
                cell.setVisible(shown);
                cell.setManaged(shown);
            });
            if (!shown) {
                return;
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                cells.get(c).setText(COLUMNS.get(c).text().apply(row));
            }
            tip.setText(row.sourceNote());
            StyleClasses.toggle(background, "row-conflict", row.conflict());
            cells.forEach(cell -> StyleClasses.toggle(cell, "row-not-reported", row.notReported()));
        }
    }
}
