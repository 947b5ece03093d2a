package org.cpatlas.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table whose columns line up in a terminal, Chinese names included. */
public final class TextTable {

    private final List<String> headers;
    private final List<Boolean> rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** Column headers; a header starting with '>' is right-aligned (for numbers) and shown without the '>'. */
    public TextTable(String... headers) {
        this.headers = new ArrayList<>();
        this.rightAligned = new ArrayList<>();
        for (String header : headers) {
            boolean right = header.startsWith(">");
            this.rightAligned.add(right);
            this.headers.add(right ? header.substring(1) : header);
        }
    }

    public TextTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (String cell : cells) {
            row.add(cell == null ? "" : cell.replace('\n', ' '));
        }
        rows.add(row);
        return this;
    }

    /** The table as lines: header, a rule, then the rows; columns separated by two spaces, no trailing blanks. */
    public List<String> lines() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = DisplayWidth.of(headers.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(line(headers, widths));
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        lines.add(line(rule, widths));
        for (List<String> row : rows) {
            lines.add(line(row, widths));
        }
        return lines;
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.append("  ");
            }
            out.append(DisplayWidth.pad(cells.get(c), widths[c], rightAligned.get(c)));
        }
        return out.toString().stripTrailing();
    }
}
