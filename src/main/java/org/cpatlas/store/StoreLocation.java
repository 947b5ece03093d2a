package org.cpatlas.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the atlas database is and whose file it is, which decides what the atlas may do with it when it fails its
 * check at start.
 *
 * @param file  the database file, possibly a symbolic link
 * @param owner whose file it is
 */
public record StoreLocation(Path file, Owner owner) {

    /** Whose file it is. */
    public enum Owner {
        /**
         * The atlas's own copy of its bundled data, in the user's data folder: nothing in it is the user's, so a file
         * that fails its check is moved aside (its bytes kept, its new name in the warning) and built again.
         */
        ATLAS,
        /**
         * A file the user named ({@code --db}, {@code -Dcpatlas.db}): the atlas cannot know what else it may be to the
         * user, so a file that fails its check is left exactly as it is and a temporary copy is used, with a warning.
         */
        USER
    }

    public StoreLocation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(owner, "owner");
    }

    /** The atlas's own database file. */
    public static StoreLocation atlasOwned(Path file) {
        return new StoreLocation(file, Owner.ATLAS);
    }

    /** A database file the user named. */
    public static StoreLocation userGiven(Path file) {
        return new StoreLocation(file, Owner.USER);
    }
}
