package org.cpatlas.ui.viewmodel;

import java.math.BigDecimal;

/**
 * One bar of the gap chart: the printed gap (province minus region, percentage points), the computed gap where it
 * differs, and whether the bar stands for a conflict or for a value that is not reported (no bar, a marker).
 *
 * @param series 0 for the selected region, 1 for the region it is compared with (the chart colours them apart),
 *               {@link #NATIONAL} for the whole country's bar after the provinces
 */
public record GapBar(String province, BigDecimal printed, BigDecimal computed, boolean conflict, boolean notReported,
        String tooltip, int series) {

    /** The series of the whole country's bar (country − region), drawn apart from the provinces'. */
    public static final int NATIONAL = 2;

    /** A bar of the selected region. */
    public GapBar(String province, BigDecimal printed, BigDecimal computed, boolean conflict, boolean notReported,
            String tooltip) {
        this(province, printed, computed, conflict, notReported, tooltip, 0);
    }

    /** The same bar, of the given series. */
    public GapBar inSeries(int newSeries) {
        return new GapBar(province, printed, computed, conflict, notReported, tooltip, newSeries);
    }
}
