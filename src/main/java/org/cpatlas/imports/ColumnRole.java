package org.cpatlas.imports;

/** What a column of a table is for. */
public enum ColumnRole {
    /** The column whose cells say which county, province or region a row is about. */
    KEY("key"),
    /** Province names or codes that narrow county names down. */
    PROVINCE("province"),
    /** Prefecture names that narrow county names down. */
    PREFECTURE("prefecture"),
    /** County names beside a key of codes: checked against the codes, not imported. */
    NAME("names"),
    /** Numbers: imported as an indicator. */
    VALUE("values"),
    /** Mostly text or dates: not imported. */
    TEXT("text, not imported"),
    /** No values at all: not imported. */
    EMPTY("empty, not imported");

    private final String words;

    ColumnRole(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
