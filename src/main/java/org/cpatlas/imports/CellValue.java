package org.cpatlas.imports;

import java.math.BigDecimal;

/**
 * What a cell gives as a value: a number exactly as written (1,234.50 is 1234.50), or the reason it gives none.
 *
 * @param value   the number, or null when the cell gives none
 * @param missing why there is no number, or null when there is one
 * @param percent true when the cell carried a % sign (12.3% is read as 12.3, in percent)
 */
public record CellValue(BigDecimal value, MissingReason missing, boolean percent) {

    public CellValue {
        if ((value == null) == (missing == null)) {
            throw new IllegalArgumentException("a cell value is a number or has a reason for none");
        }
    }

    public static CellValue of(BigDecimal value, boolean percent) {
        return new CellValue(value, null, percent);
    }

    public static CellValue missing(MissingReason reason) {
        return new CellValue(null, reason, false);
    }

    public boolean isNumber() {
        return value != null;
    }
}
