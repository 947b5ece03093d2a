package org.cpatlas.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The preview in plain text, as {@code import} prints it and as the window's report shows it: how the file was read,
 * the key and level, each column, the match report with the rows concerned, warnings and what stops the import.
 */
public final class PreviewText {

    /** Rows listed per kind of problem before "… and N more". */
    private static final int LISTED = 10;

    private PreviewText() {
    }

    public static List<String> lines(TablePreview preview) {
        RawTable table = preview.table();
        List<String> out = new ArrayList<>();
        out.add("File:      " + table.file().name() + " (" + table.file().size() + " bytes, SHA-256 "
                + table.file().shortDigest() + "…)");
        out.add("Read as:   " + describeFormat(table));
        out.add("Header:    row " + table.headerRow() + "; " + table.rows().size() + " data rows");
        out.add("Key:       column " + table.columnLabel(preview.keyColumn()) + ", "
                + preview.level().key() + " level");
        out.add("");
        out.add("Columns");
        for (ColumnSummary column : preview.columns()) {
            StringBuilder line = new StringBuilder("  " + column.label() + ": " + column.role().words());
            if (column.role() == ColumnRole.VALUE) {
                line.append(column.included() ? "" : " (left out)")
                        .append(" → ").append(column.header().describe())
                        .append("; ").append(column.values()).append(" numbers, ").append(column.blanks())
                        .append(" blank, ").append(column.unreadable()).append(" unreadable");
            }
            out.add(line.toString());
            for (String note : column.notes()) {
                out.add("      " + note);
            }
            if (column.role() == ColumnRole.VALUE && !column.examples().isEmpty()) {
                out.add("      not reported: " + String.join(", ", column.examples().stream()
                        .map(CellProblem::describe).toList()) + (column.blanks() + column.unreadable()
                        > column.examples().size() ? ", …" : ""));
            }
        }
        MatchReport report = preview.report();
        out.add("");
        out.add("Keys: " + report.found() + " of " + report.rows() + " rows name a " + report.level().key()
                + " of the map (" + report.matched() + " exactly, " + report.mapped().size()
                + " through another year's code or name or without a suffix); " + report.leftOut() + " left out");
        section(out, "Matched through another code or name", report.mapped(), RowMatch::describe);
        section(out, "Unknown (left out)", report.unknown(), RowMatch::describe);
        section(out, "Ambiguous (left out; never guessed)", report.ambiguous(), RowMatch::describe);
        section(out, "Not on the map's layer (left out)", report.outside(), RowMatch::describe);
        if (!report.blank().isEmpty()) {
            out.add("  Empty key (left out): rows " + joinRows(report.blank()));
        }
        if (!report.duplicated().isEmpty()) {
            out.add("  Duplicated (the same unit in several rows):");
            report.duplicated().forEach((code, rows) -> out.add("    " + report.unitNames().getOrDefault(code, code)
                    + " (" + code + "): rows " + joinRows(rows)));
        }
        if (!preview.warnings().isEmpty()) {
            out.add("");
            out.add("Warnings");
            preview.warnings().forEach(w -> out.add("  " + w));
        }
        if (!preview.blocking().isEmpty()) {
            out.add("");
            out.add("Cannot be imported as it is");
            preview.blocking().forEach(b -> out.add("  " + b));
        }
        return out;
    }

    /** "CSV, UTF-8, comma" or "XLSX, sheet 'Sheet1'". */
    public static String describeFormat(RawTable table) {
        if (table.format() == TableFormat.XLSX) {
            return "XLSX workbook, sheet '" + table.sheet() + "'" + (table.sheets().size() > 1
                    ? " (of " + table.sheets().size() + ": " + String.join(", ", table.sheets()) + ")" : "");
        }
        return "CSV, " + table.encoding() + ", " + table.delimiter() + "-separated";
    }

    private static <T> void section(List<String> out, String title, List<T> items, Function<T, String> line) {
        if (items.isEmpty()) {
            return;
        }
        out.add("  " + title + ": " + items.size());
        items.stream().limit(LISTED).forEach(item -> out.add("    " + line.apply(item)));
        if (items.size() > LISTED) {
            out.add("    … and " + (items.size() - LISTED) + " more");
        }
    }

    private static String joinRows(List<Integer> rows) {
        List<String> shown = rows.stream().limit(20).map(String::valueOf).toList();
        return String.join(", ", shown) + (rows.size() > 20 ? ", …" : "");
    }
}
