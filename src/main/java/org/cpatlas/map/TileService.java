package org.cpatlas.map;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.cpatlas.files.PartFiles;
import org.cpatlas.render.TilePainter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Basemap tiles drawn off the JavaFX thread, kept in the user's cache directory ({@link TileRunsFile}) and, the most
 * recent ones, in memory, both as runs of pixels ({@link RunLengthTile}). Only Gluon Maps holds decoded tiles, for as
 * long as they are on screen. A tile in memory is expanded on the spot, in a tenth of a millisecond, so Gluon Maps
 * shows it in the frame that asks for it (except while a wheel turns, a level a frame: then the tiles wait until it
 * stops, see {@link WheelPause}): zooming back to a level, or panning back, shows the basemap at once instead of the
 * level above magnified, which the software pipeline paints several times slower. A cache that cannot be written is
 * switched off with one warning: the map still works.
 */
public final class TileService implements TileSource {

    private static final Logger LOG = LoggerFactory.getLogger(TileService.class);
    /**
     * The form of the cached files, part of the cache directory's name: tiles cached in an earlier form (PNG, which a
     * start had to inflate, convert to premultiplied pixels and scan for runs again: most of the basemap threads' work
     * before the first frame) are not reused but drawn again.
     */
    public static final String CACHE_FORMAT = "runs";

    private final TilePainter renderer;
    private final Path cacheDir;
    private final EncodedTileCache memory;
    private final TileRequests<Image> requests;
    private final AtomicBoolean diskCacheUsable = new AtomicBoolean(true);
    private final WheelPause wheel = new WheelPause(this::showWaiting);
    /**
     * Tiles in memory asked for while the wheel was turning, by key, shown once it stops (JavaFX thread only). Only
     * the latest asking for a key waits: Gluon Maps asks again only for a tile whose earlier one it let go.
     */
    private final Map<Long, Waiting> waiting = new LinkedHashMap<>();

    private volatile boolean blank;
    /** The pictures of the basemap last in view, kept while it shows none (see {@link #keep}). */
    private final KeptPictures kept = new KeptPictures();
    /** True once a kept picture has been handed out: the ones not asked for in that pulse are then let go. */
    private boolean handingOutKept;

    /**
     * @param renderer    draws a tile
     * @param cacheDir    directory for PNG tiles, specific to style and data; null for no disk cache
     * @param memoryBytes how many bytes of tiles to keep in memory as runs of pixels (a tile is 5-30 KB)
     * @param executor    the threads that draw and decode; tiles are requested on the JavaFX thread and must not be
     *                    drawn there
     */
    public TileService(TilePainter renderer, Path cacheDir, long memoryBytes, ExecutorService executor) {
        this.renderer = renderer;
        this.cacheDir = cacheDir;
        this.requests = new TileRequests<>(executor);
        this.memory = new EncodedTileCache(memoryBytes);
    }

    /**
     * Shows no basemap from now on (true) or the basemap again (false), for the tiles the map asks for next (the map
     * view is made anew to ask again). Under a county or province indicator the thematic tiles draw the basemap
     * themselves ({@code render.ThematicTilePainter}): two full layers of pictures did not fit the window's heap.
     */
    public void showBlank(boolean none) {
        this.blank = none;
        if (!none && Platform.isFxApplicationThread()) {
            handingOutKept = false;
        }
    }

    /**
     * While the basemap shows none, keeps the picture a map view being replaced showed for this tile, to hand it back
     * when the basemap shows again (see {@link KeptPictures}); ignored otherwise. JavaFX thread.
     */
    @Override
    public void keep(int zoom, long x, long y, Image picture) {
        if (blank && picture != null) {
            kept.keep(zoom, x, y, picture);
        }
    }

    /** Pictures kept for the basemap's return (for tests, and {@link TileSources#keepsPictures}). */
    int keptPictureCount() {
        return kept.size();
    }

    /** True while the basemap shows no tiles (see {@link #showBlank}). */
    public boolean blank() {
        return blank;
    }

    @Override
    public CompletableFuture<Image> tile(int zoom, long x, long y) {
        if (blank) {
            return CompletableFuture.completedFuture(null);
        }
        Image keptPicture = Platform.isFxApplicationThread() ? kept.take(zoom, x, y) : null;
        if (keptPicture != null) {
            if (!handingOutKept) {
                // The map view asks for all its tiles in one layout: those kept and not asked for are let go after.
                handingOutKept = true;
                Platform.runLater(kept::clear);
            }
            return CompletableFuture.completedFuture(keptPicture);
        }
        long key = TileRequests.key(zoom, x, y);
        byte[] runs = memory.get(key);
        boolean turning = Platform.isFxApplicationThread() && wheel.levelAsked(zoom);
        if (runs != null && turning) {
            Waiting tile = new Waiting(zoom, runs, new CompletableFuture<>());
            Waiting earlier = waiting.put(key, tile);
            if (earlier != null) {
                earlier.image().complete(null);
            }
            return tile.image();
        }
        if (runs != null) {
            try {
                return CompletableFuture.completedFuture(TileImages.ofRuns(runs));
            } catch (OutOfMemoryError e) {
                // Expanded on the JavaFX thread, where an error would stop the window: the heap is full for this
                // moment, so the tile is made on a drawing thread instead (which logs and leaves it empty if even
                // that fails).
            }
        }
        return requests.request(key, () -> produce(key, zoom, x, y));
    }

    /** Tiles requested and not yet drawn: zero once the map on screen is complete. */
    public int pendingTileCount() {
        return requests.pending() + waiting.size();
    }

    /**
     * The wheel has stopped: the tiles still waiting are expanded now, those of the level it stopped at first. The
     * levels it went through have mostly been given up already, as the map let go of their tiles (see
     * {@link #forget}); any tile of theirs the map still holds gets its picture, or it would show empty if the zoom
     * came back to it.
     */
    private void showWaiting(int level) {
        List<Waiting> due = new ArrayList<>(waiting.values());
        waiting.clear();
        due.sort(Comparator.comparing(tile -> tile.zoom() != level));
        for (Waiting tile : due) {
            tile.image().complete(TileImages.ofRuns(tile.runs()));
        }
    }

    /**
     * Gluon Maps has let go of this tile (see {@link TileRetention}): if it waits for the wheel to stop, it is given
     * up, empty, rather than expanded for nobody.
     */
    @Override
    public void forget(int zoom, long x, long y) {
        kept.forgotten(zoom);
        Waiting tile = waiting.remove(TileRequests.key(zoom, x, y));
        if (tile != null) {
            tile.image().complete(null);
        }
    }

    /** A tile in memory whose picture waits for the wheel to stop. */
    private record Waiting(int zoom, byte[] runs, CompletableFuture<Image> image) {
    }

    /** Number of tiles held in memory (for benchmarks and memory checks). */
    public int memoryTileCount() {
        return memory.size();
    }

    private Image produce(long key, int zoom, long x, long y) {
        Path file = cacheDir == null ? null : cacheDir.resolve(zoom + "/" + x + "/" + y + ".runs");
        if (file != null && diskCacheUsable.get() && Files.isRegularFile(file)) {
            byte[] runs = TileRunsFile.read(file);
            if (runs != null) {
                memory.put(key, runs);
                return TileImages.ofRuns(runs);
            }
            LOG.debug("cached tile {} is not a whole tile, redrawing", file);
        }
        BufferedImage drawn = renderer.render(zoom, x, y);
        byte[] runs = RunLengthTile.encode(TileImages.pixels(drawn));
        if (file != null && diskCacheUsable.get()) {
            store(file, TileRunsFile.bytesOf(runs));
        }
        memory.put(key, runs);
        return TileImages.of(drawn);
    }

    private void store(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            // A tile file is either complete or absent, even if the app is killed mid-write; on a full disk the part
            // file goes, so the cache does not fill up with the halves of tiles.
            PartFiles.writeWhole(file, bytes);
        } catch (IOException | RuntimeException e) {
            if (diskCacheUsable.getAndSet(false)) {
                LOG.warn("tile cache {} is not writable ({}); tiles will be drawn each time instead", cacheDir,
                        e.toString());
            }
        }
    }
}
