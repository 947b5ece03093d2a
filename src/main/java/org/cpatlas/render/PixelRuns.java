package org.cpatlas.render;

import java.util.Arrays;

/**
 * A tile's pixels, row after row, as runs of equal premultiplied ARGB pixels, each as long as it can be (a pixel equal
 * to the one before lengthens its run): what a painter that knows its tile as runs already writes instead of every
 * pixel ({@link TilePainter#renderRuns}). A county choropleth recoloured for another indicator is a few thousand
 * runs; written as 65,536 pixels and scanned again to find the runs the window keeps, it was most of the drawing
 * threads' work in an indicator switch (a flight recording: finding the runs alone 28 of 44 samples). Reused tile
 * after tile by one drawing thread; not thread-safe.
 */
public final class PixelRuns {

    /** Pairs of ints: a run's length, then its pixel. */
    private int[] runs = new int[4096];
    private int size;
    private int pixelCount;

    /** Empties it for the next tile (the array is kept). */
    public void clear() {
        size = 0;
        pixelCount = 0;
    }

    /** {@code length} more pixels (at least one) of {@code pixel}. */
    public void add(int length, int pixel) {
        if (size > 0 && runs[size - 1] == pixel) {
            runs[size - 2] += length;
        } else {
            if (size + 2 > runs.length) {
                runs = Arrays.copyOf(runs, runs.length * 2);
            }
            runs[size] = length;
            runs[size + 1] = pixel;
            size += 2;
        }
        pixelCount += length;
    }

    /** How many runs. */
    public int count() {
        return size / 2;
    }

    /** The length of run {@code k}. */
    public int length(int k) {
        return runs[2 * k];
    }

    /** The pixel of run {@code k}. */
    public int pixel(int k) {
        return runs[2 * k + 1];
    }

    /** How many pixels all the runs make. */
    public int pixelCount() {
        return pixelCount;
    }

    /** The runs written out as pixels (for tests and callers that need the array). */
    public int[] toPixels() {
        int[] pixels = new int[pixelCount];
        int at = 0;
        for (int r = 0; r < size; r += 2) {
            Arrays.fill(pixels, at, at + runs[r], runs[r + 1]);
            at += runs[r];
        }
        return pixels;
    }
}
