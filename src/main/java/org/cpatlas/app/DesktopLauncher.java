package org.cpatlas.app;

/** Placeholder for the window's entry point; the UI engineer replaces it with the JavaFX launch. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /** Opens the window and returns the exit code once it closes. */
    public static int launch(String[] args) {
        System.err.println("The atlas window is not in this build yet");
        return 1;
    }
}
