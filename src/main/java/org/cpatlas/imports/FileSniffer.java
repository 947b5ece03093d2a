package org.cpatlas.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a workbook from text by the file's first bytes: users rename files, and spreadsheet programs save CSV under
 * any name. A ZIP is an XLSX workbook; an OLE2 compound file is a workbook locked with a password (Excel stores those
 * encrypted inside OLE2) or an old .xls, neither of which can be read here.
 */
final class FileSniffer {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    /** The format and, when the name says otherwise, a note for the preview. */
    record Sniffed(TableFormat format, Optional<String> note) {
    }

    private FileSniffer() {
    }

    static Sniffed sniff(SourceFile file) {
        if (file.size() == 0) {
            throw new ImportException(file.name(), "the file is empty (0 bytes); export the table again, with a"
                    + " header row and one row per county, province or region");
        }
        byte[] head = head(file.path(), file.name());
        String lower = file.name().toLowerCase(Locale.ROOT);
        boolean namedWorkbook = lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
        if (startsWith(head, OLE2)) {
            throw new ImportException(file.name(), "the workbook is protected with a password, or is an old Excel"
                    + " 97-2003 .xls file; neither can be read here: open it in Excel, WPS or LibreOffice, remove the"
                    + " password if it has one, and save it as .xlsx or as CSV (UTF-8)");
        }
        if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
            Optional<String> note = namedWorkbook ? Optional.empty()
                    : Optional.of(file.name() + " is an Excel workbook (XLSX) despite its name; it was read as a"
                            + " workbook");
            return new Sniffed(TableFormat.XLSX, note);
        }
        Optional<String> note = namedWorkbook
                ? Optional.of(file.name() + " is a text (CSV) file despite its name; it was read as CSV")
                : Optional.empty();
        return new Sniffed(TableFormat.CSV, note);
    }

    private static byte[] head(Path path, String name) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(OLE2.length);
        } catch (IOException e) {
            throw new ImportException(name, "the file cannot be read (" + e.getMessage() + "); close the program that"
                    + " holds it, or copy it and import the copy");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
