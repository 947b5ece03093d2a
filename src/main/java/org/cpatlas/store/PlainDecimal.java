package org.cpatlas.store;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one rule for the decimals the atlas stores, shared by the importer (what a data file may hold), the database
 * check at start (what a database may hold) and the reads: plain digits with an optional minus and decimal point, as
 * printed, and at most {@value #MAX_DIGITS} digits, more than any printed figure has. So "1e999", "Inf" or a number
 * of a thousand digits never reaches a table, a chart or a page.
 */
final class PlainDecimal {

    /** No source prints a figure with more digits; a longer number is a typing error or damage. */
    static final int MAX_DIGITS = 15;

    /**
     * A stored value may be a difference the importer computed from two printed figures, which can have twice as
     * many digits (and one more); beyond that it was not written by the atlas.
     */
    static final int MAX_STORED_DIGITS = 2 * MAX_DIGITS + 1;

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private PlainDecimal() {
    }

    /** True for "12", "-3.50", "0.866"; false for "1e3", "12%", "+1", ".5", "Inf" or more than 15 digits. */
    static boolean isPlain(String text) {
        return isPlain(text, MAX_DIGITS);
    }

    private static boolean isPlain(String text, int maxDigits) {
        return text != null && text.length() <= maxDigits + 2 && PLAIN.matcher(text).matches()
                && digits(text) <= maxDigits;
    }

    /**
     * True when the text is exactly what the importer writes for a number: plain, of at most
     * {@value #MAX_STORED_DIGITS} digits, and in the form {@link BigDecimal#toPlainString()} gives it back (so "-0" or
     * "007", which it never writes, are not).
     */
    static boolean isAsStored(String text) {
        return isPlain(text, MAX_STORED_DIGITS) && new BigDecimal(text).toPlainString().equals(text);
    }

    /** The number of digits, the sign and point not counted. */
    static int digits(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
