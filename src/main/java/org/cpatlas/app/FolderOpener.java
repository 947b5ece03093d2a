package org.cpatlas.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.cpatlas.ui.help.HelpContext;

/**
 * Shows a folder in the platform's file manager ("Open the data folder"): made first if it does not exist yet (the
 * database lives in memory until the first start that can write it), then handed to JavaFX's host services, which run
 * xdg-open on Linux, Explorer on Windows and Finder on macOS. On Linux without xdg-open (a server, a minimal desktop)
 * it says so, and Help shows the folder's path instead.
 */
final class FolderOpener implements HelpContext.FolderOpener {

    private final Consumer<String> showDocument;
    private final String osName;
    private final Map<String, String> environment;

    FolderOpener(Consumer<String> showDocument, String osName, Map<String, String> environment) {
        this.showDocument = showDocument;
        this.osName = osName == null ? "" : osName;
        this.environment = environment;
    }

    @Override
    public boolean open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return false;
        }
        if (!osName.startsWith("Windows") && !osName.startsWith("Mac") && !onPath("xdg-open")) {
            return false;
        }
        showDocument.accept(folder.toUri().toString());
        return true;
    }

    private boolean onPath(String program) {
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
