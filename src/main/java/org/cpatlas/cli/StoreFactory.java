package org.cpatlas.cli;

import java.nio.file.Path;
import org.cpatlas.store.AtlasStore;

/** Opens the store for a command; tests pass one that builds a store in a temporary folder. */
@FunctionalInterface
public interface StoreFactory {

    /** Opens the store; {@code explicitDb} is the {@code --db} value or null. */
    AtlasStore open(Path explicitDb);
}
