package org.cpatlas.imports;

import java.util.List;

/**
 * One data row of a file: its 1-based row number as a spreadsheet shows it, and its cells by column (missing cells
 * at the end are empty).
 */
public record RawRow(int number, List<RawCell> cells) {

    public RawRow {
        cells = List.copyOf(cells);
    }

    /** The cell in a 0-based column; empty past the end. */
    public RawCell cell(int column) {
        return column < cells.size() ? cells.get(column) : RawCell.EMPTY;
    }

    /** True when every cell is empty. */
    public boolean isBlank() {
        return cells.stream().allMatch(RawCell::isEmpty);
    }
}
