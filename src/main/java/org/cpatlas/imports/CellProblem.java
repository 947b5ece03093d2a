package org.cpatlas.imports;

/**
 * A cell of a value column that gives no number, for the preview's examples.
 *
 * @param row    1-based row
 * @param cell   cell reference ("D17")
 * @param text   what the cell holds
 * @param reason why it is not a number
 */
public record CellProblem(int row, String cell, String text, MissingReason reason) {

    /** "D17 '—' (marked missing)". */
    public String describe() {
        return cell + " '" + text + "' (" + reason.words() + ")";
    }
}
