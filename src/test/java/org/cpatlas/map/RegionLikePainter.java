package org.cpatlas.map;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.cpatlas.render.TilePainter;

/**
 * A painter for tests of the overlay's tiles: the region-like tile where x is even (one pixel in row 0 set to x, to
 * tell the tiles apart), nothing where x is odd; it counts the tiles it is asked about and those it draws.
 */
final class RegionLikePainter implements TilePainter {

    final AtomicInteger asked = new AtomicInteger();
    final AtomicInteger renders = new AtomicInteger();

    @Override
    public boolean draws(int zoom, long x, long y) {
        asked.incrementAndGet();
        return x % 2 == 0;
    }

    @Override
    public BufferedImage render(int zoom, long x, long y) {
        renders.incrementAndGet();
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(RunLengthTileTest.regionLikeTile(), 0, pixels, 0, pixels.length);
        pixels[(int) y] = 0xff000000 | (int) x;
        return image;
    }
}
