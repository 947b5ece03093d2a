package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.cpatlas.render.MapViewport;
import org.cpatlas.render.WebMercator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The view an extent is shown at: whole level, the largest at which it still fits, centred on it. */
class MapNavigatorShowingTest {

    private static final Envelope CHINA = new Envelope(73.0, 135.5, 17.5, 53.8);

    @Test
    void theLargestWholeLevelThatStillFitsTheExtent() {
        for (double[] size : new double[][] {{1360, 788}, {1920, 1010}, {800, 500}}) {
            MapViewport view = MapNavigator.showing(CHINA, size[0], size[1], 10);
            assertThat(view.zoom()).isEqualTo(Math.rint(view.zoom()));
            assertThat(widthAt(view.zoom())).as("fits at its level").isLessThanOrEqualTo(size[0] - 20);
            double next = view.zoom() + 1;
            assertThat(widthAt(next) > size[0] - 20 || heightAt(next) > size[1] - 20).as("not at the next").isTrue();
            assertThat(view.lonLatBounds().contains(CHINA)).isTrue();
        }
    }

    @Test
    void theLowestLevelIsTheFirstWhoseWorldIsTallerThanTheView() {
        assertThat(MapNavigator.lowestZoom(0)).isEqualTo(1);
        assertThat(MapNavigator.lowestZoom(500)).isEqualTo(1);
        assertThat(MapNavigator.lowestZoom(512)).as("512 px is not taller than 512").isEqualTo(2);
        assertThat(MapNavigator.lowestZoom(700)).isEqualTo(2);
        assertThat(MapNavigator.lowestZoom(1024)).isEqualTo(3);
        assertThat(MapNavigator.lowestZoom(2160)).isEqualTo(4);
    }

    private static double widthAt(double zoom) {
        return WebMercator.lonToX(CHINA.getMaxX(), zoom) - WebMercator.lonToX(CHINA.getMinX(), zoom);
    }

    private static double heightAt(double zoom) {
        return WebMercator.latToY(CHINA.getMinY(), zoom) - WebMercator.latToY(CHINA.getMaxY(), zoom);
    }
}
