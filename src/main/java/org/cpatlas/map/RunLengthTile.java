package org.cpatlas.map;

import java.util.Arrays;
import org.cpatlas.render.PixelRuns;

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
        // Counted first, then written into an array of their exact size: the growing array of runs this was made
        // with before (doubled thousands of times over a county choropleth's tiles) was a fifth of the bytes an
        // indicator switch allocated. Plain arrays rather than an IntBuffer: under C1 each put cost a call and checks.
        int runs = 1;
        for (int i = 1; i < pixels.length; i++) {
            if (pixels[i] != pixels[i - 1]) {
                runs++;
            }
        }
        if (runs == 1 && pixels[0] == 0) {
            return NOTHING;
        }
        byte[] bytes = new byte[runs * 2 * Integer.BYTES];
        int b = 0;
        int start = 0;
        for (int i = 1; i <= pixels.length; i++) {
            if (i == pixels.length || pixels[i] != pixels[start]) {
                b = putInt(bytes, b, i - start);
                b = putInt(bytes, b, pixels[start]);
                start = i;
            }
        }
        return bytes;
    }

    /**
     * The runs a painter wrote ({@link PixelRuns}, each already as long as it can be), as {@link #encode(int[])} gives
     * them for the same pixels; {@link #NOTHING} if every pixel is transparent. No pass over the pixels: a recoloured
     * county choropleth tile has a few thousand runs for its 65,536 pixels.
     */
    static byte[] encode(PixelRuns runs) {
        int count = runs.count();
        if (count == 0 || count == 1 && runs.pixel(0) == 0) {
            return NOTHING;
        }
        byte[] bytes = new byte[count * 2 * Integer.BYTES];
        int b = 0;
        for (int k = 0; k < count; k++) {
            b = putInt(bytes, b, runs.length(k));
            b = putInt(bytes, b, runs.pixel(k));
        }
        return bytes;
    }

    private static int putInt(byte[] bytes, int b, int v) {
        bytes[b] = (byte) (v >>> 24);
        bytes[b + 1] = (byte) (v >>> 16);
        bytes[b + 2] = (byte) (v >>> 8);
        bytes[b + 3] = (byte) v;
        return b + Integer.BYTES;
    }

    /** The pixels of an encoded tile of {@code size} pixels; empty for {@link #NOTHING}. */
    static int[] decode(byte[] encoded, int size) {
        if (encoded.length == 0) {
            return new int[0];
        }
        int[] pixels = new int[size];
        decodeInto(encoded, pixels);
        return pixels;
    }

    /**
     * Expands an encoded tile (not {@link #NOTHING}) into {@code pixels}, every one of which it sets: a picture
     * shown before takes a new look without a new array (see {@code TilePicture}).
     */
    static void decodeInto(byte[] encoded, int[] pixels) {
        int size = pixels.length;
        if (encoded.length == 0 || encoded.length % (2 * Integer.BYTES) != 0) {
            throw new IllegalArgumentException("not a run-length tile: " + encoded.length + " bytes");
        }
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
    }

    private static int intAt(byte[] bytes, int i) {
        return bytes[i] << 24 | (bytes[i + 1] & 0xff) << 16 | (bytes[i + 2] & 0xff) << 8 | bytes[i + 3] & 0xff;
    }
}
