package org.cpatlas.render;

/**
 * Type sizes of map labels on paper, in points: the first line (the Chinese name, bold for regions) and the lines
 * after it (the English name).
 */
public record LabelSizes(double regionFirstPt, double regionSecondPt, double provinceFirstPt,
        double provinceSecondPt) {

    /** Sheets and pages. */
    public static final LabelSizes PAGE = new LabelSizes(9, 7, 7.5, 6);
    /**
     * A one-column journal figure (84 mm): as small as print stays readable (6 pt is the least journals accept),
     * so that 14 names find room on a map a third as wide as a page's.
     */
    public static final LabelSizes SMALL_FIGURE = new LabelSizes(7, 6, 6, 6);

    /** The sizes for a map this many points wide: pages and wide figures, or a narrow figure. */
    public static LabelSizes forWidth(double widthPt, boolean figure) {
        return figure && widthPt < 340 ? SMALL_FIGURE : PAGE;
    }
}
