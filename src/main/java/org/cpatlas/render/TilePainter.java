package org.cpatlas.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.function.BiConsumer;

/** Draws one 256-pixel slippy-map tile; called from several drawing threads at once. */
public interface TilePainter {

    /** The tile (zoom, x, y), {@link TileRenderer#TILE_PX} square, ARGB premultiplied. */
    BufferedImage render(int zoom, long x, long y);

    /**
     * The tile's pixels as {@link #render} draws them (premultiplied ARGB, row by row), written into the array
     * {@code into} gives ({@link TileRenderer#TILE_PX} squared long, the caller's to reuse) and returned when the
     * painter can fill a given array, else a new array: a tile that is only kept as runs then costs no picture of its
     * own. The array is asked for only by a painter that uses it.
     */
    default int[] renderPixels(int zoom, long x, long y, java.util.function.Supplier<int[]> into) {
        return ((java.awt.image.DataBufferInt) render(zoom, x, y).getRaster().getDataBuffer()).getData();
    }

    /**
     * Writes the tile, as {@link #render} draws it, into {@code into} (emptied first) as runs of equal pixels, when the
     * painter knows its tile as runs already (a county choropleth recoloured, see {@link UnitTiles}); false when it
     * cannot, and {@code into} is then left empty: the caller draws the pixels instead.
     */
    default boolean renderRuns(int zoom, long x, long y, PixelRuns into) {
        return false;
    }

    /** False where the tile would be fully transparent, so no picture is drawn or kept for it. */
    default boolean draws(int zoom, long x, long y) {
        return true;
    }

    /** A tile image drawn by {@code drawing}, given the prepared graphics and the tile's viewport. */
    static BufferedImage paintTile(int zoom, long x, long y, BiConsumer<Graphics2D, MapViewport> drawing) {
        BufferedImage image = new BufferedImage(TileRenderer.TILE_PX, TileRenderer.TILE_PX,
                BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            MapPainter.prepare(g);
            drawing.accept(g, TileRenderer.tileViewport(zoom, x, y));
        } finally {
            g.dispose();
        }
        return image;
    }
}
