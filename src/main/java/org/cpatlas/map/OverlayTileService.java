package org.cpatlas.map;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.cpatlas.render.TilePainter;

/**
 * Tiles of an overlay (regions, province shading) drawn off the JavaFX thread and kept decoded in a small LRU. Unlike
 * the basemap's {@link TileService} there is no PNG step: an overlay is redrawn whenever its look changes (theme,
 * selection), so encoding each tile would cost more than it saves, and a tile seen again is shown in the same frame.
 * Tiles with nothing to draw are remembered as empty and cost no picture.
 */
final class OverlayTileService {

    private final TilePainter painter;
    private final TileRequests requests;
    private final Map<Long, Image> memory;

    /** @param memoryTiles how many drawn tiles to keep (256 KB each; empty ones are free) */
    OverlayTileService(TilePainter painter, int memoryTiles, ExecutorService executor) {
        this.painter = painter;
        this.requests = new TileRequests(executor);
        this.memory = java.util.Collections.synchronizedMap(new LinkedHashMap<>(memoryTiles, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
                return size() > memoryTiles;
            }
        });
    }

    /** The tile's picture, or null where the painter has nothing to draw. */
    CompletableFuture<Image> tile(int zoom, long x, long y) {
        long key = TileRequests.key(zoom, x, y);
        Image cached = memory.get(key);
        if (cached != null || memory.containsKey(key)) {
            return CompletableFuture.completedFuture(cached);
        }
        return requests.request(key, () -> {
            Image image = painter.draws(zoom, x, y) ? toFxImage(painter.render(zoom, x, y)) : null;
            memory.put(key, image);
            return image;
        });
    }

    /**
     * Wraps an ARGB-premultiplied BufferedImage's pixels as a JavaFX image, without copying them: premultiplied
     * ARGB ints are the software pipeline's own texture format, so showing the tile is a plain copy, whereas a
     * {@code WritableImage} of its own (BGRA bytes) made two conversions of every pixel, one of them on the render
     * thread while it paints the frame that shows the tile.
     */
    static Image toFxImage(BufferedImage image) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        return new WritableImage(new PixelBuffer<>(image.getWidth(), image.getHeight(), IntBuffer.wrap(pixels),
                PixelFormat.getIntArgbPreInstance()));
    }
}
