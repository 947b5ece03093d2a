package org.cpatlas.imports;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell as the file holds it: its text exactly as shown (a workbook number as its shortest decimal), its kind,
 * and for a workbook number the number itself.
 *
 * @param text   the cell's text; never null, "" when empty
 * @param kind   what the cell holds
 * @param number the workbook's number for {@link CellKind#NUMBER}, else null
 */
public record RawCell(String text, CellKind kind, BigDecimal number) {

    /** The empty cell. */
    public static final RawCell EMPTY = new RawCell("", CellKind.EMPTY, null);

    public RawCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /** A cell of a CSV file: text, or empty when blank. */
    public static RawCell text(String text) {
        return text == null || text.isBlank() ? (text == null || text.isEmpty() ? EMPTY
                : new RawCell(text, CellKind.EMPTY, null)) : new RawCell(text, CellKind.TEXT, null);
    }

    public boolean isEmpty() {
        return kind == CellKind.EMPTY;
    }
}
