package org.cpatlas.print;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a region sheet's province table, ready to print. Values stay BigDecimal as the source printed them
 * (null = not reported); the chart draws the printed gap and marks the computed one where they conflict.
 *
 * @param provinceRate  the province's rate, percent, or null when not reported
 * @param printedGap    the gap as printed in the source, percentage points, or null
 * @param computedGap   the gap recomputed from the printed rates, or null when a rate is missing
 * @param sourceNote    where the row comes from, e.g. "Table 1, row 'Gansu'"
 */
public record ProvinceRow(String provinceZh, String provinceEn, BigDecimal provinceRate, BigDecimal printedGap,
        BigDecimal computedGap, Set<RowFlag> flags, String sourceNote) {

    public ProvinceRow {
        provinceZh = Objects.requireNonNullElse(provinceZh, "");
        provinceEn = Objects.requireNonNullElse(provinceEn, "");
        flags = Set.copyOf(flags);
        sourceNote = Objects.requireNonNullElse(sourceNote, "");
    }

    public String provinceLabel() {
        if (provinceZh.isEmpty()) {
            return provinceEn;
        }
        return provinceEn.isEmpty() ? provinceZh : provinceZh + " " + provinceEn;
    }

    public boolean conflict() {
        return flags.contains(RowFlag.CONFLICT);
    }
}
