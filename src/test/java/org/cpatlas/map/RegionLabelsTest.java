package org.cpatlas.map;

import org.cpatlas.testing.Patience;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import org.cpatlas.geo.ShapefileParts;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.MapTheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Labels are drawn off the JavaFX thread; the map never waits for labels that could not be drawn. */
class RegionLabelsTest {

    private static DrawableLayer regions;
    private static DrawableLayer provinces;

    @BeforeAll
    static void layers() throws Exception {
        FxToolkit.registerPrimaryStage();
        ShapefileReader reader = new ShapefileReader();
        regions = new DrawableLayer(reader.readPolygons(ShapefileParts.open(Path.of("maps", "regions.shp"))));
        provinces = new DrawableLayer(reader.readPolygons(ShapefileParts.open(Path.of("maps", "provinces.shp"))));
    }

    @Test
    void labelsAreDrawnOnTheGivenThreadsAndPlacedOnWholePixels() throws Exception {
        AtomicInteger drawnOff = new AtomicInteger();
        Executor drawing = task -> new Thread(() -> {
            if (!Platform.isFxApplicationThread()) {
                drawnOff.incrementAndGet();
            }
            task.run();
        }).start();
        AtomicInteger ready = new AtomicInteger();
        RegionLabels labels = WaitForAsyncUtils.asyncFx(() -> new RegionLabels(regions, provinces, MapTheme.light(),
                (lon, lat) -> new Point2D(400 + (lon - 104) * 20.3, 300 - (lat - 35) * 24.7),
                AtlasFonts::load, drawing, ready::incrementAndGet)).get(Patience.SECONDS, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> ready.get() == 1);
        WaitForAsyncUtils.asyncFx(() -> labels.place(4, 1200, 800)).get(Patience.SECONDS, TimeUnit.SECONDS);

        assertThat(drawnOff.get()).isEqualTo(1);
        assertThat(labels.ready()).isTrue();
        assertThat(labels.visible()).contains("西藏区", "Tibet");
        assertThat(labels.getChildren()).allSatisfy(node -> {
            assertThat(node.getLayoutX()).isEqualTo(Math.rint(node.getLayoutX()));
            assertThat(node.getLayoutY()).isEqualTo(Math.rint(node.getLayoutY()));
        });
    }

    @Test
    void labelsThatCannotBeDrawnDoNotHoldUpTheMap() throws Exception {
        RegionLabels labels = WaitForAsyncUtils.asyncFx(() -> new RegionLabels(regions, provinces, MapTheme.light(),
                (lon, lat) -> new Point2D(400, 300), () -> {
                    throw new IllegalStateException("no fonts here");
                }, Runnable::run, () -> { })).get(Patience.SECONDS, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, labels::ready);
        WaitForAsyncUtils.asyncFx(() -> labels.place(4, 1200, 800)).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(labels.visible()).isEmpty();
        assertThat(labels.pictures()).isZero();
    }
}
