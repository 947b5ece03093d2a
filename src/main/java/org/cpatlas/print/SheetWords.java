package org.cpatlas.print;

import java.util.Objects;

/**
 * What a region sheet calls its figures: Table 1's urbanization rate and its printed gaps, or an indicator whose region
 * and province values the atlas computed from counties, whose differences nobody printed. The table drops the printed
 * column and the chart draws the computed differences when there is nothing printed to draw.
 *
 * @param rateLabel         the headline's label of the region's value ("Urbanization rate 2010")
 * @param valueHeader       the table's column of each province's value
 * @param printedGapHeader  the column of the gaps as the source printed them, or null when the source printed none
 * @param computedGapHeader the column of the differences the atlas computed
 * @param chartTitle        the gap chart's title, saying what its bars are
 * @param emptyTable        what the table says when it has no rows
 */
public record SheetWords(String rateLabel, String valueHeader, String printedGapHeader, String computedGapHeader,
        String chartTitle, String emptyTable) {

    /** Table 1 of Wang, Li &amp; He (2014): rates and gaps as printed, the computed gap beside them. */
    public static final SheetWords TABLE_1 = new SheetWords("Urbanization rate 2010", "Province rate (%)",
            "Gap printed (pp)", "Gap computed (pp)",
            "Gap: province rate \u2212 region rate, percentage points, as printed in the source",
            "No province rows in the source for this region.");

    public SheetWords {
        Objects.requireNonNull(rateLabel, "rateLabel");
        Objects.requireNonNull(valueHeader, "valueHeader");
        Objects.requireNonNull(computedGapHeader, "computedGapHeader");
        Objects.requireNonNull(chartTitle, "chartTitle");
        Objects.requireNonNull(emptyTable, "emptyTable");
    }

    /**
     * An indicator whose differences are all computed: "人均GDP (元, 2015)" with its unit in the value and difference
     * columns.
     */
    public static SheetWords forIndicator(String title, String unit, String emptyTable) {
        String inUnit = unit == null || unit.isBlank() ? "" : " (" + unit.strip() + ")";
        return new SheetWords(title, "Value" + inUnit, null, "Difference, computed" + inUnit,
                "Difference: province or China \u2212 region" + inUnit + ", computed by the atlas from county values",
                emptyTable);
    }

    /** Whether the source printed gaps (drawn on the chart) or the atlas computed every difference. */
    public boolean printedGaps() {
        return printedGapHeader != null;
    }
}
