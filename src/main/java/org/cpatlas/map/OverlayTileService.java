package org.cpatlas.map;

import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.scene.image.Image;
import org.cpatlas.render.PixelRuns;
import org.cpatlas.render.TilePainter;

/**
 * Tiles of an overlay (regions, province shading) drawn off the JavaFX thread and remembered as runs of equal pixels
 * ({@link RunLengthTile}), a twentieth of their decoded size. A tile seen before is expanded on the spot, so it is on
 * screen in the frame that asks for it: zooming back to a level, or panning back, shows the layer at once instead of
 * the previous level magnified, which the software pipeline paints several times slower than tiles at their own size.
 * Only the tiles on screen are held decoded, by their image views. Only the region layer's tiles are also kept on
 * disk ({@link RegionTileDisk}), named by their look, for the next start's first view.
 */
final class OverlayTileService {

    private final TilePainter painter;
    private final TileRequests<Image> requests;
    /** Tiles asked for as runs, to be expanded into a picture already on screen (see {@link #runs}). */
    private final TileRequests<byte[]> runRequests;
    private final EncodedTileCache memory;
    /** Each drawing thread's array to draw a tile kept only as runs into (see {@link TilePainter#renderPixels}). */
    private final ThreadLocal<int[]> scratch;
    /** Each drawing thread's runs for a painter that writes its tile as runs (see {@link TilePainter#renderRuns}). */
    private final ThreadLocal<PixelRuns> runScratch;
    private final AtomicInteger drawn = new AtomicInteger();
    private final RegionTileDisk disk;

    /** @param memoryBytes how many bytes of encoded tiles to keep (5-20 KB each; tiles with nothing drawn are free) */
    OverlayTileService(TilePainter painter, long memoryBytes, ExecutorService executor) {
        this(painter, memoryBytes, executor, scratchArrays());
    }

    /**
     * @param scratch each drawing thread's array of a tile's pixels (see {@link #scratchArrays}), shared by the
     *                services a layer makes one after the other, so that a new look makes no new ones
     */
    OverlayTileService(TilePainter painter, long memoryBytes, ExecutorService executor, ThreadLocal<int[]> scratch) {
        this(painter, memoryBytes, executor, scratch, scratchRuns());
    }

    /**
     * @param scratch    as above
     * @param runScratch each drawing thread's runs (see {@link #scratchRuns}), shared likewise
     */
    OverlayTileService(TilePainter painter, long memoryBytes, ExecutorService executor, ThreadLocal<int[]> scratch,
            ThreadLocal<PixelRuns> runScratch) {
        this(painter, memoryBytes, executor, scratch, runScratch, RegionTileDisk.NONE);
    }

    /** As above, taking the tiles drawn at an earlier start from {@code disk} and keeping those drawn now there. */
    OverlayTileService(TilePainter painter, long memoryBytes, ExecutorService executor, ThreadLocal<int[]> scratch,
            ThreadLocal<PixelRuns> runScratch, RegionTileDisk disk) {
        this.disk = disk;
        this.scratch = scratch;
        this.runScratch = runScratch;
        this.painter = painter;
        this.requests = new TileRequests<>(executor);
        this.runRequests = new TileRequests<>(executor);
        this.memory = new EncodedTileCache(memoryBytes);
    }

    /**
     * The tile's picture, or null where the painter has nothing to draw; complete at once for a tile drawn before.
     * Cancelled, not drawn, if it is no longer {@code wanted} when a drawing thread gets to it.
     */
    CompletableFuture<Image> tile(int zoom, long x, long y, BooleanSupplier wanted) {
        long key = TileRequests.key(zoom, x, y);
        byte[] drawn = memory.get(key);
        if (drawn != null) {
            try {
                return CompletableFuture.completedFuture(TileImages.ofRuns(drawn));
            } catch (OutOfMemoryError e) {
                // Expanded on the JavaFX thread, where an error would stop the window: the heap is full for this
                // moment (pictures let go of are freed by the next collection), so the tile is drawn again by a
                // drawing thread instead, which logs and shows it empty if even that fails.
            }
        }
        return requests.request(key, () -> draw(key, zoom, x, y), wanted);
    }

    /** Arrays for {@link #OverlayTileService(TilePainter, long, ExecutorService, ThreadLocal)}: one a drawing thread. */
    static ThreadLocal<int[]> scratchArrays() {
        return ThreadLocal.withInitial(() -> new int[TileImages.TILE * TileImages.TILE]);
    }

    /**
     * The tile as {@link RunLengthTile} runs ({@link RunLengthTile#NOTHING} where the painter has nothing to draw),
     * for a layer that expands it into the picture it shows already ({@link TilePicture#takeRuns}); complete at once
     * for a tile drawn before. Drawn into a drawing thread's own array, so that a new look costs no picture: only
     * its runs, which are kept anyway. Cancelled, not drawn, if it is no longer {@code wanted}.
     */
    CompletableFuture<byte[]> runs(int zoom, long x, long y, BooleanSupplier wanted) {
        long key = TileRequests.key(zoom, x, y);
        byte[] drawn = memory.get(key);
        if (drawn != null) {
            return CompletableFuture.completedFuture(drawn);
        }
        return runRequests.request(key, () -> drawRuns(key, zoom, x, y), wanted);
    }

    /** Runs for {@link #OverlayTileService(TilePainter, long, ExecutorService, ThreadLocal, ThreadLocal)}: one a thread. */
    static ThreadLocal<PixelRuns> scratchRuns() {
        return ThreadLocal.withInitial(PixelRuns::new);
    }

    /** True when the tile is drawn and kept, so that {@link #tile} gives it at once. */
    boolean inMemory(int zoom, long x, long y) {
        return memory.get(TileRequests.key(zoom, x, y)) != null;
    }

    /** Starts drawing a tile that will soon be asked for, unless it is drawn already. */
    void prepare(int zoom, long x, long y) {
        long key = TileRequests.key(zoom, x, y);
        if (memory.get(key) == null) {
            requests.request(key, () -> draw(key, zoom, x, y));
        }
    }

    /** Number of tiles drawn so far (for tests: a tile seen before is not drawn again). */
    int drawnTileCount() {
        return drawn.get();
    }

    private Image draw(long key, int zoom, long x, long y) {
        byte[] kept = disk.read(zoom, x, y);
        if (kept != null) {
            memory.put(key, kept);
            return kept.length == 0 ? null : TileImages.ofRuns(kept);
        }
        if (!painter.draws(zoom, x, y)) {
            memory.put(key, RunLengthTile.NOTHING);
            disk.write(zoom, x, y, RunLengthTile.NOTHING);
            return null;
        }
        byte[] runs = paintedRuns(zoom, x, y);
        if (runs != null) {
            drawn.incrementAndGet();
            memory.put(key, runs);
            disk.write(zoom, x, y, runs);
            return TileImages.ofRuns(runs);
        }
        BufferedImage image = painter.render(zoom, x, y);
        drawn.incrementAndGet();
        byte[] encoded = RunLengthTile.encode(TileImages.pixels(image));
        memory.put(key, encoded);
        disk.write(zoom, x, y, encoded);
        return encoded.length == 0 ? null : TileImages.of(image);
    }

    private byte[] drawRuns(long key, int zoom, long x, long y) {
        byte[] kept = disk.read(zoom, x, y);
        if (kept != null) {
            memory.put(key, kept);
            return kept;
        }
        if (!painter.draws(zoom, x, y)) {
            memory.put(key, RunLengthTile.NOTHING);
            disk.write(zoom, x, y, RunLengthTile.NOTHING);
            return RunLengthTile.NOTHING;
        }
        byte[] encoded = paintedRuns(zoom, x, y);
        if (encoded == null) {
            encoded = RunLengthTile.encode(painter.renderPixels(zoom, x, y, scratch::get));
        }
        drawn.incrementAndGet();
        memory.put(key, encoded);
        disk.write(zoom, x, y, encoded);
        return encoded;
    }

    /**
     * The tile's runs as the painter writes them, when it writes its tiles as runs (a county choropleth recoloured):
     * no array of pixels written and scanned again; null when it does not.
     */
    private byte[] paintedRuns(int zoom, long x, long y) {
        PixelRuns runs = runScratch.get();
        return painter.renderRuns(zoom, x, y, runs) ? RunLengthTile.encode(runs) : null;
    }
}
