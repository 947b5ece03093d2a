package org.cpatlas.core;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The per-user cache directory (XDG on Linux), so tiles survive restarts without touching the install. */
public record UserDirectories(Map<String, String> environment, String userHome) {

    public static UserDirectories fromSystem() {
        return new UserDirectories(System.getenv(), System.getProperty("user.home"));
    }

    /** $XDG_CACHE_HOME/cpatlas, else ~/.cache/cpatlas. */
    public Path cacheDirectory() {
        return xdgBase("XDG_CACHE_HOME").orElse(Path.of(userHome, ".cache")).resolve("cpatlas");
    }

    /**
     * The base directory an XDG variable names, when it is usable: the XDG Base Directory specification says a
     * relative path in it is invalid and must be ignored (else the cache would land wherever the atlas was started).
     */
    Optional<Path> xdgBase(String variable) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(value);
            return path.isAbsolute() ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
