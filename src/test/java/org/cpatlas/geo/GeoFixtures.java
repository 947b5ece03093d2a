package org.cpatlas.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Small layers built in code for tests: polygons with holes, multipolygons, Chinese names, a mock atlas. */
final class GeoFixtures {

    static final GeometryFactory GF = new GeometryFactory();

    private GeoFixtures() {
    }

    static LinearRing box(double x0, double y0, double x1, double y1) {
        return GF.createLinearRing(new Coordinate[] {
            new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1), new Coordinate(x0, y1),
            new Coordinate(x0, y0)});
    }

    static Polygon square(double x0, double y0, double x1, double y1, LinearRing... holes) {
        return GF.createPolygon(box(x0, y0, x1, y1), holes);
    }

    /** 100..110 E, 30..40 N with a hole 104..106 E, 34..36 N. */
    static Polygon squareWithHole() {
        return square(100, 30, 110, 40, box(104, 34, 106, 36));
    }

    /** Three parts: a plain square, a square with a hole, and an island inside that hole. */
    static Geometry islandInLake() {
        return GF.createMultiPolygon(new Polygon[] {
            square(90, 20, 92, 22),
            square(95, 20, 99, 24, box(96, 21, 98, 23)),
            square(96.5, 21.5, 97.5, 22.5)});
    }

    static Feature feature(Geometry g, Object... keysAndValues) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            attributes.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Feature(g, attributes);
    }

    /** Two features with Chinese names, a hole, and a multipolygon. */
    static List<Feature> chineseFeatures() {
        return List.of(
                feature(squareWithHole(), "code", "wuling", "name_zh", "武陵山区", "n_counties", 64L, "rate", 23.79),
                feature(islandInLake(), "code", "tibet", "name_zh", "西藏区", "n_counties", 74L, "rate", 0.5));
    }

    static final List<String> CHINESE_FIELDS = List.of("code", "name_zh", "n_counties", "rate");

    /**
     * A mock atlas on a 10-degree grid: province 42 covers 100..110 E, 20..40 N and 43 covers 110..120 E; region
     * wuling covers 105..115 E, 25..35 N (with a hole 108..110 E, 28..30 N that is in no region); counties tile the
     * provinces in 5-degree squares.
     */
    static FeatureLayer regions() {
        return layer("regions", List.of("code", "seq", "name_zh", "name_en", "n_counties", "quality"),
                List.of(feature(square(105, 25, 115, 35, box(108, 28, 110, 30)), "code", "wuling", "seq", 3L,
                        "name_zh", "武陵山区", "name_en", "Wuling Mountains", "n_counties", 64L, "quality", "approximate"),
                        feature(GF.createMultiPolygon(new Polygon[] {square(80, 28, 90, 36), square(91, 28, 92, 29)}),
                                "code", "tibet", "seq", 11L, "name_zh", "西藏区", "name_en", "Tibet",
                                "n_counties", 74L, "quality", "sourced")));
    }

    static FeatureLayer provinces() {
        return layer("provinces", List.of("code", "name_zh", "name_en"),
                List.of(feature(square(100, 20, 110, 40), "code", "42", "name_zh", "湖北省", "name_en", "Hubei"),
                        feature(square(110, 20, 120, 40), "code", "43", "name_zh", "湖南省", "name_en", "Hunan")));
    }

    static FeatureLayer counties() {
        List<Feature> features = new ArrayList<>();
        int n = 0;
        for (int x = 100; x < 120; x += 5) {
            for (int y = 20; y < 40; y += 5) {
                n++;
                String prov = x < 110 ? "42" : "43";
                features.add(feature(square(x, y, x + 5, y + 5), "code", prov + String.format("%04d", n),
                        "name_zh", "县" + n, "prov_code", prov));
            }
        }
        return layer("counties", List.of("code", "name_zh", "prov_code"), features);
    }

    static FeatureLayer layer(String name, List<String> fields, List<Feature> features) {
        org.locationtech.jts.geom.Envelope bounds = new org.locationtech.jts.geom.Envelope();
        features.forEach(f -> bounds.expandToInclude(f.geometry().getEnvelopeInternal()));
        return new FeatureLayer(name, fields, features, bounds);
    }
}
