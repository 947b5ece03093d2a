package org.cpatlas.print;

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
        FlatTable flat = FlatTable.of(table, FlatTable.Sources.CITED);
        write(target, out -> new CsvTableWriter(bom).write(flat, out));
    }

    /** Tables as an XLSX workbook, one sheet each, and a sheet listing their sources. */
    public static void writeXlsx(Path target, List<DataTable> tables) throws ExportException {
        write(target, out -> XlsxTableWriter.write(tables, out));
    }

    private static void write(Path target, AtomicOutput.Content content) throws ExportException {
        try {
            AtomicOutput.write(target, content);
        } catch (ExportCancelledException e) {
            // Tables are written in one go, with nothing that can cancel them.
            throw new ExportException("Writing " + target + " was cancelled; nothing was written.", e);
        }
    }
}
