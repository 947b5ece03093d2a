package org.cpatlas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.Map;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.geo.ShapefileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The window's region and shading tiles, drawn from the real layers: colour where the shapes are, nothing elsewhere. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionTilePaintersTest {

    private static final int ZOOM = 6;
    private MapLayers layers;
    private RegionStyling styling;

    @BeforeAll
    void load() {
        MapSource maps = MapSource.locate(null);
        assumeTrue(maps.has(PlaceIdentifier.REGIONS), "no real maps at " + maps.describe());
        layers = MapLayers.load(maps,
                new ShapefileReader(ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST)),
                false);
        styling = RegionStyling.choropleth(Map.of("tibet", new BigDecimal("23.79"), "wuling", new BigDecimal("31.88")),
                MapTheme.light());
    }

    @Test
    void aRegionTileIsFilledWhereTheRegionIsAndEmptyWhereNoRegionIs() {
        RegionTilePainter painter = new RegionTilePainter(MapTheme.light(), layers, styling);
        double lhasaX = WebMercator.lonToX(91.13, ZOOM);
        double lhasaY = WebMercator.latToY(29.65, ZOOM);
        long tx = (long) (lhasaX / TileRenderer.TILE_PX);
        long ty = (long) (lhasaY / TileRenderer.TILE_PX);

        assertThat(painter.draws(ZOOM, tx, ty)).isTrue();
        BufferedImage tile = painter.render(ZOOM, tx, ty);
        int argb = tile.getRGB((int) (lhasaX - tx * TileRenderer.TILE_PX), (int) (lhasaY - ty * TileRenderer.TILE_PX));
        assertThat(argb >>> 24).as("alpha at Lhasa").isGreaterThan(200);

        // Shanghai's tile (118-124 E) reaches no region: it is not drawn at all.
        long sx = (long) (WebMercator.lonToX(121.47, ZOOM) / TileRenderer.TILE_PX);
        long sy = (long) (WebMercator.latToY(31.23, ZOOM) / TileRenderer.TILE_PX);
        assertThat(painter.draws(ZOOM, sx, sy)).isFalse();
    }

    @Test
    void shadingCoversOnlyTheProvincesGivenAtItsTranslucency() {
        ProvinceShadingPainter painter = new ProvinceShadingPainter(MapTheme.light(), layers,
                Map.of("53", new BigDecimal("12.30")));
        String yunnan = layers.provinces().feature(layers.provinces().indexOf("code", "53")).text("name_en");
        assertThat(yunnan).isEqualTo("Yunnan");
        double kx = WebMercator.lonToX(102.71, ZOOM);
        double ky = WebMercator.latToY(25.04, ZOOM);
        long tx = (long) (kx / TileRenderer.TILE_PX);
        long ty = (long) (ky / TileRenderer.TILE_PX);
        assertThat(painter.draws(ZOOM, tx, ty)).isTrue();
        int argb = painter.render(ZOOM, tx, ty).getRGB((int) (kx - tx * TileRenderer.TILE_PX),
                (int) (ky - ty * TileRenderer.TILE_PX));
        assertThat(argb >>> 24).as("alpha at Kunming").isBetween(130, 150); // 0.55 of 255

        long bx = (long) (WebMercator.lonToX(116.40, ZOOM) / TileRenderer.TILE_PX);
        long by = (long) (WebMercator.latToY(39.90, ZOOM) / TileRenderer.TILE_PX);
        assertThat(painter.draws(ZOOM, bx, by)).as("Beijing's tile").isFalse();
    }
}
