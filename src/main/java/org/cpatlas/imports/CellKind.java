package org.cpatlas.imports;

/** What a cell of a file holds before it is read as a value: a workbook types its cells, a CSV only has text. */
public enum CellKind {
    /** Nothing, or only spaces. */
    EMPTY,
    /** Text (every non-empty CSV cell). */
    TEXT,
    /** A number stored as a number in a workbook. */
    NUMBER,
    /** A number a workbook formats as a date or time. */
    DATE,
    /** A spreadsheet error such as #DIV/0! or #N/A, typed or left by a formula. */
    ERROR,
    /** TRUE or FALSE in a workbook. */
    BOOLEAN
}
