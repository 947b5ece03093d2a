package org.cpatlas.map;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.nio.IntBuffer;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.cpatlas.render.TileRenderer;

/**
 * Tiles as JavaFX images in the software pipeline's own texture format, premultiplied ARGB ints: showing such a tile
 * is a plain copy, whereas the RGB bytes a PNG decodes into were converted on the render thread while it painted the
 * frame that first shows the tile (a third of the first frame's painting, and of a zoom step's).
 */
final class TileImages {

    static final int TILE = TileRenderer.TILE_PX;

    private TileImages() {
    }

    /** A tile's pixels as an image, wrapped without a copy; null for no pixels (a tile with nothing drawn). */
    static Image of(int[] pixels) {
        return pixels.length == 0 ? null : new WritableImage(new PixelBuffer<>(TILE, TILE, IntBuffer.wrap(pixels),
                PixelFormat.getIntArgbPreInstance()));
    }

    /** A tile kept as {@link RunLengthTile} runs, expanded into an image; null for a tile with nothing drawn. */
    static Image ofRuns(byte[] runs) {
        return of(RunLengthTile.decode(runs, TILE * TILE));
    }

    /** An ARGB-premultiplied BufferedImage's pixels as an image, wrapped without a copy. */
    static Image of(BufferedImage image) {
        return new WritableImage(new PixelBuffer<>(image.getWidth(), image.getHeight(),
                IntBuffer.wrap(pixels(image)), PixelFormat.getIntArgbPreInstance()));
    }

    /** The pixels of an ARGB-premultiplied BufferedImage (its own array, not a copy). */
    static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** The pixels of a stored tile, premultiplied ARGB; null if the PNG cannot be read or is not a whole tile. */
    static int[] decodePng(byte[] png) {
        Image decoded = new Image(new ByteArrayInputStream(png));
        if (decoded.isError() || decoded.getWidth() != TILE || decoded.getHeight() != TILE) {
            return null;
        }
        int[] pixels = new int[TILE * TILE];
        decoded.getPixelReader().getPixels(0, 0, TILE, TILE, PixelFormat.getIntArgbPreInstance(), pixels, 0, TILE);
        return pixels;
    }
}
