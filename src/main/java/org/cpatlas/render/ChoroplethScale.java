package org.cpatlas.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Classes of a choropleth: equal intervals on "nice" bounds that enclose the data, one colour per class,
 * and a separate class for values that are not reported (never folded into the lowest class).
 */
public final class ChoroplethScale {

    /** One legend entry: its label, its colour, and whether it is the "not reported" class. */
    public record Entry(String label, Rgb colour, BigDecimal lower, BigDecimal upper, boolean notReported) {
    }

    private final List<BigDecimal> bounds;
    private final List<Rgb> colours;
    private final Rgb notReportedColour;
    private final String unit;
    /** Bounds as the legend writes them; null: their plain text (the atlas's whole-number classes). */
    private final List<String> boundLabels;
    /** Units in each class, then the units not reported; null when the legend does not count. */
    private final List<Integer> counts;

    private ChoroplethScale(List<BigDecimal> bounds, List<Rgb> colours, Rgb notReportedColour, String unit) {
        this(bounds, colours, notReportedColour, unit, null, null);
    }

    private ChoroplethScale(List<BigDecimal> bounds, List<Rgb> colours, Rgb notReportedColour, String unit,
            List<String> boundLabels, List<Integer> counts) {
        this.bounds = List.copyOf(bounds);
        this.colours = List.copyOf(colours);
        this.notReportedColour = notReportedColour;
        this.unit = unit;
        this.boundLabels = boundLabels == null ? null : List.copyOf(boundLabels);
        this.counts = counts == null ? null : List.copyOf(counts);
    }

    /**
     * Classes on given bounds (one more than the colours), labelled with as few decimals as keep the bounds apart
     * (1,234.5678 and 1,250 read "1234.6–&lt;1250"), for any classification scheme ({@link ClassBreaks}).
     */
    public static ChoroplethScale withBounds(List<BigDecimal> bounds, List<Rgb> colours, Rgb notReported,
            String unit) {
        if (bounds.size() != colours.size() + 1) {
            throw new IllegalArgumentException(bounds.size() + " bounds for " + colours.size() + " colours");
        }
        return new ChoroplethScale(bounds, colours, notReported, unit == null ? "" : unit, labels(bounds), null);
    }

    /** The same classes with each legend entry counting the values in it, and the units not reported. */
    public ChoroplethScale withCounts(Collection<BigDecimal> values, int notReported) {
        List<Integer> n = new ArrayList<>();
        for (int i = 0; i < colours.size(); i++) {
            n.add(0);
        }
        for (BigDecimal value : values) {
            if (value != null) {
                int c = classOf(value);
                n.set(c, n.get(c) + 1);
            }
        }
        n.add(notReported);
        return new ChoroplethScale(bounds, colours, notReportedColour, unit, boundLabels, n);
    }

    /** Units in each class, then those not reported; empty when the scale does not count. */
    public List<Integer> counts() {
        return counts == null ? List.of() : counts;
    }

    public List<Rgb> colours() {
        return colours;
    }

    public String unit() {
        return unit;
    }

    /** Fewest decimals (at most those of the bounds themselves) that still tell every bound apart. */
    private static List<String> labels(List<BigDecimal> bounds) {
        int most = bounds.stream().mapToInt(b -> Math.max(0, b.stripTrailingZeros().scale())).max().orElse(0);
        for (int decimals = 0; decimals <= Math.min(most, 6); decimals++) {
            List<String> out = new ArrayList<>();
            for (BigDecimal b : bounds) {
                out.add(b.setScale(decimals, RoundingMode.HALF_UP).toPlainString());
            }
            if (new java.util.HashSet<>(out).size() == out.size() || decimals == Math.min(most, 6)) {
                return out;
            }
        }
        return bounds.stream().map(BigDecimal::toPlainString).toList();
    }

    /**
     * Equal intervals over the data, widened to whole numbers so the legend reads "23–26 %" rather than
     * "23.08–25.84 %". The class width is the smallest whole number that covers the range in the given classes.
     */
    public static ChoroplethScale equalIntervals(Collection<BigDecimal> values, List<Rgb> palette, Rgb notReported,
            String unit) {
        Objects.requireNonNull(palette, "palette");
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).sorted().toList();
        int classes = palette.size();
        if (classes < 1) {
            throw new IllegalArgumentException("palette must have at least one colour");
        }
        if (present.isEmpty()) {
            return new ChoroplethScale(List.of(BigDecimal.ZERO, BigDecimal.ONE), palette.subList(0, 1), notReported, unit);
        }
        BigDecimal min = present.get(0).setScale(0, RoundingMode.FLOOR);
        BigDecimal max = present.get(present.size() - 1).setScale(0, RoundingMode.CEILING);
        if (max.compareTo(min) == 0) {
            max = min.add(BigDecimal.ONE);
        }
        BigDecimal width = max.subtract(min).divide(BigDecimal.valueOf(classes), 0, RoundingMode.CEILING);
        if (width.signum() == 0) {
            width = BigDecimal.ONE;
        }
        List<BigDecimal> bounds = new ArrayList<>();
        for (int i = 0; i <= classes; i++) {
            bounds.add(min.add(width.multiply(BigDecimal.valueOf(i))));
        }
        return new ChoroplethScale(bounds, palette, notReported, unit);
    }

    /** Colour of a value; null means not reported. */
    public Rgb colourOf(BigDecimal value) {
        int index = classOf(value);
        return index < 0 ? notReportedColour : colours.get(index);
    }

    /** Index of the class of a value, -1 for not reported. The last class includes its upper bound. */
    public int classOf(BigDecimal value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < colours.size(); i++) {
            boolean last = i == colours.size() - 1;
            int cmpUpper = value.compareTo(bounds.get(i + 1));
            if (cmpUpper < 0 || (last && cmpUpper <= 0)) {
                return i;
            }
        }
        return colours.size() - 1;
    }

    public List<BigDecimal> bounds() {
        return bounds;
    }

    /** Legend entries from the lowest class up, then "not reported"; with counts when the scale has them. */
    public List<Entry> entries(String notReportedLabel) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < colours.size(); i++) {
            BigDecimal lo = bounds.get(i);
            BigDecimal hi = bounds.get(i + 1);
            String loText = boundLabels == null ? lo.toPlainString() : boundLabels.get(i);
            String hiText = boundLabels == null ? hi.toPlainString() : boundLabels.get(i + 1);
            // A class of one value (every value the same) is that value, not a range from it to itself.
            String range = lo.compareTo(hi) == 0 ? loText : loText + "–" + (i == colours.size() - 1 ? "" : "<") + hiText;
            String label = range + (unit.isEmpty() ? "" : " " + unit) + (counts == null ? "" : " (" + counts.get(i)
                    + ")");
            entries.add(new Entry(label, colours.get(i), lo, hi, false));
        }
        entries.add(new Entry(notReportedLabel + (counts == null ? "" : " (" + counts.get(colours.size()) + ")"),
                notReportedColour, null, null, true));
        return entries;
    }
}
