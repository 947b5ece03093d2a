package org.cpatlas.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.geo.MapSource;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.IndicatorCatalog;
import org.cpatlas.store.UserDataOpener;
import org.cpatlas.store.UserDataStore;
import org.cpatlas.store.SqliteNativeLibrary;

/**
 * The atlas without its window: map layers, the figures store and the user's own database of imported tables,
 * opened together for the window and for headless commands. Closing it closes both databases.
 *
 * @param maps     the map layers
 * @param store    the figures database (may be an in-memory copy when the user's file cannot be used)
 * @param userData the tables the user imported (beside the figures database; an empty temporary copy when its file
 *                 cannot be used, with a warning)
 * @param bundledMaps the map layers as loaded, with the bundled county list; {@code maps} are these with the
 *                 regions of the county list in force ({@link MembershipMaps}), the same object for the bundled list
 * @param regionSummaries the regions with their Table 1 rates (sources and flags), as the figures database gave them
 *                 when the atlas opened: read on the thread that opened the database, so that the window's first view
 *                 needs no read of the database on the JavaFX thread. The figures database is not written while it is
 *                 open, so these are what {@code store.repository().regions()} gives.
 */
public record AtlasCore(MapData maps, AtlasStore store, UserDataStore userData, MapData bundledMaps,
                        List<RegionSummary> regionSummaries) implements AutoCloseable {

    public AtlasCore {
        Objects.requireNonNull(maps, "maps");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(userData, "userData");
        Objects.requireNonNull(bundledMaps, "bundledMaps");
        regionSummaries = List.copyOf(regionSummaries);
    }

    /** With the maps of the bundled list; the regions are read from the store now, on the calling thread. */
    public AtlasCore(MapData maps, AtlasStore store, UserDataStore userData) {
        this(maps, store, userData, maps, store.repository().regions());
    }

    /** The same atlas with the maps of another county list (built by {@link MembershipMaps#apply}). */
    public AtlasCore withMaps(MapData inForce) {
        return new AtlasCore(inForce, store, userData, bundledMaps, regionSummaries);
    }

    /** Without a user database file: imports go to an empty temporary one (tests). */
    public AtlasCore(MapData maps, AtlasStore store) {
        this(maps, store, UserDataOpener.standard().inMemory(List.of()));
    }

    /** Bundled and imported indicators together. */
    public IndicatorCatalog indicators() {
        return new IndicatorCatalog(store.repository(), userData.datasets());
    }

    /**
     * Opens both. Errors are the typed, user-facing exceptions of geo and store.
     *
     * @param mapsDir a maps folder chosen by the user, or null for the default search (./maps, then bundled)
     * @param dbFile  a database file chosen by the user, or null for the user's data directory
     */
    public static AtlasCore open(Path mapsDir, Path dbFile, LoadProgress progress) {
        return open(
                maps -> {
                    // Decoded layers kept from an earlier start: decoding the shapefiles was most of the loading.
                    MapData loaded = MapData.load(MapSource.locate(mapsDir), maps,
                            ValidityMemoFile.inCache(UserDirectories.fromSystem()),
                            LayerSnapshotFiles.inCache(UserDirectories.fromSystem()));
                    // Where the region and province labels sit, found at an earlier start: the window's first frame
                    // waits for its labels, and finding them again took half a second of a processor it needed.
                    loaded.drawable().recallLabelSites(LabelSiteMemoFile.inCache(UserDirectories.fromSystem()));
                    return loaded;
                },
                () -> {
                    SqliteNativeLibrary.useCopyIn(UserDirectories.fromSystem().cacheDirectory());
                    return AtlasStore.open(dbFile);
                },
                () -> UserDataStore.open(dbFile),
                progress);
    }

    /** Reads the map layers: the part of loading that {@link #open(MapsLoader, StoreLoader, LoadProgress)} runs here. */
    @FunctionalInterface
    public interface MapsLoader {
        MapData load(LoadProgress progress);
    }

    /** Opens the figures database: the part of loading that runs on a thread of its own. */
    @FunctionalInterface
    public interface StoreLoader {
        AtlasStore open();
    }

    /** Opens the user's own database: after the figures database, on the same thread (both need SQLite's library). */
    @FunctionalInterface
    public interface UserDataLoader {
        UserDataStore open();
    }

    /** As {@link #open(MapsLoader, StoreLoader, UserDataLoader, LoadProgress)} with an empty temporary user database. */
    public static AtlasCore open(MapsLoader mapsLoader, StoreLoader storeLoader, LoadProgress progress) {
        return open(mapsLoader, storeLoader, () -> UserDataOpener.standard().inMemory(List.of()), progress);
    }

    /**
     * Opens all three with the given loaders (tests give loaders that fail, to check that every failure reaches the
     * user in words). Errors are the loaders' own, the stores' rethrown here as if opened on this thread.
     */
    public static AtlasCore open(MapsLoader mapsLoader, StoreLoader storeLoader, UserDataLoader userDataLoader,
                                 LoadProgress progress) {
        // Maps and store do not depend on each other: the store (SQLite, schema check, first-start import) opens on a
        // second thread while this one reads the shapefiles, which shortens the start by the shorter of the two.
        // That thread also reads what the window's first view shows of the figures (the regions and their rates),
        // which the window's thread read from the database on the way to its first frame.
        FutureTask<StoreAndRegions> storeTask = new FutureTask<>(() -> StoreAndRegions.read(storeLoader.open()));
        // The user's own database opens after the atlas database, on the same thread: both need SQLite's library.
        FutureTask<UserDataStore> userTask = new FutureTask<>(userDataLoader::open);
        Thread storeThread = new Thread(() -> {
            storeTask.run();
            userTask.run();
        }, "atlas-store-open");
        storeThread.setDaemon(true);
        storeThread.start();
        MapData maps;
        try {
            maps = mapsLoader.load(progress);
        } catch (RuntimeException | Error e) {
            closeWhenOpened(storeTask);
            closeWhenOpened(userTask);
            throw e;
        }
        progress.report(0.7, "loading.store");
        StoreAndRegions opened;
        try {
            opened = await(storeTask);
        } catch (RuntimeException | Error e) {
            closeWhenOpened(userTask);
            throw e;
        }
        UserDataStore userData;
        try {
            userData = await(userTask);
        } catch (RuntimeException | Error e) {
            opened.store().close();
            throw e;
        }
        progress.report(0.9, "loading.store");
        return new AtlasCore(maps, opened.store(), userData, maps, opened.regions())
                .withMaps(inForce(maps, userData));
    }

    /** The figures database as opened, and its regions read on the thread that opened it. */
    private record StoreAndRegions(AtlasStore store, List<RegionSummary> regions) implements AutoCloseable {

        /** Reads the regions; a database that cannot give them is closed and its error (in words) passed on. */
        static StoreAndRegions read(AtlasStore store) {
            try {
                return new StoreAndRegions(store, store.repository().regions());
            } catch (RuntimeException | Error e) {
                store.close();
                throw e;
            }
        }

        @Override
        public void close() {
            store.close();
        }
    }

    /**
     * The maps of the county list the user chose (remembered in the user database); the bundled maps when it is the
     * bundled list, or when the chosen list cannot be read (logged: the atlas still opens, with today's regions).
     */
    static MapData inForce(MapData bundled, UserDataStore userData) {
        try {
            String name = userData.memberships().inForce();
            return userData.memberships().list(name).map(list -> MembershipMaps.apply(bundled, list, p -> { }))
                    .orElse(bundled);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(AtlasCore.class).warn("the county list in force could not be applied;"
                    + " the bundled regions are shown", e);
            return bundled;
        }
    }

    /** The store, or the store's own (typed, user-facing) exception as if it had been opened on this thread. */
    private static <T> T await(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the atlas database", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** When the maps fail, the store that is still opening is closed once it is open, so no connection leaks. */
    private static void closeWhenOpened(FutureTask<? extends AutoCloseable> task) {
        Thread closer = new Thread(() -> {
            try {
                task.get().close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // it failed to open: nothing to close, and the maps' error is the one reported
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(AtlasCore.class).debug("closing after a failed start", e);
            }
        }, "atlas-store-close");
        closer.setDaemon(true);
        closer.start();
    }

    /** Things the user should know that did not stop the atlas (e.g. "using a temporary copy of the database"). */
    public List<String> warnings() {
        List<String> all = new java.util.ArrayList<>(store.warnings());
        all.addAll(userData.warnings());
        return all;
    }

    @Override
    public void close() {
        store.close();
        userData.close();
    }
}
