package org.cpatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The sample table of the README's tour, {@code data/samples/county_area_computed.csv}, holds only values of known
 * origin: each county's area and outline length computed from the atlas's own county layer. This test computes them
 * again and compares; after the maps are rebuilt, {@code -Dsample.write=true} writes the file anew.
 */
class SampleFileTest {

    static final Path SAMPLE = Path.of("data/samples/county_area_computed.csv");
    /** Gansu, Hubei, Hunan, Chongqing, Guizhou: all of Wuling, part of Liupan, Qinba and Wumeng. */
    static final Set<String> PROVINCES = Set.of("62", "42", "43", "50", "52");
    /** The authalic radius of WGS84, km: the sphere with the ellipsoid's area. */
    private static final double R_KM = 6371.0072;

    @Test
    void everyValueOfTheSampleIsRecomputedFromTheCountyLayer() throws IOException {
        List<String> expected = lines();
        if (Boolean.getBoolean("sample.write")) {
            Files.createDirectories(SAMPLE.getParent());
            Files.write(SAMPLE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readAllLines(SAMPLE, StandardCharsets.UTF_8)).containsExactlyElementsOf(expected);
        assertThat(expected).hasSizeGreaterThan(400);
    }

    private static List<String> lines() {
        ShapefileReader reader = new ShapefileReader(
                ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST));
        FeatureLayer counties = MapSource.directory(Path.of("maps")).read("counties", reader);
        List<String> lines = new ArrayList<>();
        lines.add("代码,县名,省份,面积(km²),边界长度(km)");
        java.util.Set<String> seen = new java.util.HashSet<>();
        counties.features().stream()
                .filter(f -> f.text("code").matches("\\d{6}") && PROVINCES.contains(f.text("prov_code")))
                .sorted(java.util.Comparator.comparing((Feature f) -> f.text("code")))
                .filter(f -> seen.add(f.text("code")))
                .forEach(f -> lines.add(f.text("code") + "," + f.text("name_zh") + "," + f.text("prov_zh") + ","
                        + round(areaKm2(f.geometry())) + "," + round(lengthKm(f.geometry()))));
        return lines;
    }

    private static String round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Area on the sphere: for each ring, R²/2 · Σ (λ₂ − λ₁)(2 + sin φ₁ + sin φ₂), holes subtracted. */
    static double areaKm2(Geometry geometry) {
        double total = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            total += Math.abs(ringArea(polygon.getExteriorRing()));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                total -= Math.abs(ringArea(polygon.getInteriorRingN(h)));
            }
        }
        return total;
    }

    private static double ringArea(LineString ring) {
        Coordinate[] c = ring.getCoordinates();
        double sum = 0;
        for (int i = 0; i < c.length - 1; i++) {
            sum += Math.toRadians(c[i + 1].x - c[i].x)
                    * (2 + Math.sin(Math.toRadians(c[i].y)) + Math.sin(Math.toRadians(c[i + 1].y)));
        }
        return sum * R_KM * R_KM / 2;
    }

    /** Length of every ring, great-circle (haversine) between vertices. */
    static double lengthKm(Geometry geometry) {
        double total = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            total += ringLength(polygon.getExteriorRing());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                total += ringLength(polygon.getInteriorRingN(h));
            }
        }
        return total;
    }

    private static double ringLength(LineString ring) {
        Coordinate[] c = ring.getCoordinates();
        double sum = 0;
        for (int i = 0; i < c.length - 1; i++) {
            double p1 = Math.toRadians(c[i].y);
            double p2 = Math.toRadians(c[i + 1].y);
            double dp = p2 - p1;
            double dl = Math.toRadians(c[i + 1].x - c[i].x);
            double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2)
                    * Math.sin(dl / 2);
            sum += 2 * R_KM * Math.asin(Math.min(1, Math.sqrt(a)));
        }
        return sum;
    }
}
