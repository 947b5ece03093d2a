package org.cpatlas.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Chooses where the atlas database lives: {@code --db PATH}, else the {@value #DB_PROPERTY} system property,
 * else {@code $XDG_DATA_HOME/cpatlas/atlas.db}, else {@code ~/.local/share/cpatlas/atlas.db}.
 *
 * <p>Built from explicit values (not read from the environment inside) so tests can point it anywhere.
 */
public record StoreLocator(Map<String, String> environment, String userHome, String dbProperty) {

    /** System property that overrides the database location, like {@code --db}. */
    public static final String DB_PROPERTY = "cpatlas.db";
    static final String APP_DIR = "cpatlas";
    static final String DB_FILE = "atlas.db";

    public StoreLocator {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(userHome, "userHome");
    }

    /** The locator for this process: its environment, home and system properties. */
    public static StoreLocator fromSystem() {
        return new StoreLocator(System.getenv(), System.getProperty("user.home"), System.getProperty(DB_PROPERTY));
    }

    /** The database file to use; {@code explicit} (from {@code --db}) wins when not null. */
    public Path locate(Path explicit) {
        if (explicit != null) {
            return explicit.toAbsolutePath();
        }
        if (dbProperty != null && !dbProperty.isBlank()) {
            return Path.of(dbProperty).toAbsolutePath();
        }
        return dataDirectory().resolve(DB_FILE);
    }

    /**
     * The database file and whose it is: a file named with {@code --db} or the system property is the user's, the one
     * in the data folder the atlas's own (see {@link StoreLocation.Owner}).
     */
    public StoreLocation location(Path explicit) {
        boolean named = explicit != null || (dbProperty != null && !dbProperty.isBlank());
        Path file = locate(explicit);
        return named ? StoreLocation.userGiven(file) : StoreLocation.atlasOwned(file);
    }

    /** The atlas's folder in the user's cache directory (XDG base directory rules): what the atlas may forget. */
    public Path cacheDirectory() {
        String xdg = environment.get("XDG_CACHE_HOME");
        // As for XDG_DATA_HOME: a relative value is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, APP_DIR);
        }
        return Path.of(userHome, ".cache", APP_DIR);
    }

    /** The atlas's folder in the user's data directory (XDG base directory rules). */
    public Path dataDirectory() {
        String xdg = environment.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, APP_DIR);
        }
        return Path.of(userHome, ".local", "share", APP_DIR);
    }
}
