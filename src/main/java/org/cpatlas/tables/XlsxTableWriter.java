package org.cpatlas.tables;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cpatlas.domain.Source;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Tables as an Excel workbook (fastexcel): one sheet per table, numbers as numbers shown with the decimals the source
 * printed (35.00 stays 35.00), text as text (a text cell of a workbook is never run as a formula, whatever it starts
 * with), the header row frozen; and a last sheet listing every source cited, numbered as the tables cite them.
 */
public final class XlsxTableWriter {

    private static final int MAX_SHEET_NAME = 31;
    private static final double MAX_WIDTH = 60;

    private XlsxTableWriter() {
    }

    /** Writes the tables, each as a sheet, and the sources sheet; the stream is left open. */
    public static void write(List<DataTable> tables, OutputStream out) throws IOException {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("no table to write");
        }
        TableLanguage language = tables.get(0).language();
        // One numbering of the sources for the whole workbook, so [3] means the same source on every sheet.
        List<FlatTable> sheets = numberedTogether(tables);
        Workbook workbook = new Workbook(new KeepOpen(out), "Atlas of China's contiguous poor regions", "0.1");
        Set<String> names = new LinkedHashSet<>();
        for (FlatTable table : sheets) {
            writeSheet(workbook.newWorksheet(sheetName(table.name(), names)), table.header(), table.rows());
        }
        List<Source> sources = sheets.isEmpty() ? List.of() : sheets.get(0).sources();
        writeSheet(workbook.newWorksheet(sheetName(language.text("sheet.sources"), names)), sourcesHeader(language),
                sourceRows(sources));
        workbook.finish();
    }

    /** The tables laid out with numbered sources, numbered once across all of them. */
    private static List<FlatTable> numberedTogether(List<DataTable> tables) {
        Map<String, Source> all = new LinkedHashMap<>();
        tables.forEach(t -> t.sources().forEach(s -> all.putIfAbsent(s.id(), s)));
        List<Source> order = List.copyOf(all.values());
        return tables.stream().map(t -> FlatTable.numbered(t, order)).toList();
    }

    private static void writeSheet(Worksheet sheet, List<String> header, List<List<FlatTable.Value>> rows) {
        double[] widths = new double[header.size()];
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.style(0, c).bold().wrapText(true).verticalAlignment("top").set();
            widths[c] = Math.max(8, Math.min(24, header.get(c).length() * 0.9));
        }
        for (int r = 0; r < rows.size(); r++) {
            List<FlatTable.Value> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                FlatTable.Value value = row.get(c);
                if (value instanceof FlatTable.Number number) {
                    sheet.value(r + 1, c, number.value());
                    sheet.style(r + 1, c).format(decimalsAsPrinted(number.value().scale())).set();
                } else if (!value.text().isEmpty()) {
                    sheet.value(r + 1, c, value.text());
                }
                widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, displayWidth(value.text()) + 2));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
        sheet.freezePane(0, 1);
    }

    /** "#,##0" for whole numbers, "#,##0.00" for two printed decimals, and so on. */
    private static String decimalsAsPrinted(int scale) {
        return scale <= 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
    }

    private static List<String> sourcesHeader(TableLanguage language) {
        return List.of(language.text("sources.number"), language.text("sources.document"),
                language.text("sources.location"), language.text("sources.quote"), language.text("sources.url"));
    }

    private static List<List<FlatTable.Value>> sourceRows(List<Source> sources) {
        List<List<FlatTable.Value>> rows = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            rows.add(List.of(new FlatTable.Number(java.math.BigDecimal.valueOf(i + 1)), new FlatTable.Words(s.document()),
                    new FlatTable.Words(s.location()), new FlatTable.Words(s.quote()), new FlatTable.Words(s.url())));
        }
        return rows;
    }

    /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
    static String sheetName(String wanted, Set<String> taken) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.isEmpty()) {
            base = "Sheet";
        }
        base = base.length() > MAX_SHEET_NAME ? base.substring(0, MAX_SHEET_NAME) : base;
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " " + n;
            name = (base.length() + suffix.length() > MAX_SHEET_NAME
                    ? base.substring(0, MAX_SHEET_NAME - suffix.length()) : base) + suffix;
        }
        taken.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }

    /** About how many Latin characters wide the text is: a Chinese character takes two. */
    private static double displayWidth(String text) {
        return text.codePoints().mapToDouble(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                ? 2 : 1).sum();
    }

    /** fastexcel closes the stream it is given when it finishes; the caller owns it (and closes it atomically). */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
