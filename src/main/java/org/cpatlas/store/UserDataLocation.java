package org.cpatlas.store;

import java.nio.file.Path;

/**
 * Where the user's own data (imported tables) lives: a database of its own beside the atlas database, named after
 * it ({@code atlas.db} → {@code datasets.db}, {@code my.db} → {@code my.datasets.db}), because the atlas database is
 * rebuilt from the bundled data whenever that changes or the file is damaged, and a rebuild must never touch an
 * import.
 */
public final class UserDataLocation {

    private UserDataLocation() {
    }

    /** The user database that goes with an atlas database file. */
    public static Path beside(Path atlasDb) {
        Path file = atlasDb.toAbsolutePath().normalize();
        String name = file.getFileName().toString();
        if (name.equals(StoreLocator.DB_FILE)) {
            return file.resolveSibling("datasets.db");
        }
        String stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        return file.resolveSibling(stem + ".datasets.db");
    }

    /** The user database for {@code --db} (or null for the default place), as the atlas database is located. */
    public static Path forAtlasDb(Path explicitAtlasDb) {
        return beside(StoreLocator.fromSystem().locate(explicitAtlasDb));
    }
}
