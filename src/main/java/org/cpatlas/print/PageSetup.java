package org.cpatlas.print;

import java.awt.geom.Rectangle2D;
import java.util.Objects;

/**
 * A sheet of paper: size, orientation and a uniform margin, with conversions to points (the unit layouts
 * are drawn in) and to device pixels at a resolution. A journal figure ({@link #figure}) is a page of its own size
 * (e.g. 84 mm wide for one column, 174 mm for two) with a thin margin; its paper and orientation mean nothing.
 *
 * @param figureWidthMm  width of a figure in millimetres, 0 for a paper page
 * @param figureHeightMm height of a figure in millimetres, 0 for a paper page
 */
public record PageSetup(Paper paper, Orientation orientation, double marginMm, double figureWidthMm,
        double figureHeightMm) {

    public static final double MM_PER_INCH = 25.4;
    public static final double DEFAULT_MARGIN_MM = 12.0;
    /** A figure is placed by the journal: a margin just wide enough for the neatline and halos. */
    public static final double FIGURE_MARGIN_MM = 1.0;
    /** Figure widths journals ask for: one column, two columns. */
    public static final double SINGLE_COLUMN_MM = 84;
    public static final double DOUBLE_COLUMN_MM = 174;
    /** Below this a map figure cannot hold a readable legend; above it is a poster, not a figure. */
    public static final double MIN_FIGURE_MM = 60;
    public static final double MAX_FIGURE_MM = 500;

    public PageSetup {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(orientation, "orientation");
        boolean figure = figureWidthMm > 0 || figureHeightMm > 0;
        if (figure && !(figureWidthMm >= MIN_FIGURE_MM && figureWidthMm <= MAX_FIGURE_MM
                && figureHeightMm >= MIN_FIGURE_MM * 0.5 && figureHeightMm <= MAX_FIGURE_MM)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "a figure must be %.0f to %.0f mm wide and %.0f to %.0f mm high, got %.1f x %.1f mm",
                    MIN_FIGURE_MM, MAX_FIGURE_MM, MIN_FIGURE_MM * 0.5, MAX_FIGURE_MM, figureWidthMm, figureHeightMm));
        }
        double shortSide = figure ? Math.min(figureWidthMm, figureHeightMm)
                : Math.min(paper.widthMm(), paper.heightMm());
        if (!(marginMm >= 0) || marginMm * 2 >= shortSide / 2) {
            throw new IllegalArgumentException("margin must be between 0 and a quarter of the paper width: " + marginMm);
        }
    }

    /** A paper page. */
    public PageSetup(Paper paper, Orientation orientation, double marginMm) {
        this(paper, orientation, marginMm, 0, 0);
    }

    public static PageSetup of(Paper paper, Orientation orientation) {
        return new PageSetup(paper, orientation, DEFAULT_MARGIN_MM);
    }

    /** A journal figure of this size in millimetres. */
    public static PageSetup figure(double widthMm, double heightMm) {
        return new PageSetup(Paper.A4, widthMm >= heightMm ? Orientation.LANDSCAPE : Orientation.PORTRAIT,
                FIGURE_MARGIN_MM, widthMm, heightMm);
    }

    /** True for a journal figure rather than a sheet of paper. */
    public boolean isFigure() {
        return figureWidthMm > 0;
    }

    public double widthMm() {
        if (isFigure()) {
            return figureWidthMm;
        }
        return orientation == Orientation.PORTRAIT ? paper.widthMm() : paper.heightMm();
    }

    public double heightMm() {
        if (isFigure()) {
            return figureHeightMm;
        }
        return orientation == Orientation.PORTRAIT ? paper.heightMm() : paper.widthMm();
    }

    /** "A4 portrait", or "figure 84 x 97 mm". */
    public String describe() {
        if (isFigure()) {
            return String.format(java.util.Locale.ROOT, "figure %.0f x %.0f mm", widthMm(), heightMm());
        }
        return paper + " " + orientation.name().toLowerCase(java.util.Locale.ROOT);
    }

    public double widthPt() {
        return mmToPt(widthMm());
    }

    public double heightPt() {
        return mmToPt(heightMm());
    }

    public double marginPt() {
        return mmToPt(marginMm);
    }

    /** The area inside the margins, in points from the top-left corner of the page. */
    public Rectangle2D.Double contentPt() {
        double m = marginPt();
        return new Rectangle2D.Double(m, m, widthPt() - 2 * m, heightPt() - 2 * m);
    }

    /** Whole pixels covering the page at this resolution (A4 at 300 DPI: 2480 x 3508 portrait). */
    public PixelSize pixelSize(Dpi dpi) {
        return new PixelSize(toPixels(widthMm(), dpi), toPixels(heightMm(), dpi));
    }

    public boolean isLandscape() {
        return isFigure() ? widthMm() > heightMm() : orientation == Orientation.LANDSCAPE;
    }

    public static double mmToPt(double mm) {
        return mm / MM_PER_INCH * 72.0;
    }

    private static int toPixels(double mm, Dpi dpi) {
        // Rounded, not ceiled: 210 mm at 300 DPI is 2480.3 px, and every imaging tool calls A4 2480 px wide.
        return (int) Math.round(mm / MM_PER_INCH * dpi.value());
    }
}
