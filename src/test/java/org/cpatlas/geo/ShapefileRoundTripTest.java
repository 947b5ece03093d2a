package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpatlas.geo.GeoFixtures.CHINESE_FIELDS;
import static org.cpatlas.geo.GeoFixtures.GF;
import static org.cpatlas.geo.GeoFixtures.chineseFeatures;
import static org.cpatlas.geo.GeoFixtures.feature;
import static org.cpatlas.geo.GeoFixtures.square;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class ShapefileRoundTripTest {

    private final ShapefileReader reader = new ShapefileReader();

    private static ShapefileParts written(List<Feature> features) {
        return new ShapefileWriter().encode("layer", CHINESE_FIELDS, features);
    }

    @Test
    void polygonWithHoleReadsAsOnePolygonWithThatHole() {
        FeatureLayer layer = reader.read(written(chineseFeatures()));

        Geometry g = layer.features().get(0).geometry();
        assertThat(g).isInstanceOf(Polygon.class);
        assertThat(((Polygon) g).getNumInteriorRing()).isEqualTo(1);
        assertThat(g.equalsTopo(GeoFixtures.squareWithHole())).isTrue();
        assertThat(g.getArea()).isEqualTo(96.0);
    }

    @Test
    void islandInsideALakeIsItsOwnPolygonAndTheLakeStaysAHoleOfItsShell() {
        FeatureLayer layer = reader.read(written(chineseFeatures()));

        Geometry g = layer.features().get(1).geometry();
        assertThat(g).isInstanceOf(MultiPolygon.class);
        assertThat(g.getNumGeometries()).isEqualTo(3);
        assertThat(g.isValid()).isTrue();
        assertThat(g.equalsTopo(GeoFixtures.islandInLake())).isTrue();
        assertThat(g.getArea()).isEqualTo(4 + 16 - 4 + 1);
    }

    @Test
    void holeListedBeforeItsShellStillGoesToTheShellThatContainsIt() {
        // The specification does not fix ring order: here the hole (counter-clockwise) comes before both shells.
        double[] hole = ShpBytes.ring(104, 34, 106, 34, 106, 36, 104, 36, 104, 34);
        double[] small = ShpBytes.ring(120, 30, 120, 31, 121, 31, 121, 30, 120, 30);
        double[] big = ShpBytes.ring(100, 30, 100, 40, 110, 40, 110, 30, 100, 30);
        ShapefileParts parts = ShpBytes.rawPolygons(List.of(List.of(hole, small, big)));

        Geometry g = reader.read(parts).features().get(0).geometry();

        Geometry expected = GF.createMultiPolygon(new Polygon[] {square(120, 30, 121, 31), GeoFixtures.squareWithHole()});
        assertThat(g.equalsTopo(expected)).isTrue();
        assertThat(g.getArea()).isEqualTo(97.0);
    }

    @Test
    void ringsInTheWrongOrientationAreKeptAsAreasNotLost() {
        // Counter-clockwise rings that no shell contains become shells, as GDAL does.
        double[] ccw = ShpBytes.ring(100, 30, 101, 30, 101, 31, 100, 31, 100, 30);
        ShapefileParts parts = ShpBytes.rawPolygons(List.of(List.of(ccw)));

        Geometry g = reader.read(parts).features().get(0).geometry();

        assertThat(g.getArea()).isEqualTo(1.0);
        assertThat(g.isValid()).isTrue();
    }

    @Test
    void unclosedRingIsClosed() {
        double[] open = ShpBytes.ring(100, 30, 100, 31, 101, 31, 101, 30);

        Geometry g = reader.read(ShpBytes.rawPolygons(List.of(List.of(open)))).features().get(0).geometry();

        assertThat(g.getArea()).isEqualTo(1.0);
        assertThat(g.getNumPoints()).isEqualTo(5);
    }

    @Test
    void attributesKeepTheirTypesAndChineseText() {
        FeatureLayer layer = reader.read(written(chineseFeatures()));

        assertThat(layer.fieldNames()).containsExactlyElementsOf(CHINESE_FIELDS);
        Feature tibet = layer.features().get(1);
        assertThat(tibet.text("name_zh")).isEqualTo("西藏区");
        assertThat(tibet.attributes().get("n_counties")).isEqualTo(74L);
        assertThat(tibet.number("rate")).isEqualTo(0.5);
        assertThat(layer.features().get(0).number("rate")).isEqualTo(23.79);
        assertThat(layer.name()).isEqualTo("layer");
        assertThat(layer.bounds()).isEqualTo(new org.locationtech.jts.geom.Envelope(90, 110, 20, 40));
    }

    @Test
    void chineseNamesInGbkAreReadThroughTheCpg() {
        ShapefileParts gbk = new ShapefileWriter(ShapefileWriter.Options.defaults().withCharset(Charset.forName("GBK")))
                .encode("layer", CHINESE_FIELDS, chineseFeatures());
        assertThat(new String(gbk.cpg().orElseThrow().bytes())).isEqualTo("GBK");

        FeatureLayer layer = reader.read(gbk);

        assertThat(layer.features().get(0).text("name_zh")).isEqualTo("武陵山区");
    }

    @Test
    void cpgNamingCodePage936IsReadAsGbk() {
        ShapefileParts gbk = new ShapefileWriter(ShapefileWriter.Options.defaults().withCharset(Charset.forName("GBK")))
                .encode("layer", CHINESE_FIELDS, chineseFeatures());

        FeatureLayer layer = reader.read(gbk.with("cpg", "ANSI 936\r\n".getBytes()));

        assertThat(layer.features().get(1).text("name_zh")).isEqualTo("西藏区");
    }

    @Test
    void gbkWithoutCpgIsReadWhenTheLanguageDriverSaysCodePage936() {
        ShapefileParts gbk = new ShapefileWriter(ShapefileWriter.Options.defaults().withCharset(Charset.forName("GBK"))
                .withoutCpg()).encode("layer", CHINESE_FIELDS, chineseFeatures());
        assertThat(gbk.dbf().bytes()[29] & 0xFF).isEqualTo(0x7A);

        assertThat(reader.read(gbk).features().get(0).text("name_zh")).isEqualTo("武陵山区");
    }

    @Test
    void utf8WithoutCpgIsRead() {
        ShapefileParts parts = written(chineseFeatures()).without("cpg");

        assertThat(reader.read(parts).features().get(0).text("name_zh")).isEqualTo("武陵山区");
    }

    @Test
    void explicitCharsetOverridesAWrongCpg() {
        ShapefileParts gbk = new ShapefileWriter(ShapefileWriter.Options.defaults().withCharset(Charset.forName("GBK")))
                .encode("layer", CHINESE_FIELDS, chineseFeatures()).with("cpg", "UTF-8".getBytes());

        FeatureLayer layer = new ShapefileReader(ShapefileReader.Options.defaults().withCharset(Charset.forName("GBK")))
                .read(gbk);

        assertThat(layer.features().get(0).text("name_zh")).isEqualTo("武陵山区");
    }

    @Test
    void layerWrittenToDiskReadsTheSameAsFromBytes(@TempDir Path dir) throws IOException {
        Path shp = new ShapefileWriter().write(dir, "regions", CHINESE_FIELDS, chineseFeatures());

        FeatureLayer fromDisk = reader.read(shp);
        FeatureLayer withoutExtension = reader.read(dir.resolve("regions"));
        FeatureLayer fromBytes = reader.read(ShapefileParts.open(shp));

        assertThat(fromDisk.features()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(fromDisk.features().get(i).geometry().equalsExact(fromBytes.features().get(i).geometry())).isTrue();
            assertThat(withoutExtension.features().get(i).attributes()).isEqualTo(fromDisk.features().get(i).attributes());
        }
        assertThat(fromDisk.name()).isEqualTo("regions");
    }

    @ParameterizedTest
    @EnumSource(value = ShapeType.class, names = {"POLYGON", "POLYGON_Z", "POLYGON_M"})
    void polygonVariantsReadAs2d(ShapeType type) {
        ShapefileParts parts = new ShapefileWriter(ShapefileWriter.Options.defaults().withShapeType(type))
                .encode("layer", CHINESE_FIELDS, chineseFeatures());

        FeatureLayer layer = reader.read(parts);

        assertThat(layer.features().get(1).geometry().equalsTopo(GeoFixtures.islandInLake())).isTrue();
        assertThat(layer.features().get(1).geometry().getCoordinate().getZ()).isNaN();
    }

    @ParameterizedTest
    @EnumSource(value = ShapeType.class, names = {"POINT", "POINT_Z", "POINT_M"})
    void pointVariantsReadAsPoints(ShapeType type) {
        List<Feature> points = List.of(feature(GF.createPoint(new Coordinate(91.13, 29.65)), "code", "lhasa"),
                feature(GF.createPoint(new Coordinate(75.99, 39.47)), "code", "kashgar"));
        ShapefileParts parts = new ShapefileWriter(ShapefileWriter.Options.defaults().withShapeType(type))
                .encode("p", List.of("code"), points);

        FeatureLayer layer = reader.read(parts);

        assertThat(layer.features().get(1).geometry().getCoordinate()).isEqualTo(new Coordinate(75.99, 39.47));
        assertThat(layer.features().get(1).text("code")).isEqualTo("kashgar");
    }

    @ParameterizedTest
    @EnumSource(value = ShapeType.class, names = {"MULTIPOINT", "MULTIPOINT_Z", "MULTIPOINT_M"})
    void multipointVariantsReadAsMultipoints(ShapeType type) {
        Geometry mp = GF.createMultiPointFromCoords(new Coordinate[] {new Coordinate(1, 2), new Coordinate(3, 4)});
        ShapefileParts parts = new ShapefileWriter(ShapefileWriter.Options.defaults().withShapeType(type))
                .encode("mp", List.of("code"), List.of(feature(mp, "code", "x")));

        assertThat(reader.read(parts).features().get(0).geometry().equalsExact(mp)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ShapeType.class, names = {"POLYLINE", "POLYLINE_Z", "POLYLINE_M"})
    void polylineVariantsReadAsLines(ShapeType type) {
        LineString a = GF.createLineString(new Coordinate[] {new Coordinate(100, 30), new Coordinate(101, 31)});
        LineString b = GF.createLineString(new Coordinate[] {new Coordinate(102, 30), new Coordinate(103, 31),
            new Coordinate(104, 30)});
        Geometry multi = GF.createMultiLineString(new LineString[] {a, b});
        ShapefileParts parts = new ShapefileWriter(ShapefileWriter.Options.defaults().withShapeType(type))
                .encode("l", List.of("code"), List.of(feature(a, "code", "a"), feature(multi, "code", "ab")));

        FeatureLayer layer = reader.read(parts);

        assertThat(layer.features().get(0).geometry().equalsExact(a)).isTrue();
        assertThat(layer.features().get(1).geometry().equalsExact(multi)).isTrue();
    }

    @Test
    void nullShapeBecomesAnEmptyGeometryAndKeepsRowsAligned() {
        List<Feature> features = List.of(feature(GF.createPolygon(), "code", "none"),
                feature(square(100, 30, 101, 31), "code", "one"));
        FeatureLayer layer = reader.read(new ShapefileWriter().encode("n", List.of("code"), features));

        assertThat(layer.features().get(0).geometry().isEmpty()).isTrue();
        assertThat(layer.features().get(1).text("code")).isEqualTo("one");
        assertThat(layer.features().get(1).geometry().getArea()).isEqualTo(1.0);
    }

    @Test
    void selfIntersectingPolygonIsRepairedWhenAsked() {
        Polygon bowTie = GF.createPolygon(new Coordinate[] {new Coordinate(100, 30), new Coordinate(102, 32),
            new Coordinate(102, 30), new Coordinate(100, 32), new Coordinate(100, 30)});
        ShapefileParts parts = new ShapefileWriter().encode("bad", List.of("code"), List.of(feature(bowTie, "code", "x")));

        Geometry repaired = new ShapefileReader(ShapefileReader.Options.defaults().repair()).read(parts)
                .features().get(0).geometry();

        assertThat(repaired.isValid()).isTrue();
        assertThat(repaired.getArea()).isEqualTo(2.0);
    }

    @Test
    void holesAreReadEvenWhenTheyTouchTheShell() {
        // The hole shares the shell's corner (valid in OGC terms); containment must still be found.
        Polygon touching = square(0, 0, 10, 10, GF.createLinearRing(new Coordinate[] {new Coordinate(0, 0),
            new Coordinate(5, 2), new Coordinate(2, 5), new Coordinate(0, 0)}));
        ShapefileParts parts = new ShapefileWriter().encode("t", List.of("code"), List.of(feature(touching, "code", "x")));

        Geometry g = reader.read(parts).features().get(0).geometry();

        assertThat(g).isInstanceOf(Polygon.class);
        assertThat(((Polygon) g).getNumInteriorRing()).isEqualTo(1);
        assertThat(g.isValid()).isTrue();
    }
}
