package org.cpatlas.map;

import java.util.Arrays;

/**
 * A drawn tile kept as runs of equal pixels: fills of regions, provinces and sea are large flat areas, so a 256 KB
 * tile of premultiplied ARGB ints takes 5-20 KB in the region layer and 7-28 KB on average in the basemap (measured
 * over the levels 4 to 9), and expanding it again takes about a tenth of a millisecond (0.12 ms for a 50 KB basemap
 * tile, under C1), little enough to do on the JavaFX thread in the frame that shows it.
 */
final class RunLengthTile {

    /** A tile with nothing drawn on it: no runs, no picture. */
    static final byte[] NOTHING = new byte[0];

    private RunLengthTile() {
    }

    /** The runs of {@code pixels} as (length, pixel) pairs of ints; {@link #NOTHING} if every pixel is transparent. */
    static byte[] encode(int[] pixels) {
        // Plain arrays rather than an IntBuffer: under C1 each put cost a call and checks, and a county
        // choropleth's tile has thousands of runs (this was the largest part of recolouring a tile).
        int[] runs = new int[256];
        int n = 0;
        int start = 0;
        for (int i = 1; i <= pixels.length; i++) {
            if (i == pixels.length || pixels[i] != pixels[start]) {
                if (n + 2 > runs.length) {
                    runs = Arrays.copyOf(runs, runs.length * 2);
                }
                runs[n++] = i - start;
                runs[n++] = pixels[start];
                start = i;
            }
        }
        if (n == 2 && runs[1] == 0) {
            return NOTHING;
        }
        byte[] bytes = new byte[n * Integer.BYTES];
        for (int k = 0, b = 0; k < n; k++, b += Integer.BYTES) {
            int v = runs[k];
            bytes[b] = (byte) (v >>> 24);
            bytes[b + 1] = (byte) (v >>> 16);
            bytes[b + 2] = (byte) (v >>> 8);
            bytes[b + 3] = (byte) v;
        }
        return bytes;
    }

    /** The pixels of an encoded tile of {@code size} pixels; empty for {@link #NOTHING}. */
    static int[] decode(byte[] encoded, int size) {
        if (encoded.length == 0) {
            return new int[0];
        }
        if (encoded.length % (2 * Integer.BYTES) != 0) {
            throw new IllegalArgumentException("not a run-length tile: " + encoded.length + " bytes");
        }
        int[] pixels = new int[size];
        int at = 0;
        // Plain array reads rather than an IntBuffer view: this runs on the JavaFX thread, compiled by C1 only, and a
        // detailed basemap tile has thousands of runs, most of them a pixel or two long.
        for (int i = 0; i < encoded.length; i += 2 * Integer.BYTES) {
            int length = intAt(encoded, i);
            int pixel = intAt(encoded, i + Integer.BYTES);
            if (length <= 0 || length > size - at) {
                throw new IllegalArgumentException("not a run-length tile of " + size + " pixels: run of " + length
                        + " at pixel " + at);
            }
            if (length == 1) {
                pixels[at] = pixel;
            } else {
                Arrays.fill(pixels, at, at + length, pixel);
            }
            at += length;
        }
        if (at != size) {
            throw new IllegalArgumentException("not a run-length tile of " + size + " pixels: runs end at " + at);
        }
        return pixels;
    }

    private static int intAt(byte[] bytes, int i) {
        return bytes[i] << 24 | (bytes[i + 1] & 0xff) << 16 | (bytes[i + 2] & 0xff) << 8 | bytes[i + 3] & 0xff;
    }
}
