package org.cpatlas.cli;

import java.nio.file.Path;
import org.cpatlas.store.UserDataStore;

/** Opens the user database (imported tables) for a command; tests pass one that opens a temporary file. */
@FunctionalInterface
public interface UserDataFactory {

    /** Opens the user database that goes with the atlas database {@code explicitAtlasDb} ({@code --db}, or null). */
    UserDataStore open(Path explicitAtlasDb);
}
