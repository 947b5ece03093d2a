package org.cpatlas.ui.viewmodel;

import java.util.List;
import java.util.Objects;
import org.cpatlas.tables.DataTable;

/**
 * Two regions side by side, worded in the interface language: their key figures in columns and both regions' gaps to
 * their provinces in one chart.
 *
 * @param code        the selected region
 * @param otherCode   the region it is compared with
 * @param title       the selected region's name
 * @param otherTitle  the other region's name
 * @param table       rate, counties and every whole-region figure of either, one row each, a column per region
 * @param bars        the gaps of the selected region (series 0), then of the other (series 1), each largest first
 * @param boundary    the selected region's boundary quality, in words
 * @param otherBoundary the other's
 */
public record ComparisonDetails(String code, String otherCode, String title, String otherTitle, DataTable table,
        List<GapBar> bars, String boundary, String otherBoundary) {

    public ComparisonDetails {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(otherCode, "otherCode");
        Objects.requireNonNull(table, "table");
        bars = List.copyOf(bars);
    }
}
