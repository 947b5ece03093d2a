package org.cpatlas.app;

import javafx.application.Application;

/** Opens the atlas window; returns when it is closed. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /** Opens the window and returns the exit code once it closes. */
    public static int launch(String[] args) {
        Application.launch(AtlasApplication.class, args);
        return 0;
    }
}
