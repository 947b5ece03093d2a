package org.cpatlas.print;

import java.awt.geom.Rectangle2D;
import java.util.Objects;

/**
 * A sheet of paper: size, orientation and a uniform margin, with conversions to points (the unit layouts
 * are drawn in) and to device pixels at a resolution.
 */
public record PageSetup(Paper paper, Orientation orientation, double marginMm) {

    public static final double MM_PER_INCH = 25.4;
    public static final double DEFAULT_MARGIN_MM = 12.0;

    public PageSetup {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(orientation, "orientation");
        if (!(marginMm >= 0) || marginMm * 2 >= Math.min(paper.widthMm(), paper.heightMm()) / 2) {
            throw new IllegalArgumentException("margin must be between 0 and a quarter of the paper width: " + marginMm);
        }
    }

    public static PageSetup of(Paper paper, Orientation orientation) {
        return new PageSetup(paper, orientation, DEFAULT_MARGIN_MM);
    }

    public double widthMm() {
        return orientation == Orientation.PORTRAIT ? paper.widthMm() : paper.heightMm();
    }

    public double heightMm() {
        return orientation == Orientation.PORTRAIT ? paper.heightMm() : paper.widthMm();
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
        return orientation == Orientation.LANDSCAPE;
    }

    public static double mmToPt(double mm) {
        return mm / MM_PER_INCH * 72.0;
    }

    private static int toPixels(double mm, Dpi dpi) {
        // Rounded, not ceiled: 210 mm at 300 DPI is 2480.3 px, and every imaging tool calls A4 2480 px wide.
        return (int) Math.round(mm / MM_PER_INCH * dpi.value());
    }
}
