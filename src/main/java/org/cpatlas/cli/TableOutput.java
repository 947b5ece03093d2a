package org.cpatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.cpatlas.files.FileKind;
import org.cpatlas.files.OutputFile;
import org.cpatlas.files.WriteRules;
import org.cpatlas.print.ExportException;
import org.cpatlas.print.TableFiles;
import org.cpatlas.tables.CsvTableWriter;
import org.cpatlas.tables.DataTable;
import org.cpatlas.tables.FlatTable;
import org.cpatlas.tables.TableLanguage;
import picocli.CommandLine.Option;

/**
 * The options of the commands that print tables ({@code --out}, {@code --bom}/{@code --no-bom}, {@code --lang}) and
 * where their output goes: stdout, or a file written all-or-nothing as every export is.
 */
final class TableOutput {

    /** The language of headers, units and flags. */
    enum Lang { en, zh }

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to this file instead of the terminal (needed for xlsx); written whole or not at all.")
    Path file;

    @Option(names = "--bom", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "CSV starts with the UTF-8 byte-order mark, so Excel reads the Chinese correctly"
                    + " (default; --no-bom for programs that do not want it).")
    boolean bom;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of CSV and XLSX headers, units and flags: en or zh (default: ${DEFAULT-VALUE});"
                    + " names are always in both.")
    Lang lang;

    TableLanguage language() {
        return lang == Lang.zh ? TableLanguage.CHINESE : TableLanguage.ENGLISH;
    }

    /** True when a workbook can be written: xlsx is not text and needs a file. */
    boolean hasFile() {
        return file != null && !OutputFile.isStandardOutput(file);
    }

    /** True when the output goes to the terminal or a pipe: no --out, or --out - (standard output). */
    boolean toStandardOutput() {
        return file == null || OutputFile.isStandardOutput(file);
    }

    /** The table as CSV, each figure with its source, to the file or to stdout. */
    void csv(DataTable table, PrintWriter out, WriteRules rules) throws ExportException {
        if (!toStandardOutput()) {
            TableFiles.writeCsv(file, table, bom, rules);
            return;
        }
        StringWriter text = new StringWriter();
        try {
            new CsvTableWriter(bom).write(FlatTable.of(table, FlatTable.Sources.CITED), text);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        out.print(text);
    }

    /** The tables as an XLSX workbook with a sheet of sources, to the file. */
    void xlsx(List<DataTable> tables, WriteRules rules) throws ExportException {
        TableFiles.writeXlsx(file, tables, rules);
    }

    /** Text (a table for the terminal, JSON) to the file or to stdout. */
    void text(String text, PrintWriter out, FileKind kind, WriteRules rules) throws ExportException {
        if (toStandardOutput()) {
            out.print(text);
            return;
        }
        TableFiles.writeText(file, text, kind, rules);
    }
}
