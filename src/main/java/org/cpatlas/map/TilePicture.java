package org.cpatlas.map;

import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A tile's picture over its own array of premultiplied ARGB pixels, which a new look of the same tile can be expanded
 * into ({@link #takeRuns}) instead of shown as a new picture: the software pipeline then updates the texture it keeps
 * for the picture instead of making another, and neither the 256 KB of pixels nor the texture's 256 KB become
 * garbage. Made anew at each indicator switch, a screenful of both lived long enough to be promoted, and the old
 * generation filled with dead pictures at about every switch: a full collection of 70-160 ms inside it (GC log).
 */
final class TilePicture extends WritableImage {

    private final int[] pixels;
    private final PixelBuffer<IntBuffer> buffer;

    private TilePicture(PixelBuffer<IntBuffer> buffer, int[] pixels) {
        super(buffer);
        this.buffer = buffer;
        this.pixels = pixels;
    }

    /** A picture wrapping {@code pixels} (width x height, premultiplied ARGB) without a copy. */
    static TilePicture wrapping(int width, int height, int[] pixels) {
        return new TilePicture(new PixelBuffer<>(width, height, IntBuffer.wrap(pixels),
                PixelFormat.getIntArgbPreInstance()), pixels);
    }

    /** True when this picture is a whole tile ({@link TileImages#TILE} square), which any tile's runs fill. */
    boolean wholeTile() {
        return pixels.length == TileImages.TILE * TileImages.TILE;
    }

    /**
     * Shows the tile kept as {@code runs} ({@link RunLengthTile}, of this picture's size, not empty) in this picture
     * from now on. JavaFX thread only: the render thread reads the pixels while it paints.
     */
    void takeRuns(byte[] runs) {
        buffer.updateBuffer(b -> {
            RunLengthTile.decodeInto(runs, pixels);
            return null; // all of it changed
        });
    }
}
