package org.cpatlas.domain;

import java.util.Locale;

/** How a region's or a province's value is computed from its member counties' values. */
public enum Aggregation {
    SUM("sum"), MEAN("mean"), MEDIAN("median"), MIN("minimum"), MAX("maximum"),
    /** A mean weighted by another indicator of the same counties (population, for a per-person figure). */
    WEIGHTED_MEAN("mean weighted by");

    private final String words;

    Aggregation(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
