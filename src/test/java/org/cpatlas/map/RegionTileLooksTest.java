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
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.RegionStyling;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The region overlay keeps its tiles on disk under one name per look: the theme and the values change the name, the
 * same look names the same folder again, and without a known build nothing is kept. A look's folder is made when its
 * first tile is drawn or read, on a drawing thread, never at the look change on the JavaFX thread.
 */
class RegionTileLooksTest {

    @TempDir
    Path cache;

    /** The window's whole-country view: China in a 1360 x 800 map at zoom 4.1. */
    private static final MapViewport WHOLE_COUNTRY = new MapViewport(104.0, 35.5, 4.1, 1360, 800);

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
    void eachLookHasItsFolderMadeAtItsFirstTileAndTheSameLookFindsItsOwnAgain() throws Exception {
        MapLayers layers = MapLayers.load(MapSource.locate(null), AtlasLayerPolicy.reader(ValidityMemo.NONE), false);
        MapTheme light = MapTheme.light();
        Path kept = cache.resolve("kept");
        Path notKept = cache.resolve("not-kept");
        RegionOverlay overlay = WaitForAsyncUtils.asyncFx(() -> {
            RegionOverlay made = new RegionOverlay(layers, light, urbanization("31.88", light), () -> null, threads);
            made.keepRegionTilesIn(kept, "jar 1@2 maps");
            made.setTheme(MapTheme.dark());
            made.setTheme(light);
            made.setStyling(urbanization("30.00", light));
            made.setStyling(urbanization("31.88", light));
            return made;
        }).get();
        drawingThreadIdle();
        assertThat(kept).as("a look change alone, on the JavaFX thread, touches no file").doesNotExist();

        tilesAsked(overlay, () -> { });
        assertThat(folders(kept)).as("made by the first tile, on the drawing thread").hasSize(1);
        assertThat(overlay.regionTilesDrawn()).isPositive();
        tilesAsked(overlay, () -> overlay.setTheme(MapTheme.dark()));
        tilesAsked(overlay, () -> overlay.setTheme(light));
        assertThat(overlay.regionTilesDrawn()).as("the light look's tiles read from its own folder").isZero();
        tilesAsked(overlay, () -> overlay.setStyling(urbanization("30.00", light)));
        tilesAsked(overlay, () -> overlay.setStyling(urbanization("31.88", light)));
        assertThat(overlay.regionTilesDrawn()).isZero();

        assertThat(folders(kept)).as("light, dark, and light with other values").hasSize(3);
        for (Path folder : folders(kept)) {
            assertThat(Files.readString(folder.resolve("look.txt"))).startsWith("jar 1@2 maps regions ");
        }

        RegionOverlay unknownBuild = WaitForAsyncUtils.asyncFx(() -> {
            RegionOverlay made = new RegionOverlay(layers, light, urbanization("31.88", light), () -> null, threads);
            made.keepRegionTilesIn(notKept, null);
            return made;
        }).get();
        tilesAsked(unknownBuild, () -> { });
        tilesAsked(unknownBuild, () -> unknownBuild.setTheme(MapTheme.dark()));
        assertThat(unknownBuild.regionTilesDrawn()).as("drawn, as there is nothing to read").isPositive();
        assertThat(notKept).doesNotExist();
    }

    /** Changes the look on the JavaFX thread, asks for the whole country's region tiles and waits until they are made. */
    private void tilesAsked(RegionOverlay overlay, Runnable lookChange) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            lookChange.run();
            overlay.prefetch(WHOLE_COUNTRY);
        }).get();
        drawingThreadIdle();
    }

    private void drawingThreadIdle() throws Exception {
        threads.submit(() -> { }).get(Patience.SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static List<Path> folders(Path root) throws Exception {
        try (Stream<Path> all = Files.list(root)) {
            return all.filter(Files::isDirectory).toList();
        }
    }
}
