package org.cpatlas.map;

import org.cpatlas.testing.Patience;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.cpatlas.render.LabelKind;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.PlacedLabel;
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

    /** The window's whole-country view: China in a 1360 x 800 map at zoom 4.1. */
    private static final MapViewport WHOLE_COUNTRY = new MapViewport(104.0, 35.5, 4.1, 1360, 800);
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
                AtlasFonts::load, drawing, ready::incrementAndGet)).get(Patience.SECONDS, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> ready.get() == 1);
        WaitForAsyncUtils.asyncFx(() -> labels.place(WHOLE_COUNTRY, List.of())).get(Patience.SECONDS,
                TimeUnit.SECONDS);

        assertThat(drawnOff.get()).isEqualTo(1);
        assertThat(labels.ready()).isTrue();
        assertThat(labels.visible()).contains("西藏区", "Tibet");
        assertThat(labels.getChildren()).filteredOn(node -> !(node instanceof javafx.scene.shape.Path))
                .allSatisfy(node -> {
            assertThat(node.getLayoutX()).isEqualTo(Math.rint(node.getLayoutX()));
            assertThat(node.getLayoutY()).isEqualTo(Math.rint(node.getLayoutY()));
        });
    }

    @Test
    void theSameViewAndObstaclesKeepTheLabelsWhereTheyAreAndAnotherObstacleMovesThem() throws Exception {
        AtomicInteger ready = new AtomicInteger();
        RegionLabels labels = WaitForAsyncUtils.asyncFx(() -> new RegionLabels(regions, provinces, MapTheme.light(),
                AtlasFonts::load, Runnable::run, ready::incrementAndGet)).get(Patience.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> ready.get() == 1);
        List<Rectangle2D> legend = List.of(new Rectangle2D.Double(10, 520, 210, 270));
        List<PlacedLabel> first = WaitForAsyncUtils.asyncFx(() -> {
            labels.place(WHOLE_COUNTRY, legend);
            return labels.placed();
        }).get(Patience.SECONDS, TimeUnit.SECONDS);

        // An indicator switch lays the overlay out again, the map still: the same places, not worked out again.
        List<PlacedLabel> again = WaitForAsyncUtils.asyncFx(() -> {
            labels.place(WHOLE_COUNTRY, List.of(new Rectangle2D.Double(10, 520, 210, 270)));
            return labels.placed();
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(again).isSameAs(first);

        // Another obstacle (a control over the map where a label was): the labels are placed anew, clear of it.
        Rectangle2D where = first.get(0).box();
        Rectangle2D control = new Rectangle2D.Double(where.getX(), where.getY(), where.getWidth(), where.getHeight());
        List<PlacedLabel> moved = WaitForAsyncUtils.asyncFx(() -> {
            labels.place(WHOLE_COUNTRY, List.of(legend.get(0), control));
            return labels.placed();
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(moved).isNotSameAs(first).noneMatch(p -> p.box().intersects(control));
    }

    @Test
    void everyRegionIsNamedOnceAtTheWholeCountryViewAndNoLabelTouchesAnotherOrWhatLiesOverTheMap() throws Exception {
        AtomicInteger ready = new AtomicInteger();
        RegionLabels labels = WaitForAsyncUtils.asyncFx(() -> new RegionLabels(regions, provinces, MapTheme.light(),
                AtlasFonts::load, Runnable::run, ready::incrementAndGet)).get(Patience.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> ready.get() == 1);
        // The window's legend (bottom left), scale bar (bottom right), buttons (top right) and inset.
        List<Rectangle2D> overMap = List.of(new Rectangle2D.Double(10, 520, 210, 270),
                new Rectangle2D.Double(1230, 750, 130, 40), new Rectangle2D.Double(1320, 10, 32, 110),
                new Rectangle2D.Double(1256, 560, 96, 130));
        WaitForAsyncUtils.asyncFx(() -> labels.place(WHOLE_COUNTRY, overMap)).get(Patience.SECONDS,
                TimeUnit.SECONDS);

        List<PlacedLabel> placed = labels.placed();
        List<Integer> regionLabels = placed.stream().filter(p -> p.kind() == LabelKind.REGION)
                .map(PlacedLabel::feature).toList();
        assertThat(regionLabels).hasSize(14).doesNotHaveDuplicates();
        assertThat(labels.visible()).contains("秦巴山区", "吕梁山区", "大别山区", "四省藏区", "滇桂黔石漠化区");
        Rectangle2D view = new Rectangle2D.Double(0, 0, WHOLE_COUNTRY.width(), WHOLE_COUNTRY.height());
        for (int a = 0; a < placed.size(); a++) {
            Rectangle2D box = placed.get(a).box();
            assertThat(view.contains(box)).as("label %s inside the view", a).isTrue();
            for (Rectangle2D obstacle : overMap) {
                assertThat(box.intersects(obstacle)).as("label %s clear of %s", a, obstacle).isFalse();
            }
            for (int b = a + 1; b < placed.size(); b++) {
                assertThat(box.intersects(placed.get(b).box())).as("labels %s and %s apart", a, b).isFalse();
            }
        }
    }

    @Test
    void labelsThatCannotBeDrawnDoNotHoldUpTheMap() throws Exception {
        RegionLabels labels = WaitForAsyncUtils.asyncFx(() -> new RegionLabels(regions, provinces, MapTheme.light(),
                () -> {
                    throw new IllegalStateException("no fonts here");
                }, Runnable::run, () -> { })).get(Patience.SECONDS, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, labels::ready);
        WaitForAsyncUtils.asyncFx(() -> labels.place(WHOLE_COUNTRY, List.of())).get(Patience.SECONDS,
                TimeUnit.SECONDS);
        assertThat(labels.visible()).isEmpty();
        assertThat(labels.pictures()).isZero();
    }
}
