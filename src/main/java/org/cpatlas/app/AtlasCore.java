package org.cpatlas.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.cpatlas.geo.MapSource;
import org.cpatlas.store.AtlasStore;

/**
 * The atlas without its window: map layers and the figures store, opened together for the window and for
 * headless commands. Closing it closes the database.
 *
 * @param maps  the map layers
 * @param store the figures database (may be an in-memory copy when the user's file cannot be used)
 */
public record AtlasCore(MapData maps, AtlasStore store) implements AutoCloseable {

    public AtlasCore {
        Objects.requireNonNull(maps, "maps");
        Objects.requireNonNull(store, "store");
    }

    /**
     * Opens both. Errors are the typed, user-facing exceptions of geo and store.
     *
     * @param mapsDir a maps folder chosen by the user, or null for the default search (./maps, then bundled)
     * @param dbFile  a database file chosen by the user, or null for the user's data directory
     */
    public static AtlasCore open(Path mapsDir, Path dbFile, LoadProgress progress) {
        MapData maps = MapData.load(MapSource.locate(mapsDir), progress);
        progress.report(0.7, "loading.store");
        AtlasStore store = AtlasStore.open(dbFile);
        progress.report(0.9, "loading.store");
        return new AtlasCore(maps, store);
    }

    /** Things the user should know that did not stop the atlas (e.g. "using a temporary copy of the database"). */
    public List<String> warnings() {
        return store.warnings();
    }

    @Override
    public void close() {
        store.close();
    }
}
