package org.cpatlas.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV (RFC 4180: commas, double quotes, CRLF), in UTF-8. With a byte-order mark by default: without one,
 * Excel on Windows reads a CSV file in the system's code page and shows the Chinese names as garbage; a program that
 * does not want the mark is given the table without it ({@code --no-bom}, or the setting in the window).
 */
public final class CsvTableWriter {

    /** The byte-order mark of UTF-8. */
    public static final String BOM = "\uFEFF";

    private final boolean byteOrderMark;

    public CsvTableWriter(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    /** Writes the table to the stream, which is flushed and left open. */
    public void write(FlatTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(table, writer);
        writer.flush();
    }

    /** Writes the table to the writer, which is flushed and left open. */
    public void write(FlatTable table, Writer writer) throws IOException {
        if (byteOrderMark) {
            writer.write(BOM);
        }
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(table.header());
        for (List<FlatTable.Value> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (FlatTable.Value value : row) {
                cells.add(value instanceof FlatTable.Number ? value.text() : SpreadsheetText.safe(value.text()));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }
}
