package org.cpatlas.render;

import java.util.Locale;

/** How a choropleth's values are cut into classes. */
public enum ClassificationScheme {
    /** Each class holds about as many units. */
    QUANTILES("quantiles"),
    /** Classes of equal width, widened to whole numbers where the data allows ("23–26 %"). */
    EQUAL_INTERVALS("equal intervals"),
    /** Jenks' natural breaks (Fisher's exact optimisation): least squared deviation within classes. */
    NATURAL_BREAKS("natural breaks (Jenks)"),
    /** Breaks the user typed. */
    MANUAL("breaks typed by the user");

    private final String words;

    ClassificationScheme(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** Parses "quantiles", "equal", "equal-intervals", "jenks", "natural", "manual", "breaks"; null when none. */
    public static ClassificationScheme parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (t) {
            case "quantiles", "quantile" -> QUANTILES;
            case "equal", "equal-intervals", "equal-interval" -> EQUAL_INTERVALS;
            case "jenks", "natural", "natural-breaks" -> NATURAL_BREAKS;
            case "manual", "breaks", "user" -> MANUAL;
            default -> null;
        };
    }
}
