package org.cpatlas.imports;

/** What kind of table a file holds, found from its first bytes. */
public enum TableFormat {
    /** Delimited text: comma, semicolon or tab. */
    CSV,
    /** An Office Open XML workbook. */
    XLSX
}
