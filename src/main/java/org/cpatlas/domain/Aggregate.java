package org.cpatlas.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value computed from member counties, with how and from how many: never shown as a printed figure.
 *
 * @param value    the result, or null when no member has a value (not reported, never 0)
 * @param how      sum, mean, ...
 * @param weight   for a weighted mean, the weighting indicator's title, else ""
 * @param members  member counties of the unit on the map's layer
 * @param covered  members whose value (and weight) was used
 */
public record Aggregate(BigDecimal value, Aggregation how, String weight, int members, int covered) {

    public Aggregate {
        Objects.requireNonNull(how, "how");
        weight = Objects.requireNonNullElse(weight, "");
    }

    /** Members without a value (or weight). */
    public int notReported() {
        return members - covered;
    }

    /** "mean of 47 of 63 member counties; 16 not reported". */
    public String describe() {
        return describe("member counties");
    }

    /** "sum of 2,601 of 2,855 {@code counties}; 254 not reported": which counties, for a province or the country. */
    public String describe(String counties) {
        String method = how == Aggregation.WEIGHTED_MEAN ? "mean weighted by " + weight : how.words();
        return String.format(java.util.Locale.ROOT, "%s of %,d of %,d %s%s", method, covered, members, counties,
                notReported() > 0 ? String.format(java.util.Locale.ROOT, "; %,d not reported", notReported()) : "");
    }

    /** Whether every member counted. */
    public boolean complete() {
        return covered == members && members > 0;
    }
}
