package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.cpatlas.geo.AtlasLayerPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ValidityMemo;
import org.cpatlas.render.MapLayers;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.RegionStyling;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The region overlay keeps its tiles on disk under one name per look: the theme and the values change the name, the
 * same look names the same folder again, and without a known build nothing is kept.
 */
class RegionTileLooksTest {

    @TempDir
    Path cache;

    private final ExecutorService threads = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private static RegionStyling urbanization(String wuling, MapTheme theme) {
        return RegionStyling.choropleth(Map.of("wuling", new BigDecimal(wuling), "liupan", new BigDecimal("20.10")),
                theme);
    }

    @Test
    void eachLookHasItsFolderAndTheSameLookFindsItsOwnAgain() throws Exception {
        MapLayers layers = MapLayers.load(MapSource.locate(null), AtlasLayerPolicy.reader(ValidityMemo.NONE), false);
        MapTheme light = MapTheme.light();
        Path kept = cache.resolve("kept");
        Path notKept = cache.resolve("not-kept");
        WaitForAsyncUtils.asyncFx(() -> {
            RegionOverlay overlay = new RegionOverlay(layers, light, urbanization("31.88", light), () -> null, threads);
            overlay.keepRegionTilesIn(kept, "jar 1@2 maps");
            overlay.setTheme(MapTheme.dark());
            overlay.setTheme(light);
            overlay.setStyling(urbanization("30.00", light));
            overlay.setStyling(urbanization("31.88", light));

            RegionOverlay unknownBuild = new RegionOverlay(layers, light, urbanization("31.88", light), () -> null,
                    threads);
            unknownBuild.keepRegionTilesIn(notKept, null);
            unknownBuild.setTheme(MapTheme.dark());
        }).get();

        assertThat(folders(kept)).as("light, dark, and light with other values").hasSize(3);
        for (Path folder : folders(kept)) {
            assertThat(Files.readString(folder.resolve("look.txt"))).startsWith("jar 1@2 maps regions ");
        }
        assertThat(Files.exists(notKept)).isFalse();
    }

    private static List<Path> folders(Path root) throws Exception {
        try (Stream<Path> all = Files.list(root)) {
            return all.filter(Files::isDirectory).toList();
        }
    }
}
