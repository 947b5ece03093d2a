package org.cpatlas.app;

import org.cpatlas.cli.AtlasCli;

/**
 * Entry point of {@code atlas.jar}: no arguments open the window, arguments run a headless command.
 * A plain class (not a JavaFX Application) so that the shaded jar starts from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** The exit code for these arguments; separate from {@link #main} so tests need not exit the JVM. */
    static int run(String[] args) {
        if (args.length == 0) {
            return DesktopLauncher.launch(args);
        }
        return AtlasCli.run(args);
    }
}
