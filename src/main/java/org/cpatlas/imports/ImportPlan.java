package org.cpatlas.imports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.cpatlas.domain.Level;

/**
 * What an import stores, all of it known before the store is touched: the file and how it was read, the user's
 * source text, one indicator per value column with a value (or the reason for none) for each matched row, each value
 * with its row and cell, and the rows left out.
 *
 * @param file        the file and its digest
 * @param format      CSV or XLSX
 * @param encoding    CSV encoding, "" for a workbook
 * @param sheet       the sheet, "" for a CSV
 * @param level       what the keys are
 * @param keyColumn   the key column as the user sees it
 * @param sourceText  the user's words for where the figures come from; may be empty
 * @param rowsRead    data rows read
 * @param indicators  one per imported column
 * @param leftOut     rows not stored, with why
 */
public record ImportPlan(SourceFile file, TableFormat format, String encoding, String sheet, Level level,
        String keyColumn, String sourceText, int rowsRead, List<Indicator> indicators, List<LeftOutRow> leftOut) {

    public ImportPlan {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(level, "level");
        sourceText = Objects.requireNonNullElse(sourceText, "").strip();
        indicators = List.copyOf(indicators);
        leftOut = List.copyOf(leftOut);
    }

    /** One value column. */
    public record Indicator(int column, String letter, String header, String name, String unit, Integer year,
            List<Value> values) {

        public Indicator {
            values = List.copyOf(values);
        }

        /** Values that are numbers. */
        public long reported() {
            return values.stream().filter(v -> v.value() != null).count();
        }
    }

    /**
     * One cell's value for one unit, with its provenance.
     *
     * @param unitCode  the unit's code (2012 county code, province or region code)
     * @param unitName  its name
     * @param value     the number, or null when not reported
     * @param missing   why there is none, or null
     * @param cellText  the cell exactly as in the file
     * @param row       1-based row
     * @param cell      cell reference ("D17")
     * @param key       the key cell's text
     * @param matchNote how the key was matched, "" when exactly
     */
    public record Value(String unitCode, String unitName, BigDecimal value, MissingReason missing, String cellText,
            int row, String cell, String key, String matchNote) {
    }

    /** A row not stored and why. */
    public record LeftOutRow(int row, String key, String reason) {
    }

    /** Rows stored (one per matched unit). */
    public int rowsStored() {
        return indicators.isEmpty() ? 0 : indicators.get(0).values().size();
    }
}
