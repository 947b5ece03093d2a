package org.cpatlas.print;

/**
 * An output resolution, 72 to 600 dots per inch. Below 72 a page is unreadable; above 600 an A3 page
 * exceeds 70 million pixels for no visible gain on any printer the atlas targets.
 */
public record Dpi(int value) {

    public static final int MIN = 72;
    public static final int MAX = 600;
    /** Resolution of the vector detail in PDF and SVG: geometry is simplified for this many dots per inch. */
    public static final Dpi VECTOR_DETAIL = new Dpi(300);

    public Dpi {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("DPI must be between " + MIN + " and " + MAX + " (got " + value + ")");
        }
    }

    /** Device pixels per point (1/72 inch). */
    public double pxPerPt() {
        return value / 72.0;
    }
}
