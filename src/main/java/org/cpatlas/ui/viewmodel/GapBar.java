package org.cpatlas.ui.viewmodel;

import java.math.BigDecimal;

/**
 * One bar of the gap chart: the printed gap (province minus region, percentage points), the computed gap where it
 * differs, and whether the bar stands for a conflict or for a value that is not reported (no bar, a marker).
 */
public record GapBar(String province, BigDecimal printed, BigDecimal computed, boolean conflict, boolean notReported,
        String tooltip) {
}
