package org.cpatlas.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cache folder follows the XDG Base Directory specification, which says a relative path is to be ignored. */
class UserDirectoriesTest {

    @Test
    void anAbsoluteXdgCacheHomeIsUsed() {
        assertThat(new UserDirectories(Map.of("XDG_CACHE_HOME", "/var/cache/me"), "/home/me").cacheDirectory())
                .isEqualTo(Path.of("/var/cache/me/cpatlas"));
    }

    @Test
    void aRelativeBlankOrMissingXdgCacheHomeIsIgnored() {
        for (String value : new String[] {"cache", "./cache", "~/cache", "", "  "}) {
            assertThat(new UserDirectories(Map.of("XDG_CACHE_HOME", value), "/home/me").cacheDirectory())
                    .as("'" + value + "'").isEqualTo(Path.of("/home/me/.cache/cpatlas"));
        }
        assertThat(new UserDirectories(Map.of(), "/home/me").cacheDirectory())
                .isEqualTo(Path.of("/home/me/.cache/cpatlas"));
    }
}
