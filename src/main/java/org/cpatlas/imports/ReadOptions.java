package org.cpatlas.imports;

/**
 * How to read a file, where the user chose: a workbook's sheet by name, a text encoding; null means "find it".
 *
 * @param sheet    the sheet of a workbook to read, or null for the first visible sheet
 * @param encoding the text encoding of a CSV (e.g. "GB18030", "GBK", "UTF-8"), or null to detect it
 */
public record ReadOptions(String sheet, String encoding) {

    /** Everything detected. */
    public static ReadOptions detect() {
        return new ReadOptions(null, null);
    }

    public ReadOptions withSheet(String newSheet) {
        return new ReadOptions(newSheet, encoding);
    }

    public ReadOptions withEncoding(String newEncoding) {
        return new ReadOptions(sheet, newEncoding);
    }
}
