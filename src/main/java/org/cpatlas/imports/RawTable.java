package org.cpatlas.imports;

import java.util.List;
import java.util.Objects;

/**
 * A table as read from a file, before any meaning is given to it: the header row, the data rows with their row
 * numbers, and how the file was read (format, encoding, delimiter, sheet). Notes are remarks the preview shows
 * ("X.xlsx is a text file; read as CSV").
 *
 * @param file       the file and its digest
 * @param format     how it was read
 * @param encoding   for CSV, the text encoding (e.g. "UTF-8", "GB18030"), else ""
 * @param delimiter  for CSV, the delimiter in words ("comma"), else ""
 * @param sheet      for XLSX, the sheet read, else ""
 * @param sheets     for XLSX, every sheet's name in order, else empty
 * @param headerRow  the 1-based row number of the header
 * @param header     the header cells' text, one per column
 * @param rows       the data rows, blank rows left out
 * @param notes      remarks about how the file was read
 */
public record RawTable(SourceFile file, TableFormat format, String encoding, String delimiter, String sheet,
        List<String> sheets, int headerRow, List<String> header, List<RawRow> rows, List<String> notes) {

    public RawTable {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        encoding = Objects.requireNonNullElse(encoding, "");
        delimiter = Objects.requireNonNullElse(delimiter, "");
        sheet = Objects.requireNonNullElse(sheet, "");
        sheets = List.copyOf(sheets);
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    public int columnCount() {
        return header.size();
    }

    /** The column as users see it: its letter and, when it has one, its header ("D (人均GDP)"). */
    public String columnLabel(int column) {
        String letter = letter(column);
        String name = column < header.size() ? header.get(column).strip() : "";
        return name.isEmpty() ? letter : letter + " (" + name + ")";
    }

    /** The spreadsheet letter of a 0-based column: A, B, ..., Z, AA, ... */
    public static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }

    /** The cell reference of a 0-based column and a 1-based row ("D17"). */
    public static String cellRef(int column, int row) {
        return letter(column) + row;
    }
}
