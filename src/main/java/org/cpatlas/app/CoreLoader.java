package org.cpatlas.app;

import org.cpatlas.core.LoadProgress;
import org.cpatlas.core.AtlasCore;

/**
 * How the window gets its maps and figures, off the JavaFX thread. The application's own loads the user's maps and
 * database ({@link AtlasCore#open(java.nio.file.Path, java.nio.file.Path, LoadProgress)}); a test gives one that fails
 * in a chosen way, to check that the window ends on the start-up view with the reason in words.
 */
@FunctionalInterface
public interface CoreLoader {

    /** Loads the atlas, reporting progress; throws whatever went wrong. */
    AtlasCore open(LoadProgress progress);
}
