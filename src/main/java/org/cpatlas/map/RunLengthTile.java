package org.cpatlas.map;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;

/**
 * A drawn overlay tile kept as runs of equal pixels: region fills and shading are large flat areas, so a 256 KB tile
 * of premultiplied ARGB ints takes 5-20 KB (measured over the levels 6 to 9 of the region layer), and expanding it
 * again takes a few tens of microseconds, little enough to do on the JavaFX thread in the frame that shows it.
 */
final class RunLengthTile {

    /** A tile with nothing drawn on it: no runs, no picture. */
    static final byte[] NOTHING = new byte[0];

    private RunLengthTile() {
    }

    /** The runs of {@code pixels} as (length, pixel) pairs of ints; {@link #NOTHING} if every pixel is transparent. */
    static byte[] encode(int[] pixels) {
        IntBuffer runs = IntBuffer.allocate(256);
        int start = 0;
        for (int i = 1; i <= pixels.length; i++) {
            if (i == pixels.length || pixels[i] != pixels[start]) {
                if (runs.remaining() < 2) {
                    IntBuffer larger = IntBuffer.allocate(runs.capacity() * 2);
                    runs.flip();
                    larger.put(runs);
                    runs = larger;
                }
                runs.put(i - start).put(pixels[start]);
                start = i;
            }
        }
        if (runs.position() == 2 && runs.get(1) == 0) {
            return NOTHING;
        }
        ByteBuffer bytes = ByteBuffer.allocate(runs.position() * Integer.BYTES);
        bytes.asIntBuffer().put(runs.array(), 0, runs.position());
        return bytes.array();
    }

    /** The pixels of an encoded tile of {@code size} pixels; empty for {@link #NOTHING}. */
    static int[] decode(byte[] encoded, int size) {
        if (encoded.length == 0) {
            return new int[0];
        }
        int[] pixels = new int[size];
        IntBuffer runs = ByteBuffer.wrap(encoded).asIntBuffer();
        int at = 0;
        while (runs.hasRemaining()) {
            int length = runs.get();
            int pixel = runs.get();
            if (length <= 0 || at + length > size) {
                throw new IllegalArgumentException("not a run-length tile of " + size + " pixels: run of " + length
                        + " at pixel " + at);
            }
            Arrays.fill(pixels, at, at + length, pixel);
            at += length;
        }
        if (at != size) {
            throw new IllegalArgumentException("not a run-length tile of " + size + " pixels: runs end at " + at);
        }
        return pixels;
    }
}
