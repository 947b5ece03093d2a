package org.cpatlas.app;

import java.nio.file.Path;
import java.util.Map;

/** The per-user cache directory (XDG on Linux), so tiles survive restarts without touching the install. */
public record UserDirectories(Map<String, String> environment, String userHome) {

    public static UserDirectories fromSystem() {
        return new UserDirectories(System.getenv(), System.getProperty("user.home"));
    }

    /** $XDG_CACHE_HOME/cpatlas, else ~/.cache/cpatlas. */
    public Path cacheDirectory() {
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".cache");
        return base.resolve("cpatlas");
    }
}
