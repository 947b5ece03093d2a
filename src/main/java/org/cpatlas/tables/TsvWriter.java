package org.cpatlas.tables;

import java.util.List;

/**
 * Tab-separated text for the clipboard: a header line, then one line per row, which Excel, WPS and LibreOffice paste
 * as columns. A cell cannot hold a tab or a line break here (they would split it), so those become spaces; text that
 * would start a formula gets an apostrophe ({@link SpreadsheetText}).
 */
public final class TsvWriter {

    private TsvWriter() {
    }

    public static String write(FlatTable table) {
        StringBuilder out = new StringBuilder();
        line(out, table.header());
        for (List<FlatTable.Value> row : table.rows()) {
            line(out, row.stream().map(TsvWriter::cell).toList());
        }
        return out.toString();
    }

    private static String cell(FlatTable.Value value) {
        return value instanceof FlatTable.Number ? value.text() : SpreadsheetText.safe(oneLine(value.text()));
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(cells.get(i));
        }
        out.append('\n');
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
