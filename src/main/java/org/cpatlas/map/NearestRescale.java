package org.cpatlas.map;

/**
 * A window-sized picture rescaled by nearest pixel into another of the same size, for {@link ZoomPreview}: each
 * pixel of the target takes the source's pixel under it, transparent where the source does not reach. Rows that
 * sample the same source row are copied from the row above, and at the source's own scale (the wheel back at the
 * level a turn started from) each row is one copy of the source's, shifted, instead of a pixel at a time: the zoom
 * through levels passes that scale every other notch or so, and the JavaFX thread rescaled the whole window pixel by
 * pixel in those frames too.
 *
 * <p>Only the part of the target the source reaches is written, and returned: the rest is not shown (zoomed out,
 * the source covers a quarter of the window or less, and clearing the rest was as much work as the picture).
 *
 * <p>Shown 2, 4 or 8 times smaller on whole pixels (the wheel out of the level it started at), every target pixel is
 * one of every 2nd, 4th or 8th pixel of every 2nd, 4th or 8th row of the source, starting at a place (the phase) given
 * by the offset. Those pixels are gathered once into a picture that much smaller, kept for that factor and phase, and
 * each row of the target is then a shifted copy of one of its rows. Gathered a pixel at a time for the whole window,
 * these were the slowest frames of a zoom through levels (a wheel turning from 6 to 9 and back shows the capture
 * smaller in half its frames, and each read every row of the source with a stride).
 */
final class NearestRescale {

    private final int width;
    private final int height;
    /** The source column under each target column, or -1. */
    private final int[] columns;
    /** Per factor 2^k (k = 1..3), the source's pixels of one phase, gathered (see the class comment); or null. */
    private final Reduced[] reduced = new Reduced[MAX_SHIFT + 1];
    private static final int MAX_SHIFT = 3;

    NearestRescale(int width, int height) {
        this.width = width;
        this.height = height;
        this.columns = new int[width];
    }

    /**
     * Fills {@code target} with {@code source} scaled, where the source reaches: the target's pixel (x, y) is the
     * source's (floor(x * inverse + offsetX), floor(y * inverse + offsetY)). Returns the rectangle of the target the
     * source reaches; the pixels outside it are left as they were (they are not shown, see {@link ZoomPreview}).
     *
     * @param inverse the source's pixels per target pixel (2 when the target shows the source at half its size)
     */
    Covered rescale(int[] source, double inverse, double offsetX, double offsetY, int[] target) {
        int shift = Integer.numberOfTrailingZeros((int) inverse);
        if (shift >= 1 && shift <= MAX_SHIFT && inverse == 1 << shift && wholePixels(offsetX)
                && wholePixels(offsetY)) {
            return shrink(source, shift, (int) offsetX, (int) offsetY, target);
        }
        int w = width;
        int first = -1;
        int last = -1;
        for (int x = 0; x < w; x++) {
            int column = (int) Math.floor(x * inverse + offsetX);
            columns[x] = column >= 0 && column < w ? column : -1;
            if (columns[x] >= 0) {
                first = first < 0 ? x : first;
                last = x;
            }
        }
        if (first < 0) {
            return Covered.NOTHING;
        }
        // At the source's own scale the columns in reach are the source's, one after the other.
        boolean shifted = inverse == 1;
        int span = last - first + 1;
        int top = -1;
        int bottom = -1;
        int previousRow = Integer.MIN_VALUE;
        for (int y = 0; y < height; y++) {
            int row = (int) Math.floor(y * inverse + offsetY);
            if (row < 0 || row >= height) {
                continue;
            }
            top = top < 0 ? y : top;
            bottom = y;
            int at = y * w;
            if (row == previousRow) {
                System.arraycopy(target, at - w + first, target, at + first, span);
                continue;
            }
            previousRow = row;
            int from = row * w;
            if (shifted) {
                System.arraycopy(source, from + columns[first], target, at + first, span);
                continue;
            }
            for (int x = first; x <= last; x++) {
                target[at + x] = source[from + columns[x]]; // every column from first to last is in reach
            }
        }
        return top < 0 ? Covered.NOTHING : new Covered(first, top, span, bottom - top + 1);
    }

    /** The rectangle of the target that the source reaches (empty if none), in target pixels. */
    record Covered(int x, int y, int width, int height) {
        static final Covered NOTHING = new Covered(0, 0, 0, 0);

        boolean isEmpty() {
            return width <= 0 || height <= 0;
        }
    }

    private static boolean wholePixels(double offset) {
        return offset == Math.rint(offset) && Math.abs(offset) < 1 << 30;
    }

    /**
     * The source shown {@code 2^shift} times smaller: target pixel (x, y) is source pixel (x * f + offsetX,
     * y * f + offsetY), that is pixel (x + sx, y + sy) of the source's pixels of phase (px, py) gathered.
     */
    private Covered shrink(int[] source, int shift, int offsetX, int offsetY, int[] target) {
        int f = 1 << shift;
        int px = Math.floorMod(offsetX, f);
        int py = Math.floorMod(offsetY, f);
        int sx = Math.floorDiv(offsetX, f);
        int sy = Math.floorDiv(offsetY, f);
        Reduced r = reduced(source, shift, px, py);
        int w = width;
        // Target columns x0..x1-1 and rows y0..y1-1 fall on the gathered picture's columns x + sx and rows y + sy.
        int x0 = Math.max(0, -sx);
        int x1 = Math.min(w, r.width - sx);
        int y0 = Math.max(0, -sy);
        int y1 = Math.min(height, r.height - sy);
        if (x0 >= x1 || y0 >= y1) {
            return Covered.NOTHING;
        }
        for (int y = y0; y < y1; y++) {
            System.arraycopy(r.pixels, (y + sy) * r.width + x0 + sx, target, y * w + x0, x1 - x0);
        }
        return new Covered(x0, y0, x1 - x0, y1 - y0);
    }

    /**
     * The source's pixels at columns {@code c * 2^shift + px} and rows {@code r * 2^shift + py}, gathered into a
     * picture 2^shift times smaller: kept while the source and phase stay the same (a wheel about a fixed point comes
     * back to the same phase at each level), gathered again into the same array otherwise.
     */
    private Reduced reduced(int[] source, int shift, int px, int py) {
        Reduced r = reduced[shift];
        if (r != null && r.source == source && r.phaseX == px && r.phaseY == py) {
            return r;
        }
        int f = 1 << shift;
        int[] pixels = r != null ? r.pixels : new int[((width + f - 1) >> shift) * ((height + f - 1) >> shift)];
        int rw = (width - px + f - 1) >> shift;
        int rh = (height - py + f - 1) >> shift;
        for (int row = 0; row < rh; row++) {
            int from = ((row << shift) + py) * width + px;
            for (int at = row * rw, end = at + rw; at < end; at++, from += f) {
                pixels[at] = source[from];
            }
        }
        r = new Reduced(source, px, py, rw, rh, pixels);
        reduced[shift] = r;
        return r;
    }

    /** The source's pixels of one phase, gathered: {@code width x height} of {@code pixels}, row after row. */
    private record Reduced(int[] source, int phaseX, int phaseY, int width, int height, int[] pixels) {
    }
}
