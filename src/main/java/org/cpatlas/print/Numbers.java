package org.cpatlas.print;

import java.math.BigDecimal;

/** How figures are written on a page: as the source printed them, never rounded away, "not reported" for none. */
final class Numbers {

    static final String NOT_REPORTED = "not reported";
    static final String MINUS = "\u2212";

    private Numbers() {
    }

    static String plain(BigDecimal value) {
        return value == null ? NOT_REPORTED : value.toPlainString().replace("-", MINUS);
    }

    /** A gap with its sign, so "+2.21" and "−0.01" read as directions. */
    static String signed(BigDecimal value) {
        if (value == null) {
            return NOT_REPORTED;
        }
        String text = value.abs().toPlainString();
        return value.signum() < 0 ? MINUS + text : (value.signum() > 0 ? "+" + text : text);
    }
}
