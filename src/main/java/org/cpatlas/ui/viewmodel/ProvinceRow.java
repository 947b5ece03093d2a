package org.cpatlas.ui.viewmodel;

/**
 * One row of the province table as the panel shows it: display strings, whether it carries a conflict or a
 * missing value, and the source notes behind its figures (for tooltips).
 */
public record ProvinceRow(String province, String provinceRate, String gapPrinted, String gapComputed, String flags,
        boolean conflict, boolean notReported, String sourceNote) {
}
