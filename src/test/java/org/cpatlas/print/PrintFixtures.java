package org.cpatlas.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cpatlas.geo.BoundaryQuality;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.ChoroplethScale;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.MapLayers;
import org.cpatlas.render.MapOptions;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.RegionStyling;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Small synthetic map layers and sheets: a few rectangular provinces and regions over central China. */
final class PrintFixtures {

    static final GeometryFactory GF = new GeometryFactory();
    static final LocalDate DATE = LocalDate.of(2025, 11, 25);
    static final AtlasFonts FONTS = AtlasFonts.load();
    static final PrintStyle STYLE = PrintStyle.light(FONTS);

    private PrintFixtures() {
    }

    static Polygon box(double minLon, double minLat, double maxLon, double maxLat) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(minLon, minLat), new Coordinate(maxLon, minLat),
            new Coordinate(maxLon, maxLat), new Coordinate(minLon, maxLat), new Coordinate(minLon, minLat)});
    }

    static FeatureLayer layer(String name, List<Feature> features) {
        Envelope bounds = new Envelope();
        features.forEach(f -> bounds.expandToInclude(f.geometry().getEnvelopeInternal()));
        List<String> fields = features.isEmpty() ? List.of() : new ArrayList<>(features.get(0).attributes().keySet());
        return new FeatureLayer(name, fields, features, bounds);
    }

    static MapLayers layers(int regionCount) {
        List<Feature> provinces = List.of(
                new Feature(box(100, 30, 108, 38), Map.of("code", "62", "name_zh", "甘肃省", "name_en", "Gansu")),
                new Feature(box(108, 30, 116, 38), Map.of("code", "61", "name_zh", "陕西省", "name_en", "Shaanxi")),
                new Feature(box(100, 22, 108, 30), Map.of("code", "52", "name_zh", "贵州省", "name_en", "Guizhou")),
                new Feature(box(108, 22, 116, 30), Map.of("code", "43", "name_zh", "湖南省", "name_en", "Hunan")));
        List<Feature> countries = List.of(
                new Feature(box(80, 15, 130, 50), Map.of("name_en", "Neighbours")));
        List<Feature> regions = new ArrayList<>();
        String[] qualities = {"sourced", "partial", "approximate"};
        for (int i = 0; i < regionCount; i++) {
            double lon = 101 + (i % 4) * 3.5;
            double lat = 24 + (i / 4) * 3.5;
            regions.add(new Feature(box(lon, lat, lon + 3, lat + 3), Map.of(
                    "code", "r" + (i + 1), "seq", i + 1, "name_zh", "测试山区" + (i + 1),
                    "name_en", "Test Mountains " + (i + 1), "n_counties", 10 + i,
                    "quality", qualities[i % 3])));
        }
        return new MapLayers(new DrawableLayer(layer("countries", countries)),
                new DrawableLayer(layer("provinces", provinces)), null,
                new DrawableLayer(layer("regions", regions)));
    }

    /** Region i gets 20 + 2i %; the last region is not reported. */
    static RegionStyling styling(int regionCount) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < regionCount - 1; i++) {
            values.put("r" + (i + 1), new BigDecimal("20.00").add(BigDecimal.valueOf(2L * i)));
        }
        MapTheme theme = MapTheme.light();
        ChoroplethScale scale = ChoroplethScale.equalIntervals(values.values(), theme.choropleth(), theme.notReported(),
                "%");
        return new RegionStyling(values, scale, null, null);
    }

    /** The window's view: the fixture area in an 800 x 600 pane. */
    static MapViewport screenViewport() {
        return MapViewport.fitting(new Envelope(99, 117, 21, 39), 800, 600, 10);
    }

    static MapSheet mapSheet(int regionCount) {
        return new MapSheet("中国集中连片特困地区", "China's contiguous poor regions", screenViewport(),
                layers(regionCount), styling(regionCount).withSelected("r1"), MapOptions.defaults(),
                "Urbanization rate 2010 (%) 城镇化率", Credits.SOURCE_LINE, DATE);
    }

    static MapContent content(int regionCount) {
        return new MapContent(layers(regionCount), styling(regionCount), MapOptions.defaults(),
                "Urbanization rate 2010 (%) 城镇化率", Credits.SOURCE_LINE, DATE);
    }

    static RegionSheet regionSheet(int i) {
        List<ProvinceRow> rows = List.of(
                new ProvinceRow("甘肃省", "Gansu", new BigDecimal("36.12"), new BigDecimal("-9.35"),
                        new BigDecimal("-9.35"), Set.of(), "Table 1, row 'Gansu'"),
                new ProvinceRow("西藏自治区", "Tibet", new BigDecimal("23.80"), new BigDecimal("2.21"),
                        new BigDecimal("0.01"), Set.of(RowFlag.CONFLICT), "Table 1, row 'Tibet'"),
                new ProvinceRow("青海省", "Qinghai", null, null, null, Set.of(RowFlag.NOT_REPORTED),
                        "Table 1, row 'Qinghai'"));
        return new RegionSheet("r" + i, i, "测试山区" + i, "Test Mountains " + i,
                BoundaryQuality.values()[(i - 1) % 3], "26.77 %", "Wang, Li & He (2014), Table 1", rows,
                List.of("Wang, Li & He (2014). Urbanization of the contiguous poor regions",
                        "    [1] Table 1, row Wulingshan Region \u2013 Hubei: \u201cHubei 53.50% 21.62%\u201d",
                        "    [2] Table 1, row Wulingshan Region \u2013 Chongqing"));
    }

    static List<RegionSheet> regionSheets(int n) {
        List<RegionSheet> sheets = new ArrayList<>();
        for (int i = n; i >= 1; i--) {
            sheets.add(regionSheet(i));
        }
        return sheets;
    }
}
