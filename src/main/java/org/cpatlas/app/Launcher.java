package org.cpatlas.app;

import org.cpatlas.core.UserDirectories;
import org.cpatlas.cli.AtlasCli;

/**
 * Entry point of {@code atlas.jar}: no arguments open the window, arguments run a headless command.
 * A plain class (not a JavaFX Application) so that the shaded jar starts from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // Java2D draws tiles and pages off-screen only; AWT must never try to open a display of its own.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        System.exit(run(args));
    }

    /** The exit code for these arguments; separate from {@link #main} so tests need not exit the JVM. */
    static int run(String[] args) {
        return run(args, DesktopLauncher::launch);
    }

    /** Dispatch with the window's launcher given, so a test can check which way arguments go without a display. */
    static int run(String[] args, java.util.function.ToIntFunction<String[]> desktop) {
        if (args.length == 0) {
            return desktop.applyAsInt(args);
        }
        // The command line sets up its logging first, then keeps SQLite's library in the cache: a cache that cannot
        // be written must not print anything on standard output, which carries the command's output alone.
        return AtlasCli.run(args, UserDirectories.fromSystem().cacheDirectory());
    }
}
