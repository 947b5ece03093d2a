package org.cpatlas.print;

/** Size of a raster page in device pixels. */
public record PixelSize(int width, int height) {

    /** Bytes of a 32-bit-per-pixel image of this size: what rendering the whole page at once would cost. */
    public long argbBytes() {
        return 4L * width * height;
    }
}
