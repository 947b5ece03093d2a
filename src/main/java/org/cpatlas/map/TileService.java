package org.cpatlas.map;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.cpatlas.render.TilePainter;
import org.cpatlas.render.TileRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Map tiles (the basemap, the region layer) drawn off the JavaFX thread, kept in a small in-memory LRU and,
 * optionally, as PNGs in the user's cache directory. A cache that cannot be written is switched off with one
 * warning: the map still works.
 */
public final class TileService implements TileSource {

    private static final Logger LOG = LoggerFactory.getLogger(TileService.class);

    private final TilePainter renderer;
    private final Path cacheDir;
    private final ExecutorService executor;
    private final Map<Long, Image> memory;
    private final Map<Long, CompletableFuture<Image>> inFlight = new ConcurrentHashMap<>();
    private final AtomicBoolean diskCacheUsable = new AtomicBoolean(true);

    /**
     * @param renderer    draws a tile
     * @param cacheDir    directory for PNG tiles, specific to style and data; null for no disk cache
     * @param memoryTiles how many decoded tiles to keep (256 KB each)
     * @param executor    the threads that draw; tiles are requested on the JavaFX thread and must not be drawn there
     */
    public TileService(TilePainter renderer, Path cacheDir, int memoryTiles, ExecutorService executor) {
        this.renderer = renderer;
        this.cacheDir = cacheDir;
        this.executor = executor;
        this.memory = java.util.Collections.synchronizedMap(new LinkedHashMap<>(memoryTiles, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
                return size() > memoryTiles;
            }
        });
    }

    /** The tile's picture; null for a tile the painter leaves empty (never for a basemap). */
    @Override
    public CompletableFuture<Image> tile(int zoom, long x, long y) {
        long key = key(zoom, x, y);
        Image cached = memory.get(key);
        if (cached != null || memory.containsKey(key)) {
            return CompletableFuture.completedFuture(cached);
        }
        CompletableFuture<Image> pending = inFlight.get(key);
        if (pending != null) {
            return pending;
        }
        CompletableFuture<Image> created = new CompletableFuture<>();
        pending = inFlight.putIfAbsent(key, created);
        if (pending != null) {
            return pending;
        }
        // Completed outside any map operation: a fast tile may finish before this method returns.
        executor.execute(() -> {
            try {
                Image image = produce(zoom, x, y);
                memory.put(key, image);
                inFlight.remove(key);
                created.complete(image);
            } catch (RuntimeException | Error e) {
                inFlight.remove(key);
                LOG.warn("tile {}/{}/{} failed: {}", zoom, x, y, e.toString());
                created.completeExceptionally(e);
            }
        });
        return created;
    }

    /** Tiles requested and not yet drawn: zero once the map on screen is complete. */
    public int pendingTileCount() {
        return inFlight.size();
    }

    /** Number of tiles held in memory (for benchmarks and memory checks). */
    public int memoryTileCount() {
        return memory.size();
    }

    /** The tile's picture, or null where the painter has nothing to draw (a tile of an overlay outside its shapes). */
    private Image produce(int zoom, long x, long y) {
        if (!renderer.draws(zoom, x, y)) {
            return null;
        }
        Path file = cacheDir == null ? null : cacheDir.resolve(zoom + "/" + x + "/" + y + ".png");
        if (file != null && diskCacheUsable.get() && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                Image image = new Image(in);
                if (!image.isError() && image.getWidth() == TileRenderer.TILE_PX) {
                    return image;
                }
            } catch (IOException e) {
                LOG.debug("cached tile {} unreadable, redrawing", file, e);
            }
        }
        BufferedImage drawn = renderer.render(zoom, x, y);
        if (file != null && diskCacheUsable.get()) {
            store(file, drawn);
        }
        return toFxImage(drawn);
    }

    private void store(Path file, BufferedImage image) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "tile", ".tmp");
            ImageIO.write(image, "png", tmp.toFile());
            // Atomic rename: a tile file is either complete or absent, even if the app is killed mid-write.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (diskCacheUsable.getAndSet(false)) {
                LOG.warn("tile cache {} is not writable ({}); tiles will be drawn each time instead", cacheDir,
                        e.toString());
            }
        }
    }

    /** Copies an ARGB-premultiplied BufferedImage into a JavaFX image without going through Swing. */
    static Image toFxImage(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        return fx;
    }

    private static long key(int zoom, long x, long y) {
        return ((long) zoom << 58) | (x << 29) | y;
    }
}
