package org.cpatlas.map;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tiles being produced on drawing threads, by key: a tile asked for again while it is being made is made once, and a
 * tile that fails is logged and reported through its future. Shared by the basemap's and the overlays' services.
 */
final class TileRequests<T> {

    private static final Logger LOG = LoggerFactory.getLogger(TileRequests.class);

    private final ExecutorService executor;
    private final ConcurrentHashMap<Long, CompletableFuture<T>> inFlight = new ConcurrentHashMap<>();

    TileRequests(ExecutorService executor) {
        this.executor = executor;
    }

    static long key(int zoom, long x, long y) {
        return ((long) zoom << 58) | (x << 29) | y;
    }

    /** The tile being made for {@code key}, or a new one made by {@code producer} on a drawing thread. */
    CompletableFuture<T> request(long key, Supplier<T> producer) {
        return request(key, producer, () -> true);
    }

    /**
     * As {@link #request(long, Supplier)}, but a tile no longer {@code wanted} when a drawing thread gets to it is
     * not made: its future is cancelled. Zooming through levels asks for whole screens of tiles that are out of
     * view a frame later; made anyway, they kept both processors busy while the frames of the zoom were painted.
     */
    CompletableFuture<T> request(long key, Supplier<T> producer, BooleanSupplier wanted) {
        CompletableFuture<T> created = new CompletableFuture<>();
        CompletableFuture<T> pending = inFlight.putIfAbsent(key, created);
        if (pending != null) {
            return pending;
        }
        // Completed outside any map operation: a fast tile may finish before this method returns.
        try {
            executor.execute(() -> produce(key, created, producer, wanted));
        } catch (RejectedExecutionException e) {
            // The drawing threads have stopped (the window is closing; a zoom that stopped just then asks for its
            // tiles): nothing to draw them with, and nobody to show them to. An empty tile, not a failure thrown
            // into the map's layout (Gluon Maps reads a done tile at once), nor a cancellation (a layer asks again
            // for a tile cancelled while in view).
            inFlight.remove(key);
            created.complete(null);
        }
        return created;
    }

    private void produce(long key, CompletableFuture<T> created, Supplier<T> producer,
            BooleanSupplier wanted) {
        if (!wanted.getAsBoolean()) {
            inFlight.remove(key);
            created.cancel(false);
            return;
        }
        try {
            T tile = producer.get();
            inFlight.remove(key);
            created.complete(tile);
        } catch (RuntimeException | Error e) {
            inFlight.remove(key);
            LOG.warn("tile {}/{}/{} failed: {}", key >>> 58, (key >>> 29) & ((1L << 29) - 1),
                    key & ((1L << 29) - 1), e.toString());
            created.completeExceptionally(e);
        }
    }

    /** Tiles requested and not yet made. */
    int pending() {
        return inFlight.size();
    }
}
