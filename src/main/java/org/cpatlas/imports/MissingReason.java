package org.cpatlas.imports;

/** Why a cell gives no value: each is "not reported", never 0, and the preview counts them per column. */
public enum MissingReason {
    /** The cell is empty. */
    BLANK("blank"),
    /** The cell marks a missing value: —, -, n/a, NA, 无, … */
    MARKED("marked missing"),
    /** A spreadsheet error: #DIV/0!, #N/A, #VALUE!, or a formula saved without its result. */
    ERROR("spreadsheet error"),
    /** A date where a number was expected. */
    DATE("a date, not a number"),
    /** Any other text, a formula-like text (=, +, @) included. */
    TEXT("text, not a number");

    private final String words;

    MissingReason(String words) {
        this.words = words;
    }

    /** Lower-case words for reports. */
    public String words() {
        return words;
    }

    /** Blank and marked cells are blanks; errors, dates and text are unreadable. */
    public boolean unreadable() {
        return this == ERROR || this == DATE || this == TEXT;
    }
}
