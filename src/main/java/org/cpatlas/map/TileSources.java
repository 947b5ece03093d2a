package org.cpatlas.map;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;

/**
 * The one place the offline tile retriever finds its tile source.
 * This is the project's single piece of global state, and deliberately so: Gluon Maps creates its
 * TileRetriever through ServiceLoader and keeps it in a static field, so nothing can hand it an instance.
 * Until the atlas installs a source (or if it never does, as in a test), tiles are blank, never fetched.
 */
public final class TileSources {

    private static final AtomicReference<TileSource> CURRENT = new AtomicReference<>();

    private TileSources() {
    }

    public static void install(TileSource source) {
        CURRENT.set(source);
    }

    public static void uninstall(TileSource source) {
        CURRENT.compareAndSet(source, null);
    }

    static CompletableFuture<Image> tile(int zoom, long x, long y) {
        TileSource source = CURRENT.get();
        if (source == null) {
            return CompletableFuture.completedFuture(new WritableImage(256, 256));
        }
        return source.tile(zoom, x, y);
    }

    /** Offers the source the picture a map view about to be replaced shows for a tile (see {@link TileSource#keep}). */
    static void keep(int zoom, long x, long y, Image picture) {
        TileSource source = CURRENT.get();
        if (source != null) {
            source.keep(zoom, x, y, picture);
        }
    }

    /** True while the installed source shows no basemap (see {@link TileService#showBlank}). */
    static boolean blank() {
        return CURRENT.get() instanceof TileService service && service.blank();
    }

    /**
     * True while the installed source keeps basemap pictures for a switch back (see {@link TileService#keep}): they
     * are let go when the map lets go of a tile of their level, which only a map that manages its tiles does.
     */
    static boolean keepsPictures() {
        return CURRENT.get() instanceof TileService service && service.keptPictureCount() > 0;
    }

    /** Tells the source that the map has let go of a tile. */
    static void forget(int zoom, long x, long y) {
        TileSource source = CURRENT.get();
        if (source != null) {
            source.forget(zoom, x, y);
        }
    }
}
