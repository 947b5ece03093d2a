package org.cpatlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The basemap tiles draw county outlines from the zoom they appear at in every province of China, not only in the
 * 21 provinces of the regions (issue 23): a tile over a city outside them differs from the same tile drawn without
 * county outlines by the outlines' pixels.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountyOutlinesEverywhereTest {

    private TileRenderer withCounties;
    private TileRenderer withoutCounties;

    @BeforeAll
    void loadTheBundledLayers() {
        MapLayers layers = MapLayers.load(MapSource.directory(Path.of("maps")), new ShapefileReader(), true);
        MapPainter painter = MapPainter.withoutText(MapTheme.light());
        withCounties = new TileRenderer(painter, layers, TileRenderer.DEFAULT_COUNTY_MIN_ZOOM);
        withoutCounties = new TileRenderer(painter, layers, 99);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Beijing, 116.40, 39.91",
            "Shanghai, 121.47, 31.23",
            "Guangzhou, 113.26, 23.13",
            "Hangzhou (Zhejiang), 120.16, 30.27",
            "Jinan (Shandong), 117.00, 36.65",
            "Chengdu (Sichuan: one of the 21), 104.07, 30.67"})
    void aTileAtTheFirstCountyZoomDrawsTheCountiesOutlines(String place, double lon, double lat) {
        int zoom = TileRenderer.DEFAULT_COUNTY_MIN_ZOOM;
        long x = (long) Math.floor(WebMercator.lonToX(lon, zoom) / TileRenderer.TILE_PX);
        long y = (long) Math.floor(WebMercator.latToY(lat, zoom) / TileRenderer.TILE_PX);

        BufferedImage drawn = withCounties.render(zoom, x, y);
        BufferedImage bare = withoutCounties.render(zoom, x, y);

        assertThat(differingPixels(drawn, bare)).as(place).isGreaterThan(1000);
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
