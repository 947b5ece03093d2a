package org.cpatlas.ui.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Flag;
import org.cpatlas.tables.Cell;
import org.cpatlas.tables.Column;
import org.cpatlas.tables.DataTable;
import org.cpatlas.tables.FigureWords;
import org.cpatlas.ui.kit.I18n;

/**
 * A {@link DataTable} shown as a table the user can sort (numbers as numbers, "not reported" last), filter, choose
 * columns of (the menu button at the top right), select cells or rows of, and copy or export (context menu, Ctrl+C;
 * Ctrl+Shift+C with sources). Every figure reads as the panels say it, qualifiers included, and its tooltip gives
 * its source. A view only: the table comes from the view-model, the copying and writing from {@link TableActions}.
 */
public final class FigureTableView extends TableView<DataTable.Row> {

    private final ObservableList<DataTable.Row> rows = FXCollections.observableArrayList();
    private final FilteredList<DataTable.Row> filtered = new FilteredList<>(rows, row -> true);
    private DataTable table;
    private FigureWords words;
    /** Each row's place in the table, for copying a selection in the table's own order. */
    private final Map<DataTable.Row, Integer> rowIndexes = new IdentityHashMap<>();
    private String filter = "";

    public FigureTableView(TableActions actions, I18n i18n) {
        Objects.requireNonNull(actions, "actions");
        getStyleClass().add("figure-table");
        SortedList<DataTable.Row> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        getSelectionModel().setCellSelectionEnabled(true);
        setTableMenuButtonVisible(true);
        // Rows of one height: the virtual flow then places rows without measuring each (a table of 36 columns).
        setFixedCellSize(30);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableMenu.install(this, actions, i18n, this::selection, this::shown);
    }

    /** Shows a table; the columns are made anew only when the table's columns change (another table, language). */
    public void setTable(DataTable newTable) {
        DataTable old = table;
        table = Objects.requireNonNull(newTable, "table");
        words = new FigureWords(newTable.language());
        rowIndexes.clear();
        for (int r = 0; r < newTable.rows().size(); r++) {
            rowIndexes.put(newTable.rows().get(r), r);
        }
        if (old == null || !old.columns().equals(newTable.columns())) {
            List<TableColumn<DataTable.Row, ?>> columns = new ArrayList<>();
            for (int c = 0; c < newTable.columns().size(); c++) {
                columns.add(column(newTable.columns().get(c), c));
            }
            getColumns().setAll(columns);
        }
        rows.setAll(newTable.rows());
    }

    public DataTable table() {
        return table;
    }

    /** Shows only the rows with a cell that contains the text (any case); all for empty text. */
    public void setFilter(String text) {
        filter = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(filter.isEmpty() ? row -> true : this::matches);
    }

    /** The rows shown, after filtering and sorting. */
    public List<DataTable.Row> shownRows() {
        return List.copyOf(getItems());
    }

    /**
     * What a copy takes: the selected cells' rows and columns, in the table's order; the rows shown in the columns
     * shown when nothing is selected.
     */
    public DataTable selection() {
        List<TablePosition> cells = new ArrayList<>(getSelectionModel().getSelectedCells());
        if (cells.isEmpty()) {
            return shown();
        }
        List<Integer> rowList = cells.stream().map(p -> rowIndexes.get(getItems().get(p.getRow())))
                .filter(Objects::nonNull).toList();
        List<Integer> columnList = cells.stream().map(p -> p.getTableColumn() == null ? null
                : (Integer) p.getTableColumn().getUserData()).filter(Objects::nonNull).toList();
        if (columnList.isEmpty()) {
            columnList = visibleColumns();
        }
        return table.select(rowList, columnList);
    }

    /** The table as shown: the rows the filter leaves, in the order shown, in the columns not hidden. */
    public DataTable shown() {
        List<DataTable.Row> shownRows = getItems();
        List<Integer> columns = visibleColumns();
        List<DataTable.Row> picked = new ArrayList<>();
        for (DataTable.Row row : shownRows) {
            picked.add(new DataTable.Row(row.key(), columns.stream().map(row::cell).toList()));
        }
        return new DataTable(table.name(), table.language(), columns.stream().map(table.columns()::get).toList(),
                picked);
    }

    /** The text a cell shows (for tests and for filtering). */
    public String cellText(DataTable.Row row, int column) {
        return text(row.cell(column));
    }

    /** Selects the row with this key and brings it into view; clears the selection for null or an unknown key. */
    public void selectKey(String key) {
        for (int i = 0; i < getItems().size(); i++) {
            if (getItems().get(i).key().equals(key)) {
                if (getSelectionModel().getSelectedIndex() != i || getSelectionModel().getSelectedCells().size() != 1) {
                    getSelectionModel().clearAndSelect(i, getColumns().isEmpty() ? null : getColumns().get(0));
                }
                scrollTo(Math.max(0, i - 2));
                return;
            }
        }
        getSelectionModel().clearSelection();
    }

    private List<Integer> visibleColumns() {
        return getColumns().stream().filter(TableColumn::isVisible).map(c -> (Integer) c.getUserData()).toList();
    }

    private boolean matches(DataTable.Row row) {
        for (int c = 0; c < row.cells().size(); c++) {
            if (text(row.cell(c)).toLowerCase(Locale.ROOT).contains(filter)) {
                return true;
            }
        }
        return false;
    }

    private TableColumn<DataTable.Row, Cell> column(Column column, int index) {
        TableColumn<DataTable.Row, Cell> tc = new TableColumn<>(column.header());
        tc.setUserData(index);
        tc.setId(column.key());
        tc.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().cell(index)));
        tc.setCellFactory(c -> new FigureCell());
        tc.setComparator(column.figures() ? FIGURES_FIRST_NUMBER : Comparator.comparing(this::text, NATURAL));
        tc.setPrefWidth(widthFor(column, index));
        return tc;
    }

    /** As wide as the header and the longest text of the column need, within reason: the user can widen it. */
    private double widthFor(Column column, int index) {
        double longest = textWidth(column.header());
        for (DataTable.Row row : table.rows()) {
            longest = Math.max(longest, textWidth(text(row.cell(index))));
        }
        return Math.max(60, Math.min(320, longest + 24));
    }

    /** About how wide a text is in the table's font, in pixels: a Chinese character takes two Latin ones. */
    private static double textWidth(String text) {
        return text.codePoints().mapToDouble(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                ? 14 : 7.2).sum();
    }

    /** Words compared as numbers where both are whole numbers (No., years, codes), else as text. */
    private static final Comparator<String> NATURAL = (a, b) -> {
        if (a.matches("\\d{1,9}") && b.matches("\\d{1,9}")) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return a.compareToIgnoreCase(b);
    };

    /** Figure cells by their first number; words after numbers; "not reported" last, whichever way it sorts. */
    private static final Comparator<Cell> FIGURES_FIRST_NUMBER = (a, b) -> {
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        return Integer.compare(x != null ? 0 : reported(a) ? 1 : 2, y != null ? 0 : reported(b) ? 1 : 2);
    };

    private static BigDecimal number(Cell cell) {
        Figure first = cell instanceof Cell.Figures f ? f.first() : null;
        return first == null ? null : first.value();
    }

    private static boolean reported(Cell cell) {
        return cell instanceof Cell.Figures f && !f.notReported();
    }

    /** What a cell shows: words, or its figures as the panels word them (several listed with their scopes). */
    private String text(Cell cell) {
        return text(cell, words);
    }

    /** What a cell of a table shows, in the words given: the same in every view of a table. */
    public static String text(Cell cell, FigureWords words) {
        if (cell instanceof Cell.Words w) {
            return w.text();
        }
        List<Cell.Entry> entries = ((Cell.Figures) cell).entries();
        if (entries.isEmpty()) {
            return words.notReported();
        }
        if (entries.size() == 1) {
            return marked(entries.get(0).figure(), words);
        }
        return entries.stream().map(e -> marked(e.figure(), words) + (e.scope().isEmpty() ? "" : " (" + e.scope()
                + ")")).collect(Collectors.joining("; "));
    }

    private String marked(Figure figure) {
        return marked(figure, words);
    }

    private static String marked(Figure figure, FigureWords words) {
        String text = words.withRemarks(figure);
        return figure.has(Flag.CONFLICT) ? text + " ⚠" : text;
    }

    /** A figure's source, year, scope and flags, one figure a paragraph. */
    private String tooltip(Cell cell) {
        return tooltip(cell, words);
    }

    /** A cell's figures with their sources, years, scopes and flags, one figure a paragraph; null for words. */
    public static String tooltip(Cell cell, FigureWords words) {
        if (!(cell instanceof Cell.Figures figures) || figures.entries().isEmpty()) {
            return null;
        }
        StringBuilder tip = new StringBuilder();
        for (Cell.Entry entry : figures.entries()) {
            Figure f = entry.figure();
            if (tip.length() > 0) {
                tip.append("\n\n");
            }
            tip.append(marked(f, words));
            if (f.year() != null || !entry.scope().isEmpty()) {
                tip.append(" — ").append(f.year() == null ? "" : f.year() + (entry.scope().isEmpty() ? "" : ", "))
                        .append(entry.scope());
            }
            tip.append('\n').append(f.source().document()).append(", ").append(f.source().location());
            if (!f.source().quote().isEmpty()) {
                tip.append("\n“").append(f.source().quote()).append('”');
            }
            for (Flag flag : f.orderedFlags()) {
                tip.append("\n").append(words.flag(flag)).append(": ").append(words.meaning(flag));
            }
        }
        return tip.toString();
    }

    /** A cell: its text, muted and italic when not reported, and its figures' sources in a tooltip. */
    private final class FigureCell extends TableCell<DataTable.Row, Cell> {
        private final Tooltip tip = new Tooltip();

        FigureCell() {
            tip.setWrapText(true);
            tip.setMaxWidth(480);
        }

        @Override
        protected void updateItem(Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().removeAll("not-reported", "figure-cell", "conflict");
            if (empty || cell == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(text(cell));
            if (cell instanceof Cell.Figures figures) {
                getStyleClass().add("figure-cell");
                if (figures.notReported()) {
                    getStyleClass().add("not-reported");
                }
                if (figures.entries().stream().anyMatch(e -> e.figure().has(Flag.CONFLICT))) {
                    getStyleClass().add("conflict");
                }
            }
            String tipText = tooltip(cell);
            tip.setText(tipText == null ? text(cell) : tipText);
            setTooltip(tip);
        }
    }
}
