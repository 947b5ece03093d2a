package org.cpatlas.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cpatlas.domain.Source;

/**
 * A table of figures as the atlas shows, copies and exports it: named columns, rows of cells, and through the
 * figures in them every source and flag, so that no writer can put a number out without them.
 *
 * @param name     what the table is ("Regions", "Provinces of 六盘山区"), in the table's language; a sheet's name
 * @param language the language of its headers, units and flags
 * @param columns  the columns, in order
 * @param rows     the rows, in order
 */
public record DataTable(String name, TableLanguage language, List<Column> columns, List<Row> rows) {

    /**
     * A row.
     *
     * @param key   what the row is about (a region code, "liupan/62"), for selecting it elsewhere; may be empty
     * @param cells one cell per column
     */
    public record Row(String key, List<Cell> cells) {
        public Row {
            key = key == null ? "" : key;
            cells = List.copyOf(cells);
        }

        public Cell cell(int column) {
            return cells.get(column);
        }
    }

    public DataTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row '" + row.key() + "' has " + row.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).figures() != row.cell(c) instanceof Cell.Figures) {
                    throw new IllegalArgumentException("column " + columns.get(c).key() + " of row '" + row.key()
                            + "' holds the wrong kind of cell");
                }
            }
        }
    }

    /** Every distinct source behind the table's figures, in first-use order (row by row, left to right). */
    public List<Source> sources() {
        Map<String, Source> byId = new LinkedHashMap<>();
        for (Row row : rows) {
            for (Cell cell : row.cells()) {
                if (cell instanceof Cell.Figures figures) {
                    figures.entries().forEach(e -> byId.putIfAbsent(e.figure().source().id(), e.figure().source()));
                }
            }
        }
        return List.copyOf(byId.values());
    }

    /** The part of the table a user selected: these rows and columns, in the table's order. */
    public DataTable select(List<Integer> rowIndexes, List<Integer> columnIndexes) {
        List<Integer> cols = columnIndexes.stream().distinct().sorted().toList();
        List<Row> picked = new ArrayList<>();
        for (int r : rowIndexes.stream().distinct().sorted().toList()) {
            Row row = rows.get(r);
            picked.add(new Row(row.key(), cols.stream().map(row::cell).toList()));
        }
        return new DataTable(name, language, cols.stream().map(columns::get).toList(), picked);
    }

    /** The index of the column with this key, or -1. */
    public int columnIndex(String key) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).key().equals(key)) {
                return c;
            }
        }
        return -1;
    }
}
