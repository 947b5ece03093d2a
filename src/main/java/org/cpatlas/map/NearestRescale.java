package org.cpatlas.map;

import java.util.Arrays;

/**
 * A window-sized picture rescaled by nearest pixel into another of the same size, for {@link ZoomPreview}: each
 * pixel of the target takes the source's pixel under it, transparent where the source does not reach. Rows that
 * sample the same source row are copied from the row above, and at the source's own scale (the wheel back at the
 * level a turn started from) each row is one copy of the source's, shifted, instead of a pixel at a time: the zoom
 * through levels passes that scale every other notch or so, and the JavaFX thread rescaled the whole window pixel by
 * pixel in those frames too.
 */
final class NearestRescale {

    private final int width;
    private final int height;
    /** The source column under each target column, or -1. */
    private final int[] columns;

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
}
