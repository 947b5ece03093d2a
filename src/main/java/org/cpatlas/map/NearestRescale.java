package org.cpatlas.map;

import java.util.Arrays;

/**
 * A window-sized picture rescaled by nearest pixel into another of the same size, for {@link ZoomPreview}: each
 * pixel of the target takes the source's pixel under it, transparent where the source does not reach. Rows that
 * sample the same source row are copied from the row above, and at the source's own scale (the wheel back at the
 * level a turn started from) each row is one copy of the source's, shifted, instead of a pixel at a time: the zoom
 * through levels passes that scale every other notch or so, and the JavaFX thread rescaled the whole window pixel by
 * pixel in those frames too.
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
     * Fills {@code target} with {@code source} scaled: the target's pixel (x, y) is the source's
     * (floor(x * inverse + offsetX), floor(y * inverse + offsetY)).
     *
     * @param inverse the source's pixels per target pixel (2 when the target shows the source at half its size)
     */
    void rescale(int[] source, double inverse, double offsetX, double offsetY, int[] target) {
        int shift = Integer.numberOfTrailingZeros((int) inverse);
        if (shift >= 1 && shift <= MAX_SHIFT && inverse == 1 << shift && wholePixels(offsetX)
                && wholePixels(offsetY)) {
            shrink(source, shift, (int) offsetX, (int) offsetY, target);
            return;
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
        // At the source's own scale the columns in reach are the source's, one after the other.
        boolean shifted = inverse == 1;
        int previousRow = Integer.MIN_VALUE;
        for (int y = 0; y < height; y++) {
            int row = (int) Math.floor(y * inverse + offsetY);
            int at = y * w;
            if (row == previousRow) {
                System.arraycopy(target, at - w, target, at, w);
                continue;
            }
            previousRow = row;
            if (row < 0 || row >= height || first < 0) {
                Arrays.fill(target, at, at + w, 0);
                continue;
            }
            int from = row * w;
            if (shifted) {
                Arrays.fill(target, at, at + first, 0);
                System.arraycopy(source, from + columns[first], target, at + first, last - first + 1);
                Arrays.fill(target, at + last + 1, at + w, 0);
                continue;
            }
            for (int x = 0; x < w; x++) {
                int column = columns[x];
                target[at + x] = column < 0 ? 0 : source[from + column];
            }
        }
    }

    private static boolean wholePixels(double offset) {
        return offset == Math.rint(offset) && Math.abs(offset) < 1 << 30;
    }

    /**
     * The source shown {@code 2^shift} times smaller: target pixel (x, y) is source pixel (x * f + offsetX,
     * y * f + offsetY), that is pixel (x + sx, y + sy) of the source's pixels of phase (px, py) gathered.
     */
    private void shrink(int[] source, int shift, int offsetX, int offsetY, int[] target) {
        int f = 1 << shift;
        int px = Math.floorMod(offsetX, f);
        int py = Math.floorMod(offsetY, f);
        int sx = Math.floorDiv(offsetX, f);
        int sy = Math.floorDiv(offsetY, f);
        Reduced r = reduced(source, shift, px, py);
        int w = width;
        // Target columns x0..x1-1 fall on the gathered picture's columns x + sx.
        int x0 = Math.max(0, -sx);
        int x1 = Math.min(w, r.width - sx);
        for (int y = 0; y < height; y++) {
            int at = y * w;
            int row = y + sy;
            if (row < 0 || row >= r.height || x0 >= x1) {
                Arrays.fill(target, at, at + w, 0);
                continue;
            }
            Arrays.fill(target, at, at + x0, 0);
            System.arraycopy(r.pixels, row * r.width + x0 + sx, target, at + x0, x1 - x0);
            Arrays.fill(target, at + x1, at + w, 0);
        }
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
