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

    private ChoroplethScale(List<BigDecimal> bounds, List<Rgb> colours, Rgb notReportedColour, String unit) {
        this.bounds = List.copyOf(bounds);
        this.colours = List.copyOf(colours);
        this.notReportedColour = notReportedColour;
        this.unit = unit;
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

    /** Legend entries from the lowest class up, then "not reported". */
    public List<Entry> entries(String notReportedLabel) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < colours.size(); i++) {
            BigDecimal lo = bounds.get(i);
            BigDecimal hi = bounds.get(i + 1);
            String label = lo.toPlainString() + "–" + (i == colours.size() - 1 ? "" : "<") + hi.toPlainString() + " " + unit;
            entries.add(new Entry(label, colours.get(i), lo, hi, false));
        }
        entries.add(new Entry(notReportedLabel, notReportedColour, null, null, true));
        return entries;
    }
}
