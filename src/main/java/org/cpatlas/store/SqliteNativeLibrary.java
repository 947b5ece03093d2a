package org.cpatlas.store;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.cpatlas.files.CachedResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, loaded from a copy in the user's cache. Left to itself, sqlite-jdbc extracts the library
 * from its jar into the temporary folder at every start, under a new name, and compares the two byte by byte before
 * loading it: about 1 MB, 20-40 ms of a window's start on two cores (bench/README.md). Its system properties
 * {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name} make it load a given file instead, and it falls back
 * to extracting when that file cannot be loaded.
 */
public final class SqliteNativeLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /**
     * Points sqlite-jdbc at the copy of its library in {@code cacheDirectory}, made on first use. Call before the
     * first connection. Does nothing when the user set the properties, and returns false when there is no copy to
     * use (no cache, no library for this platform): sqlite-jdbc then extracts it as usual.
     */
    public static boolean useCopyIn(Path cacheDirectory) {
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
            return false;
        }
        Optional<Path> copy = copyIn(cacheDirectory);
        copy.ifPresent(file -> {
            System.setProperty(PATH_PROPERTY, file.getParent().toString());
            System.setProperty(NAME_PROPERTY, file.getFileName().toString());
        });
        return copy.isPresent();
    }

    /**
     * The copy of the library in {@code cacheDirectory}, made if missing. Its folder is named by sqlite-jdbc's
     * version and the platform, so another version's library is never loaded; where it lies inside the jar is only
     * worked out (sqlite-jdbc probes the C library for that) when the copy is made.
     */
    static Optional<Path> copyIn(Path cacheDirectory) {
        String version = SQLiteJDBCLoader.getVersion();
        if (cacheDirectory == null || version == null || version.isBlank() || version.equals("unknown")) {
            return Optional.empty();
        }
        String platform = (System.getProperty("os.name") + "-" + System.getProperty("os.arch"))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
        Path directory = cacheDirectory.resolve("native").resolve("sqlite-jdbc-" + version + "-" + platform);
        String name = System.mapLibraryName("sqlitejdbc");
        try {
            return Optional.of(CachedResource.copyOnce(directory, name, -1, () -> {
                String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/"
                        + LibraryLoaderUtil.getNativeLibName();
                URL url = SqliteNativeLibrary.class.getResource(resource);
                if (url == null) {
                    throw new IOException("no " + resource + " in sqlite-jdbc for this platform");
                }
                return url.openStream();
            }));
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.debug("cannot keep SQLite's library in {}; sqlite-jdbc extracts it", directory, e);
            return Optional.empty();
        }
    }
}
