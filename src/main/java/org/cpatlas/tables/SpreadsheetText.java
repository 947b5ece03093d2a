package org.cpatlas.tables;

/**
 * Text cells written so that a spreadsheet shows them and never runs them. Excel, LibreOffice and WPS read a cell of
 * a CSV or pasted text that starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return,
 * which some turn into one of those) as a formula, and a formula can call other programs (OWASP "CSV injection"). Such
 * a cell gets a leading apostrophe, which the spreadsheets show as text. Numbers are never text: a negative gap is
 * written as the number it is.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The text, with an apostrophe in front when a spreadsheet would take it for a formula. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    /** True when a spreadsheet would read the text as a formula. */
    public static boolean startsLikeAFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                // The full-width forms, which some spreadsheets fold into the ASCII ones.
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
    }
}
