package org.cpatlas.render;

import java.awt.image.BufferedImage;

/** Draws one 256-pixel slippy-map tile; called from several drawing threads at once. */
public interface TilePainter {

    /** The tile (zoom, x, y), {@link TileRenderer#TILE_PX} square, ARGB premultiplied. */
    BufferedImage render(int zoom, long x, long y);

    /** False where the tile would be fully transparent, so no picture is drawn or kept for it. */
    default boolean draws(int zoom, long x, long y) {
        return true;
    }
}
