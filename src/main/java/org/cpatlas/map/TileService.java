package org.cpatlas.map;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.cpatlas.render.TilePainter;
import org.cpatlas.render.TileRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Basemap tiles drawn off the JavaFX thread, kept as PNG bytes in a small in-memory LRU and as PNG files in the
 * user's cache directory. Only Gluon Maps holds decoded tiles, for as long as they are on screen. A cache that cannot
 * be written is switched off with one warning: the map still works.
 */
public final class TileService implements TileSource {

    private static final Logger LOG = LoggerFactory.getLogger(TileService.class);
    /**
     * The form of the cached files, part of the cache directory's name: tiles cached in an earlier form (RGBA PNG,
     * which decodes into a third more memory) are not reused but drawn again.
     */
    public static final String CACHE_FORMAT = "rgb";

    private final TilePainter renderer;
    private final Path cacheDir;
    private final EncodedTileCache memory;
    private final TileRequests requests;
    private final AtomicBoolean diskCacheUsable = new AtomicBoolean(true);

    /**
     * @param renderer    draws a tile
     * @param cacheDir    directory for PNG tiles, specific to style and data; null for no disk cache
     * @param memoryBytes how many bytes of PNG tiles to keep in memory (a tile is about 10 KB)
     * @param executor    the threads that draw and decode; tiles are requested on the JavaFX thread and must not be
     *                    drawn there
     */
    public TileService(TilePainter renderer, Path cacheDir, long memoryBytes, ExecutorService executor) {
        this.renderer = renderer;
        this.cacheDir = cacheDir;
        this.requests = new TileRequests(executor);
        this.memory = new EncodedTileCache(memoryBytes);
    }

    @Override
    public CompletableFuture<Image> tile(int zoom, long x, long y) {
        long key = TileRequests.key(zoom, x, y);
        return requests.request(key, () -> produce(key, zoom, x, y));
    }

    /** Tiles requested and not yet drawn: zero once the map on screen is complete. */
    public int pendingTileCount() {
        return requests.pending();
    }

    /** Number of tiles held in memory as PNG (for benchmarks and memory checks). */
    public int memoryTileCount() {
        return memory.size();
    }

    private Image produce(long key, int zoom, long x, long y) {
        byte[] png = memory.get(key);
        if (png != null) {
            return decode(png);
        }
        Path file = cacheDir == null ? null : cacheDir.resolve(zoom + "/" + x + "/" + y + ".png");
        if (file != null && diskCacheUsable.get() && Files.isRegularFile(file)) {
            try {
                png = Files.readAllBytes(file);
                Image image = decode(png);
                if (!image.isError() && image.getWidth() == TileRenderer.TILE_PX) {
                    memory.put(key, png);
                    return image;
                }
            } catch (IOException e) {
                LOG.debug("cached tile {} unreadable, redrawing", file, e);
            }
        }
        png = TilePng.encode(renderer.render(zoom, x, y));
        memory.put(key, png);
        if (file != null && diskCacheUsable.get()) {
            store(file, png);
        }
        return decode(png);
    }

    /**
     * Decoding from PNG every time is what keeps decoded tiles out of memory once Gluon lets go of them. The pixels
     * are converted here, on the tile thread, to premultiplied ARGB ints, the software pipeline's texture format:
     * left as decoded (RGB bytes), every new tile was converted on the render thread while it painted the frame
     * that first shows it (a third of the first frame's painting, and of a zoom step's).
     */
    static Image decode(byte[] png) {
        Image decoded = new Image(new ByteArrayInputStream(png));
        int w = (int) decoded.getWidth();
        int h = (int) decoded.getHeight();
        if (decoded.isError() || w <= 0 || h <= 0) {
            return decoded;
        }
        int[] pixels = new int[w * h];
        decoded.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        return new WritableImage(new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance()));
    }

    private void store(Path file, byte[] png) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "tile", ".tmp");
            Files.write(tmp, png);
            // Atomic rename: a tile file is either complete or absent, even if the app is killed mid-write.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (diskCacheUsable.getAndSet(false)) {
                LOG.warn("tile cache {} is not writable ({}); tiles will be drawn each time instead", cacheDir,
                        e.toString());
            }
        }
    }
}
