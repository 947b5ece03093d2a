package org.cpatlas.ui.viewmodel;

import java.util.List;

/**
 * The selected region compared with its provinces on the indicator shown, as the panel words it: the region's value
 * (printed in the user's table, or computed from its member counties and saying how and from how many), each
 * province's value, and the difference province − region (computed).
 *
 * @param heading     the indicator's title
 * @param region      the region's value with its unit, or "not reported"
 * @param regionNote  how it was obtained (source, or method and coverage)
 * @param computed    whether the region's value is computed (then flagged and never shown as a printed figure)
 * @param rows        one per province: value, coverage, difference
 * @param bars        the differences as a chart, largest first
 * @param canAggregate whether the method can be chosen (a county indicator)
 * @param national    the whole country computed the same way from every mainland county of the map, as a row after
 *                    the provinces (value, coverage, difference country − region), or null where the indicator does
 *                    not allow it (a province or region table)
 */
public record IndicatorComparison(String heading, String region, String regionNote, boolean computed,
        List<ProvinceRow> rows, List<GapBar> bars, boolean canAggregate, ProvinceRow national) {

    public IndicatorComparison {
        rows = List.copyOf(rows);
        bars = List.copyOf(bars);
    }

    /** Without a national row. */
    public IndicatorComparison(String heading, String region, String regionNote, boolean computed,
            List<ProvinceRow> rows, List<GapBar> bars, boolean canAggregate) {
        this(heading, region, regionNote, computed, rows, bars, canAggregate, null);
    }
}
