package org.cpatlas.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A figure together with its source, so that no number can travel without the document it came from.
 *
 * <p>The value is kept as the exact decimal the source printed ({@code 2.21} stays {@code 2.21}, {@code 35.00} stays
 * {@code 35.00}). A few figures are words, not numbers (Table 3's pillar industries); they carry {@code text}.
 * A figure with neither is "not reported" and always carries {@link Flag#NOT_REPORTED}: a missing value is never 0.
 *
 * @param value  exact decimal, or null when the figure is text or not reported
 * @param text   the figure in words when it is not a number, else null
 * @param unit   unit as the atlas shows it ("%", "percentage points", "counties", ...)
 * @param year   the year the figure refers to, or null when the source does not say
 * @param source where the figure comes from; never null
 * @param flags  remarks a reader must see beside the figure
 */
public record Figure(BigDecimal value, String text, String unit, Integer year, Source source, Set<Flag> flags) {

    public Figure {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source: every figure carries its source");
        if (value != null && text != null) {
            throw new IllegalArgumentException("a figure is a number or words, not both");
        }
        EnumSet<Flag> all = flags == null || flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
        boolean missing = value == null && text == null;
        if (!missing && all.contains(Flag.NOT_REPORTED)) {
            throw new IllegalArgumentException("a figure with a value cannot be flagged not reported");
        }
        if (missing) {
            all.add(Flag.NOT_REPORTED);
        }
        flags = Set.copyOf(all);
    }

    /** A numeric figure. */
    public static Figure of(BigDecimal value, String unit, Integer year, Source source, Collection<Flag> flags) {
        return new Figure(value, null, unit, year, source, flags == null ? Set.of() : Set.copyOf(flags));
    }

    /** A figure the source does not give. */
    public static Figure notReported(String unit, Integer year, Source source, Collection<Flag> flags) {
        return new Figure(null, null, unit, year, source, flags == null ? Set.of() : Set.copyOf(flags));
    }

    public boolean isReported() {
        return !flags.contains(Flag.NOT_REPORTED);
    }

    public boolean isNumeric() {
        return value != null;
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** The value as printed ("2.21"), the text, or "not reported". */
    public String display() {
        if (value != null) {
            return value.toPlainString();
        }
        return text != null ? text : "not reported";
    }

    /** The flags in their declaration order, which is also the order panels list them. */
    public java.util.List<Flag> orderedFlags() {
        return flags.isEmpty() ? java.util.List.of() : java.util.List.copyOf(EnumSet.copyOf(flags));
    }
}
