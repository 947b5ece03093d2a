package org.cpatlas.settings;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the settings file lives, by the platform's rules: {@value #FILE_PROPERTY} when set; on Linux and other
 * Unixes {@code $XDG_CONFIG_HOME/cpatlas/settings.properties}, else {@code ~/.config/cpatlas/...} (a relative
 * {@code XDG_CONFIG_HOME} is ignored, as the XDG specification says); on Windows {@code %APPDATA%\cpatlas\...}; on
 * macOS {@code ~/Library/Application Support/cpatlas/...}. Built from explicit values so tests can point it anywhere.
 *
 * @param environment  the process environment
 * @param userHome     the user's home folder
 * @param osName       the {@code os.name} system property
 * @param fileProperty the {@value #FILE_PROPERTY} system property, or null
 */
public record SettingsLocation(Map<String, String> environment, String userHome, String osName,
        String fileProperty) {

    /** System property naming another settings file (for scripts, screenshots and a second profile). */
    public static final String FILE_PROPERTY = "cpatlas.settings";
    static final String APP_DIR = "cpatlas";
    static final String FILE_NAME = "settings.properties";

    public SettingsLocation {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(userHome, "userHome");
        osName = osName == null ? "" : osName;
    }

    /** The location for this process: its environment, home, platform and system properties. */
    public static SettingsLocation fromSystem() {
        return new SettingsLocation(System.getenv(), System.getProperty("user.home"), System.getProperty("os.name"),
                System.getProperty(FILE_PROPERTY));
    }

    /** The settings file. */
    public Path file() {
        if (fileProperty != null && !fileProperty.isBlank()) {
            return Path.of(fileProperty).toAbsolutePath();
        }
        return directory().resolve(FILE_NAME);
    }

    /** The atlas's folder for its settings. */
    public Path directory() {
        if (osName.startsWith("Windows")) {
            return absolute("APPDATA").orElse(Path.of(userHome, "AppData", "Roaming")).resolve(APP_DIR);
        }
        if (osName.startsWith("Mac")) {
            return Path.of(userHome, "Library", "Application Support", APP_DIR);
        }
        return absolute("XDG_CONFIG_HOME").orElse(Path.of(userHome, ".config")).resolve(APP_DIR);
    }

    private java.util.Optional<Path> absolute(String variable) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            Path path = Path.of(value);
            return path.isAbsolute() ? java.util.Optional.of(path) : java.util.Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }
}
