package org.cpatlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
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

/** A county indicator fills counties by class, hatches those without a value, and leaves the regions outlined. */
class IndicatorPaintingTest {

    private static MapLayers layers;

    @BeforeAll
    static void loadMaps() {
        layers = MapLayers.load(MapSource.directory(Path.of("maps")), new ShapefileReader(
                ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST)), true);
    }

    private static IndicatorMap huiningAndJingning() {
        Source source = new Source("s", "test table", "row 2", "", "");
        Map<String, UnitFigure> figures = new LinkedHashMap<>();
        figures.put("620422", new UnitFigure("620422", "会宁县", Figure.of(new BigDecimal("10"), "km²", null, source,
                null), ""));
        figures.put("620826", new UnitFigure("620826", "静宁县", Figure.notReported("km²", null, source, null), ""));
        figures.put("620821", new UnitFigure("620821", "泾川县", Figure.of(new BigDecimal("90"), "km²", null, source,
                null), ""));
        IndicatorData data = new IndicatorData(new IndicatorInfo("d1.2", "面积", "km²", null, Level.COUNTY, 1L,
                "test table", 2), figures);
        return IndicatorMap.of(data, new ClassSpec(ClassificationScheme.EQUAL_INTERVALS, 3, "Blues", List.of()),
                MapTheme.light().notReported(), List.of("620422", "620826", "620821", "620102"));
    }

    private static int rgbAt(BufferedImage image, MapViewport vp, double lon, double lat) {
        return image.getRGB((int) Math.round(vp.screenX(lon)), (int) Math.round(vp.screenY(lat))) & 0xffffff;
    }

    @Test
    void countiesAreFilledByClassAndTheOnesWithoutValueHatched() {
        IndicatorMap map = huiningAndJingning();
        assertThat(map.notReported()).isEqualTo(2);
        assertThat(map.scale().counts()).containsExactly(1, 0, 1, 2);
        MapViewport vp = MapViewport.fitting(layers.counties().feature(layers.counties().indexOf("code", "620422"))
                .geometry().getEnvelopeInternal(), 600, 600, 150);
        BufferedImage image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        MapPainter painter = MapPainter.withoutText(MapTheme.light());
        painter.paintMap(g, vp, layers, RegionStyling.forIndicator(map),
                new MapOptions(false, false, false, LabelLanguage.BOTH), 1.0);
        g.dispose();
        Coordinate huining = layers.counties().labelAnchor(layers.counties().indexOf("code", "620422"));
        Rgb lowest = map.scale().colours().get(0);
        int expected = blendOnLand(lowest);
        assertThat(near(rgbAt(image, vp, huining.x, huining.y), expected)).isTrue();
        // 静宁县 has no value: grey under hatching, never the colour of a low value.
        Coordinate jingning = layers.counties().labelAnchor(layers.counties().indexOf("code", "620826"));
        int around = countColours(image, vp, jingning, lowest);
        assertThat(around).isZero();
        assertThat(RegionStyling.forIndicator(map).regionsOutlinedOnly()).isTrue();
    }

    /** Equal but for the rounding of alpha blending (a few levels a channel). */
    private static boolean near(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > 3) {
                return false;
            }
        }
        return true;
    }

    /** A fill of alpha 0.88 over the basemap's Chinese land colour. */
    private static int blendOnLand(Rgb fill) {
        Rgb land = MapTheme.light().chinaLand();
        int r = (int) Math.round(fill.red() * 0.88 + land.red() * 0.12);
        int gr = (int) Math.round(fill.green() * 0.88 + land.green() * 0.12);
        int b = (int) Math.round(fill.blue() * 0.88 + land.blue() * 0.12);
        return (r << 16) | (gr << 8) | b;
    }

    private static int countColours(BufferedImage image, MapViewport vp, Coordinate at, Rgb fill) {
        int target = blendOnLand(fill);
        int n = 0;
        int cx = (int) Math.round(vp.screenX(at.x));
        int cy = (int) Math.round(vp.screenY(at.y));
        for (int dx = -3; dx <= 3; dx++) {
            for (int dy = -3; dy <= 3; dy++) {
                if (near(image.getRGB(cx + dx, cy + dy) & 0xffffff, target)) {
                    n++;
                }
            }
        }
        return n;
    }
}
