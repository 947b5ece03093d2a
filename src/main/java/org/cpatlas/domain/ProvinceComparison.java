package org.cpatlas.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of Table 1: a province a region lies in, its rate, the gap the paper printed and the gap the atlas computed.
 *
 * @param provinceCode two-digit province code
 * @param nameZh       short Chinese name of the province
 * @param nameEn       English name of the province
 * @param provinceRate the province's urbanization rate as printed on this row
 * @param gapPrinted   the percentage-point gap as printed (may be not reported)
 * @param gapComputed  province rate minus region rate (flagged COMPUTED; not reported when an input is missing)
 * @param flags        the row's remarks: CONFLICT when printed and computed gaps differ, NOT_REPORTED when a gap is missing
 */
public record ProvinceComparison(String provinceCode, String nameZh, String nameEn, Figure provinceRate,
                                 Figure gapPrinted, Figure gapComputed, Set<Flag> flags) {

    public ProvinceComparison {
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(provinceRate, "provinceRate");
        Objects.requireNonNull(gapPrinted, "gapPrinted");
        Objects.requireNonNull(gapComputed, "gapComputed");
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    /** The row's flags derived from its figures: what a panel shows in the flags column. */
    public static Set<Flag> rowFlags(Figure gapPrinted, Figure gapComputed) {
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        if (gapPrinted.has(Flag.CONFLICT) || gapComputed.has(Flag.CONFLICT)) {
            flags.add(Flag.CONFLICT);
        }
        if (!gapPrinted.isReported() || !gapComputed.isReported()) {
            flags.add(Flag.NOT_REPORTED);
        }
        return flags;
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** The flags in declaration order. */
    public List<Flag> orderedFlags() {
        return flags.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(flags));
    }
}
