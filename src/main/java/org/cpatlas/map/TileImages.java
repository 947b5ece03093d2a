package org.cpatlas.map;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.scene.image.Image;
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
        return pixels.length == 0 ? null : TilePicture.wrapping(TILE, TILE, pixels);
    }

    /** A tile kept as {@link RunLengthTile} runs, expanded into an image; null for a tile with nothing drawn. */
    static Image ofRuns(byte[] runs) {
        return of(RunLengthTile.decode(runs, TILE * TILE));
    }

    /** An ARGB-premultiplied BufferedImage's pixels as an image, wrapped without a copy. */
    static Image of(BufferedImage image) {
        return TilePicture.wrapping(image.getWidth(), image.getHeight(), pixels(image));
    }

    /** The pixels of an ARGB-premultiplied BufferedImage (its own array, not a copy). */
    static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
