package org.cpatlas.print;

import java.util.List;
import java.util.Objects;
import org.cpatlas.tables.DataTable;

/**
 * Two regions side by side on one page: their key figures (a table whose figures carry their sources) and each
 * region's province rows for the gap chart.
 *
 * @param nameZhA  the first region's Chinese name
 * @param nameEnA  its English name
 * @param nameZhB  the second region's Chinese name
 * @param nameEnB  its English name
 * @param table    rate, counties and every whole-region figure of either, a column per region
 * @param rowsA    the first region's Table 1 rows
 * @param rowsB    the second's
 */
public record ComparisonSheet(String nameZhA, String nameEnA, String nameZhB, String nameEnB, DataTable table,
        List<ProvinceRow> rowsA, List<ProvinceRow> rowsB) {

    public ComparisonSheet {
        Objects.requireNonNull(table, "table");
        rowsA = List.copyOf(rowsA);
        rowsB = List.copyOf(rowsB);
    }
}
