package org.cpatlas.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How the user wants an indicator classed: the scheme, the number of classes (3 to 9), the ColorBrewer palette and,
 * for {@link ClassificationScheme#MANUAL}, the breaks between classes.
 *
 * @param scheme  how values are cut
 * @param classes 3 to 9 (ignored for manual breaks: one more than the breaks)
 * @param palette a {@link ColorBrewer} palette name
 * @param breaks  for manual classes, the inner breaks in increasing order, else empty
 */
public record ClassSpec(ClassificationScheme scheme, int classes, String palette, List<BigDecimal> breaks) {

    public ClassSpec {
        Objects.requireNonNull(scheme, "scheme");
        breaks = List.copyOf(breaks);
        if (ColorBrewer.palette(palette).isEmpty()) {
            throw new IllegalArgumentException("unknown palette '" + palette + "'; use one of "
                    + String.join(", ", ColorBrewer.names()));
        }
        if (scheme == ClassificationScheme.MANUAL) {
            if (breaks.size() + 1 < ColorBrewer.MIN_CLASSES || breaks.size() + 1 > ColorBrewer.MAX_CLASSES) {
                throw new IllegalArgumentException("give 2 to 8 breaks (3 to 9 classes), got " + breaks.size());
            }
            for (int i = 1; i < breaks.size(); i++) {
                if (breaks.get(i).compareTo(breaks.get(i - 1)) <= 0) {
                    throw new IllegalArgumentException("breaks must increase: " + breaks.get(i - 1).toPlainString()
                            + " is followed by " + breaks.get(i).toPlainString());
                }
            }
            classes = breaks.size() + 1;
        } else if (classes < ColorBrewer.MIN_CLASSES || classes > ColorBrewer.MAX_CLASSES) {
            throw new IllegalArgumentException("classes must be 3 to 9, got " + classes);
        }
    }

    /** Quantiles, 5 classes, YlGnBu. */
    public static ClassSpec defaults() {
        return new ClassSpec(ClassificationScheme.QUANTILES, 5, ColorBrewer.DEFAULT, List.of());
    }

    /** The atlas's own look for Table 1: equal intervals on whole numbers, 4 classes of GnBu. */
    public static ClassSpec table1() {
        return new ClassSpec(ClassificationScheme.EQUAL_INTERVALS, 4, "GnBu", List.of());
    }

    public ClassSpec withScheme(ClassificationScheme newScheme) {
        return new ClassSpec(newScheme, classes, palette, newScheme == ClassificationScheme.MANUAL ? breaks : List.of());
    }

    public ClassSpec withClasses(int newClasses) {
        return new ClassSpec(scheme, newClasses, palette, breaks);
    }

    public ClassSpec withPalette(String newPalette) {
        return new ClassSpec(scheme, classes, newPalette, breaks);
    }

    public ClassSpec withBreaks(List<BigDecimal> newBreaks) {
        return new ClassSpec(ClassificationScheme.MANUAL, newBreaks.size() + 1, palette, newBreaks);
    }

    /** The colours of this many classes. */
    public List<Rgb> colours() {
        return ColorBrewer.palette(palette).orElseThrow().colours(classes);
    }
}
