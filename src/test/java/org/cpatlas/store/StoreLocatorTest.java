package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the database lives. */
class StoreLocatorTest {

    @Test
    void xdgDataHomeIsUsedWhenSet() {
        StoreLocator locator = new StoreLocator(Map.of("XDG_DATA_HOME", "/data/me"), "/home/me", null);
        assertThat(locator.locate(null)).isEqualTo(Path.of("/data/me/cpatlas/atlas.db"));
    }

    @Test
    void homeLocalShareIsTheDefault() {
        StoreLocator locator = new StoreLocator(Map.of(), "/home/me", null);
        assertThat(locator.locate(null)).isEqualTo(Path.of("/home/me/.local/share/cpatlas/atlas.db"));
    }

    @Test
    void relativeXdgDataHomeIsIgnoredAsTheSpecSays() {
        StoreLocator locator = new StoreLocator(Map.of("XDG_DATA_HOME", "relative/dir"), "/home/me", null);
        assertThat(locator.locate(null)).isEqualTo(Path.of("/home/me/.local/share/cpatlas/atlas.db"));
    }

    @Test
    void systemPropertyOverridesTheDefaultAndDbOptionOverridesBoth() {
        StoreLocator locator = new StoreLocator(Map.of("XDG_DATA_HOME", "/data/me"), "/home/me", "/tmp/prop.db");
        assertThat(locator.locate(null)).isEqualTo(Path.of("/tmp/prop.db"));
        assertThat(locator.locate(Path.of("/tmp/option.db"))).isEqualTo(Path.of("/tmp/option.db"));
    }

    @Test
    void theFileInTheDataFolderIsTheAtlasOwnAndANamedOneTheUsers() {
        StoreLocator plain = new StoreLocator(Map.of(), "/home/me", null);
        assertThat(plain.location(null)).isEqualTo(StoreLocation.atlasOwned(
                Path.of("/home/me/.local/share/cpatlas/atlas.db")));
        assertThat(plain.location(Path.of("/tmp/option.db"))).isEqualTo(StoreLocation.userGiven(
                Path.of("/tmp/option.db")));
        StoreLocator property = new StoreLocator(Map.of(), "/home/me", "/tmp/prop.db");
        assertThat(property.location(null)).isEqualTo(StoreLocation.userGiven(Path.of("/tmp/prop.db")));
    }

    @Test
    void theCacheFolderFollowsXdgCacheHomeUnlessItIsRelative() {
        assertThat(new StoreLocator(Map.of("XDG_CACHE_HOME", "/cache/me"), "/home/me", null).cacheDirectory())
                .isEqualTo(Path.of("/cache/me/cpatlas"));
        assertThat(new StoreLocator(Map.of("XDG_CACHE_HOME", "rel"), "/home/me", null).cacheDirectory())
                .isEqualTo(Path.of("/home/me/.cache/cpatlas"));
        assertThat(new StoreLocator(Map.of(), "/home/me", null).cacheDirectory())
                .isEqualTo(Path.of("/home/me/.cache/cpatlas"));
    }
}
