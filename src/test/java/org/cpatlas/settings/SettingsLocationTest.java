package org.cpatlas.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsLocationTest {

    @Test
    void linuxUsesXdgConfigHome() {
        assertThat(linux(Map.of("XDG_CONFIG_HOME", "/data/conf")).file())
                .isEqualTo(Path.of("/data/conf/cpatlas/settings.properties"));
    }

    @Test
    void linuxWithoutXdgConfigHomeUsesDotConfig() {
        assertThat(linux(Map.of()).file()).isEqualTo(Path.of("/home/li/.config/cpatlas/settings.properties"));
        assertThat(linux(Map.of("XDG_CONFIG_HOME", " ")).file())
                .isEqualTo(Path.of("/home/li/.config/cpatlas/settings.properties"));
    }

    @Test
    void aRelativeXdgConfigHomeIsIgnoredAsTheSpecificationSays() {
        assertThat(linux(Map.of("XDG_CONFIG_HOME", "conf")).file())
                .isEqualTo(Path.of("/home/li/.config/cpatlas/settings.properties"));
    }

    @Test
    void windowsUsesAppData() {
        SettingsLocation windows = new SettingsLocation(Map.of("APPDATA", "/C/Users/li/AppData/Roaming"),
                "/C/Users/li", "Windows 11", null);
        assertThat(windows.directory()).isEqualTo(Path.of("/C/Users/li/AppData/Roaming/cpatlas"));
        assertThat(new SettingsLocation(Map.of(), "/C/Users/li", "Windows 10", null).directory())
                .isEqualTo(Path.of("/C/Users/li/AppData/Roaming/cpatlas"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(new SettingsLocation(Map.of("XDG_CONFIG_HOME", "/x"), "/Users/li", "Mac OS X", null).directory())
                .isEqualTo(Path.of("/Users/li/Library/Application Support/cpatlas"));
    }

    @Test
    void theSystemPropertyNamesAnotherFile() {
        assertThat(new SettingsLocation(Map.of(), "/home/li", "Linux", "/tmp/other.properties").file())
                .isEqualTo(Path.of("/tmp/other.properties"));
    }

    private static SettingsLocation linux(Map<String, String> env) {
        return new SettingsLocation(env, "/home/li", "Linux", null);
    }
}
