package org.cpatlas.imports;

import java.util.List;
import java.util.Objects;

/**
 * One column of a table as the preview shows it: its letter, what its header says (possibly edited by the user), its
 * role, and for a value column how many cells give a number, how many are blank and how many cannot be read.
 *
 * @param index      0-based column
 * @param letter     spreadsheet letter
 * @param header     name, unit and year
 * @param role       what the column is for
 * @param included   for a value column, whether it is to be imported
 * @param values     cells that give a number (rows with a matched key and without)
 * @param blanks     empty or marked-missing cells
 * @param unreadable errors, dates and text
 * @param examples   the first few cells that give no number, with their reason
 * @param notes      remarks (a % sign read, the name of an existing indicator, ...)
 */
public record ColumnSummary(int index, String letter, ColumnHeader header, ColumnRole role, boolean included,
        int values, int blanks, int unreadable, List<CellProblem> examples, List<String> notes) {

    public ColumnSummary {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(role, "role");
        examples = List.copyOf(examples);
        notes = List.copyOf(notes);
    }

    /** Whether its values are to be stored. */
    public boolean imported() {
        return role == ColumnRole.VALUE && included;
    }

    /** "D (人均GDP)". */
    public String label() {
        return header.raw().isBlank() ? letter : letter + " (" + header.raw().strip() + ")";
    }
}
