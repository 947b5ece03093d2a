package org.cpatlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.IndicatorData;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.domain.Level;
import org.cpatlas.domain.Source;
import org.cpatlas.domain.UnitFigure;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/**
 * A county choropleth's tiles drawn once recolour for another indicator without drawing again, and look as the tiles
 * drawn from scratch do.
 */
class UnitTilesTest {

    private static final int ZOOM = 7;
    private static MapLayers layers;

    @BeforeAll
    static void loadMaps() {
        layers = MapLayers.load(MapSource.directory(Path.of("maps")), new ShapefileReader(
                ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST)), true);
    }

    /** 会宁县, 静宁县 (not reported) and 泾川县 with values; each county of {@code values} by code. */
    private static IndicatorMap indicator(String code, Map<String, String> values) {
        Source source = new Source("s", "test table", "row 2", "", "");
        Map<String, UnitFigure> figures = new LinkedHashMap<>();
        values.forEach((county, value) -> figures.put(county, new UnitFigure(county, county, value == null
                ? Figure.notReported("km²", null, source, null)
                : Figure.of(new BigDecimal(value), "km²", null, source, null), "")));
        IndicatorData data = new IndicatorData(new IndicatorInfo(code, "面积", "km²", null, Level.COUNTY, 1L,
                "test table", 2), figures);
        return IndicatorMap.of(data, new ClassSpec(ClassificationScheme.EQUAL_INTERVALS, 3, "Blues", List.of()),
                MapTheme.light().notReported(), List.copyOf(values.keySet()));
    }

    private static Map<String, String> values(String huining, String jingning, String jingchuan) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("620422", huining);
        values.put("620826", jingning);
        values.put("620821", jingchuan);
        return values;
    }

    /** The tile of 会宁县 at {@link #ZOOM}, and the pixel of its label anchor in it. */
    private static long[] huiningTile() {
        Coordinate huining = layers.counties().labelAnchor(layers.counties().indexOf("code", "620422"));
        double px = WebMercator.lonToX(huining.x, ZOOM);
        double py = WebMercator.latToY(huining.y, ZOOM);
        long x = (long) Math.floor(px / TileRenderer.TILE_PX);
        long y = (long) Math.floor(py / TileRenderer.TILE_PX);
        return new long[] {x, y, (long) (px - x * TileRenderer.TILE_PX), (long) (py - y * TileRenderer.TILE_PX)};
    }

    @Test
    void aRecolouredTileLooksAsTheTileDrawnFromScratchButForAFewEdgePixels() {
        IndicatorMap map = indicator("d1.2", values("10", null, "90"));
        UnitTiles store = new UnitTiles(MapTheme.light(), layers, Level.COUNTY, 8L << 20);
        long[] t = huiningTile();
        BufferedImage drawn = new ThematicTilePainter(MapTheme.light(), layers, map).render(ZOOM, t[0], t[1]);
        BufferedImage kept = new ThematicTilePainter(MapTheme.light(), layers, map, store).render(ZOOM, t[0], t[1]);
        int far = 0;
        int off = 0;
        for (int y = 0; y < TileRenderer.TILE_PX; y++) {
            for (int x = 0; x < TileRenderer.TILE_PX; x++) {
                int a = drawn.getRGB(x, y);
                int b = kept.getRGB(x, y);
                assertThat(b >>> 24).as("opaque").isEqualTo(0xff);
                int d = difference(a, b);
                if (d > 3) {
                    off++;
                }
                if (d > 48) {
                    far++;
                }
            }
        }
        int pixels = TileRenderer.TILE_PX * TileRenderer.TILE_PX;
        // Shared edges take one unit's colour, and the basemap under a hatch line shows a little less.
        assertThat(off).as("pixels off by more than rounding").isLessThan(pixels / 20);
        assertThat(far).as("pixels of another colour").isLessThan(pixels / 200);
        assertThat(store.drawnCount()).isEqualTo(1);
    }

    @Test
    void anotherIndicatorRecoloursTheTilesDrawnBeforeWithoutDrawingThemAgain() {
        UnitTiles store = new UnitTiles(MapTheme.light(), layers, Level.COUNTY, 8L << 20);
        long[] t = huiningTile();
        IndicatorMap low = indicator("d1.2", values("10", null, "90"));
        IndicatorMap high = indicator("d1.3", values("90", "50", "10"));
        BufferedImage before = new ThematicTilePainter(MapTheme.light(), layers, low, store).render(ZOOM, t[0], t[1]);
        BufferedImage after = new ThematicTilePainter(MapTheme.light(), layers, high, store).render(ZOOM, t[0], t[1]);
        assertThat(store.drawnCount()).as("drawn once, recoloured once").isEqualTo(1);
        int px = (int) t[2];
        int py = (int) t[3];
        assertThat(difference(before.getRGB(px, py), blendOnLand(low.scale().colours().get(0)))).isLessThanOrEqualTo(3);
        assertThat(difference(after.getRGB(px, py), blendOnLand(high.scale().colours().get(2)))).isLessThanOrEqualTo(3);
        // As drawn from scratch for the second indicator.
        BufferedImage drawn = new ThematicTilePainter(MapTheme.light(), layers, high).render(ZOOM, t[0], t[1]);
        assertThat(difference(after.getRGB(px, py), drawn.getRGB(px, py))).isLessThanOrEqualTo(3);
    }

    @Test
    void aTileRecolouredIntoTheArrayOfAnotherIndicatorsTileEqualsItRecolouredIntoANewPicture() {
        // The window recolours into one array per drawing thread, reused tile after tile: nothing of the tile drawn
        // into it before may show through.
        UnitTiles store = new UnitTiles(MapTheme.light(), layers, Level.COUNTY, 8L << 20);
        long[] t = huiningTile();
        IndicatorMap low = indicator("d1.2", values("10", null, "90"));
        IndicatorMap high = indicator("d1.3", values("90", "50", "10"));
        ThematicTilePainter lowPainter = new ThematicTilePainter(MapTheme.light(), layers, low, store);
        ThematicTilePainter highPainter = new ThematicTilePainter(MapTheme.light(), layers, high, store);
        int[] reused = new int[TileRenderer.TILE_PX * TileRenderer.TILE_PX];
        assertThat(lowPainter.renderPixels(ZOOM, t[0], t[1], () -> reused)).isSameAs(reused);
        int[] lowPixels = reused.clone();
        assertThat(highPainter.renderPixels(ZOOM, t[0], t[1], () -> reused)).isSameAs(reused);

        int[] fresh = ((java.awt.image.DataBufferInt) highPainter.render(ZOOM, t[0], t[1]).getRaster()
                .getDataBuffer()).getData();
        assertThat(reused).isEqualTo(fresh);
        assertThat(reused).as("the other indicator's colours gone").isNotEqualTo(lowPixels);
        assertThat(store.drawnCount()).isEqualTo(1);
    }

    @Test
    void aTileRecolouredAsRunsHasThePixelsOfTheTileDrawnAfreshForThatIndicatorInRunsAsLongAsTheyCanBe() {
        // An indicator switch writes each kept tile as runs of pixels for the window, not every pixel: the runs must
        // be the very pixels of the tile drawn from nothing for the new indicator (another store, never used for the
        // first indicator), hatching of a county not reported included.
        UnitTiles store = new UnitTiles(MapTheme.light(), layers, Level.COUNTY, 8L << 20);
        long[] t = huiningTile();
        IndicatorMap low = indicator("d1.2", values("10", "90", "50"));
        IndicatorMap high = indicator("d1.3", values("90", null, "10"));
        new ThematicTilePainter(MapTheme.light(), layers, low, store).render(ZOOM, t[0], t[1]);
        PixelRuns runs = new PixelRuns();
        runs.add(7, 0x12345678); // left from the tile before: must not show
        assertThat(new ThematicTilePainter(MapTheme.light(), layers, high, store).renderRuns(ZOOM, t[0], t[1], runs))
                .isTrue();
        assertThat(store.drawnCount()).as("recoloured, not drawn").isEqualTo(1);

        UnitTiles fresh = new UnitTiles(MapTheme.light(), layers, Level.COUNTY, 8L << 20);
        int[] drawn = ((java.awt.image.DataBufferInt) new ThematicTilePainter(MapTheme.light(), layers, high, fresh)
                .render(ZOOM, t[0], t[1]).getRaster().getDataBuffer()).getData();
        assertThat(runs.pixelCount()).isEqualTo(TileRenderer.TILE_PX * TileRenderer.TILE_PX);
        assertThat(runs.toPixels()).isEqualTo(drawn);
        int changes = 0;
        for (int k = 0; k < runs.count(); k++) {
            assertThat(runs.length(k)).isPositive();
            if (k > 0) {
                assertThat(runs.pixel(k)).as("run %d is as long as it can be", k).isNotEqualTo(runs.pixel(k - 1));
            }
        }
        for (int p = 1; p < drawn.length; p++) {
            changes += drawn[p] != drawn[p - 1] ? 1 : 0;
        }
        assertThat(runs.count()).as("one run per change of pixel").isEqualTo(changes + 1);
    }

    @Test
    void aPainterDrawingEachTileWritesNoRuns() {
        PixelRuns runs = new PixelRuns();
        runs.add(3, 0xff000000);
        long[] t = huiningTile();
        assertThat(new ThematicTilePainter(MapTheme.light(), layers, indicator("d1.2", values("10", null, "90")))
                .renderRuns(ZOOM, t[0], t[1], runs)).isFalse();
        assertThat(runs.count()).isZero();
    }

    @Test
    void tilesOfAnotherThemeOrLevelAreNotUsed() {
        UnitTiles store = new UnitTiles(MapTheme.light(), layers, Level.COUNTY, 8L << 20);
        assertThat(store.serves(MapTheme.light(), layers, Level.COUNTY)).isTrue();
        assertThat(store.serves(MapTheme.light(), layers, Level.PROVINCE)).isFalse();
        assertThat(store.serves(MapTheme.dark(), layers, Level.COUNTY)).isFalse();
        long[] t = huiningTile();
        new ThematicTilePainter(MapTheme.dark(), layers, indicator("d1.2", values("10", null, "90")), store)
                .render(ZOOM, t[0], t[1]);
        assertThat(store.drawnCount()).isZero();
    }

    @Test
    void theKeptTilesStayWithinTheirBudget() {
        UnitTiles store = new UnitTiles(MapTheme.light(), layers, Level.COUNTY, 200_000);
        IndicatorMap map = indicator("d1.2", values("10", null, "90"));
        ThematicTilePainter painter = new ThematicTilePainter(MapTheme.light(), layers, map, store);
        long[] t = huiningTile();
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                painter.render(ZOOM, t[0] + dx, t[1] + dy);
            }
        }
        assertThat(store.drawnCount()).isEqualTo(9);
        assertThat(store.bytes()).isLessThanOrEqualTo(200_000).isPositive();
        // The last tile drawn is kept: recolouring it draws nothing.
        painter.render(ZOOM, t[0] + 1, t[1] + 1);
        assertThat(store.drawnCount()).isEqualTo(9);
    }

    private static int difference(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return d;
    }

    /** A fill of alpha 0.88 over the basemap's Chinese land colour. */
    private static int blendOnLand(Rgb fill) {
        Rgb land = MapTheme.light().chinaLand();
        int r = (int) Math.round(fill.red() * 0.88 + land.red() * 0.12);
        int gr = (int) Math.round(fill.green() * 0.88 + land.green() * 0.12);
        int b = (int) Math.round(fill.blue() * 0.88 + land.blue() * 0.12);
        return 0xff000000 | (r << 16) | (gr << 8) | b;
    }
}
