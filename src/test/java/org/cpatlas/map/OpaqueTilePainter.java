package org.cpatlas.map;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicInteger;
import org.cpatlas.render.TilePainter;

/**
 * A basemap-like painter for tests: every tile opaque, with a line, and told apart by pixel (7, 7), which encodes x.
 * Counts the tiles it draws.
 */
final class OpaqueTilePainter implements TilePainter {

    final AtomicInteger renders = new AtomicInteger();

    @Override
    public boolean draws(int zoom, long x, long y) {
        return true;
    }

    @Override
    public BufferedImage render(int zoom, long x, long y) {
        renders.incrementAndGet();
        BufferedImage tile = TileRunsFileTest.tile(new Color(170, 200, 230));
        tile.setRGB(7, 7, 0xff000000 | (int) x);
        return tile;
    }
}
