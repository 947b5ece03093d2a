package org.cpatlas.print;

import org.cpatlas.files.FileKind;
import org.cpatlas.files.WriteRules;

import java.nio.file.Path;
import java.util.List;
import org.cpatlas.tables.CsvTableWriter;
import org.cpatlas.tables.DataTable;
import org.cpatlas.tables.FlatTable;
import org.cpatlas.tables.XlsxTableWriter;

/**
 * Writes the user's table files (CSV, XLSX), for the window and the command line alike, through {@link AtomicOutput}
 * as every export is written: the target is checked first, the file appears whole or not at all, and a failure is
 * one sentence that says what to do.
 */
public final class TableFiles {

    private TableFiles() {
    }

    /** A table as CSV, each figure with its source cited; with the UTF-8 byte-order mark when {@code bom}. */
    public static void writeCsv(Path target, DataTable table, boolean bom) throws ExportException {
        writeCsv(target, table, bom, WriteRules.standard());
    }

    /** As {@link #writeCsv(Path, DataTable, boolean)}, keeping the files these rules protect (the files in use). */
    public static void writeCsv(Path target, DataTable table, boolean bom, WriteRules rules) throws ExportException {
        FlatTable flat = FlatTable.of(table, FlatTable.Sources.CITED);
        write(target, FileKind.CSV, rules, out -> new CsvTableWriter(bom).write(flat, out));
    }

    /** Tables as an XLSX workbook, one sheet each, and a sheet listing their sources. */
    public static void writeXlsx(Path target, List<DataTable> tables) throws ExportException {
        writeXlsx(target, tables, WriteRules.standard());
    }

    /** As {@link #writeXlsx(Path, List)}, keeping the files these rules protect (the files in use). */
    public static void writeXlsx(Path target, List<DataTable> tables, WriteRules rules) throws ExportException {
        write(target, FileKind.XLSX, rules, out -> XlsxTableWriter.write(tables, out));
    }

    /** Text (a table for the terminal, JSON) as a file, whole or not at all. */
    public static void writeText(Path target, String text, FileKind kind, WriteRules rules) throws ExportException {
        write(target, kind, rules, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static void write(Path target, FileKind kind, WriteRules rules, AtomicOutput.Content content)
            throws ExportException {
        try {
            AtomicOutput.write(target, kind, rules, content);
        } catch (ExportCancelledException e) {
            // Tables are written in one go, with nothing that can cancel them.
            throw new ExportException("Writing " + target + " was cancelled; nothing was written.", e);
        }
    }
}
