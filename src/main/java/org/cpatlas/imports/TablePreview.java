package org.cpatlas.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cpatlas.domain.Level;

/**
 * Everything the user sees before an import is stored: how the file was read, the key column and level, every
 * column's role with its counts, the match report, warnings, and the problems that stop the import until fixed.
 *
 * @param table          the table as read (the preview shows its first rows)
 * @param settings       the choices the preview was made with
 * @param level          the level the keys were matched at
 * @param keyColumn      0-based key column
 * @param columns        every column
 * @param report         how the keys matched
 * @param rowMatches     each data row's match, in order
 * @param warnings       what the user should know (stored anyway)
 * @param blocking       why the table cannot be stored as it is; empty when it can
 */
public record TablePreview(RawTable table, ImportSettings settings, Level level, int keyColumn,
        List<ColumnSummary> columns, MatchReport report, List<RowMatch> rowMatches, List<String> warnings,
        List<String> blocking) {

    public TablePreview {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        rowMatches = List.copyOf(rowMatches);
        warnings = List.copyOf(warnings);
        blocking = List.copyOf(blocking);
    }

    public boolean canImport() {
        return blocking.isEmpty();
    }

    /** The columns to be imported. */
    public List<ColumnSummary> valueColumns() {
        return columns.stream().filter(ColumnSummary::imported).toList();
    }

    /** What would be stored, with the user's source text; fails when the preview has blocking problems. */
    public ImportPlan plan(String sourceText) {
        if (!canImport()) {
            throw new ImportException(table.file().name(), String.join("; ", blocking));
        }
        List<ImportPlan.Indicator> indicators = new ArrayList<>();
        for (ColumnSummary column : valueColumns()) {
            List<ImportPlan.Value> values = new ArrayList<>();
            for (int i = 0; i < rowMatches.size(); i++) {
                RowMatch match = rowMatches.get(i);
                if (!match.match().found()) {
                    continue;
                }
                RawRow row = table.rows().get(i);
                RawCell cell = row.cell(column.index());
                CellValue value = ValueParser.parse(cell);
                values.add(new ImportPlan.Value(match.match().code(), match.match().name(), value.value(),
                        value.missing(), cell.text(), row.number(), RawTable.cellRef(column.index(), row.number()),
                        match.key(), match.match().note()));
            }
            ColumnHeader header = column.header();
            indicators.add(new ImportPlan.Indicator(column.index(), column.letter(), header.raw(), header.name(),
                    header.unit(), header.year(), values));
        }
        List<ImportPlan.LeftOutRow> leftOut = new ArrayList<>();
        for (RowMatch match : rowMatches) {
            if (!match.match().found()) {
                leftOut.add(new ImportPlan.LeftOutRow(match.row(), match.key(), match.match().status().name()
                        .toLowerCase(java.util.Locale.ROOT) + ": " + match.match().note()));
            }
        }
        return new ImportPlan(table.file(), table.format(), table.encoding(), table.sheet(), level,
                table.columnLabel(keyColumn), sourceText, table.rows().size(), indicators, leftOut);
    }
}
