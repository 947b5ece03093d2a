package org.cpatlas.print;

import java.util.Locale;

/** Paper sizes the atlas prints on, in millimetres (portrait). */
public enum Paper {
    A4(210.0, 297.0),
    A3(297.0, 420.0),
    // 8.5 x 11 inches, exactly.
    LETTER(215.9, 279.4);

    private final double widthMm;
    private final double heightMm;

    Paper(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    /** Parses "a4", "A3", "letter"; throws with the list of known sizes otherwise. */
    public static Paper parse(String text) {
        if (text != null) {
            for (Paper paper : values()) {
                if (paper.name().equalsIgnoreCase(text.trim())) {
                    return paper;
                }
            }
        }
        throw new IllegalArgumentException("unknown paper '" + org.cpatlas.files.EchoedText.of(text)
                + "': use A4, A3 or LETTER");
    }

    @Override
    public String toString() {
        return name().toUpperCase(Locale.ROOT);
    }
}
