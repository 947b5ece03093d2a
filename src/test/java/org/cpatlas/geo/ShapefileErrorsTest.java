package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpatlas.geo.GeoFixtures.CHINESE_FIELDS;
import static org.cpatlas.geo.GeoFixtures.GF;
import static org.cpatlas.geo.GeoFixtures.chineseFeatures;
import static org.cpatlas.geo.GeoFixtures.feature;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.cpatlas.geo.ShapefileException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class ShapefileErrorsTest {

    @TempDir
    Path dir;

    private final ShapefileReader reader = new ShapefileReader();

    private ShapefileParts valid() {
        return new ShapefileWriter().encode("regions", CHINESE_FIELDS, chineseFeatures());
    }

    private Path validOnDisk() throws IOException {
        return valid().writeTo(dir);
    }

    private AbstractThrowableAssert<?, ?> readingFails(ShapefileParts parts, Reason reason) {
        return assertThatThrownBy(() -> reader.read(parts))
                .isInstanceOfSatisfying(ShapefileException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private AbstractThrowableAssert<?, ?> readingFails(Path shp, Reason reason) {
        return assertThatThrownBy(() -> reader.read(shp))
                .isInstanceOfSatisfying(ShapefileException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void missingShpSaysTheFileDoesNotExist() {
        readingFails(dir.resolve("nowhere.shp"), Reason.MISSING_FILE)
                .hasMessageContaining("nowhere.shp does not exist; check the path");
    }

    @Test
    void missingShxNamesTheFileAndTheSetOfPartsNeeded() throws IOException {
        Path shp = validOnDisk();
        Files.delete(dir.resolve("regions.shx"));

        readingFails(shp, Reason.MISSING_FILE)
                .hasMessageContaining("Missing " + dir.resolve("regions.shx"))
                .hasMessageContaining("needs regions.shp, regions.shx and regions.dbf side by side");
    }

    @Test
    void missingDbfNamesTheDbf() throws IOException {
        Path shp = validOnDisk();
        Files.delete(dir.resolve("regions.dbf"));

        readingFails(shp, Reason.MISSING_FILE).hasMessageContaining("Missing " + dir.resolve("regions.dbf"));
    }

    @Test
    void upperCaseExtensionsAreFound() throws IOException {
        Path shp = validOnDisk();
        Files.move(dir.resolve("regions.dbf"), dir.resolve("regions.DBF"));

        assertThat(reader.read(shp).size()).isEqualTo(2);
    }

    @Test
    void zeroByteShpIsReportedAsEmpty() throws IOException {
        Path shp = validOnDisk();
        Files.write(shp, new byte[0]);

        readingFails(shp, Reason.EMPTY_FILE).hasMessageContaining(shp + " is empty (0 bytes)");
    }

    @Test
    void zeroByteDbfIsReportedAsEmpty() throws IOException {
        Path shp = validOnDisk();
        Files.write(dir.resolve("regions.dbf"), new byte[0]);

        readingFails(shp, Reason.EMPTY_FILE).hasMessageContaining("regions.dbf is empty (0 bytes)");
    }

    @Test
    void directoryInPlaceOfThePartIsReported() throws IOException {
        Path shp = validOnDisk();
        Files.delete(dir.resolve("regions.shx"));
        Files.createDirectory(dir.resolve("regions.shx"));

        readingFails(shp, Reason.NOT_A_FILE).hasMessageContaining("regions.shx is a directory, not a file");
    }

    @Test
    void directoryGivenAsTheLayerIsReported() {
        readingFails(dir, Reason.NOT_A_FILE).hasMessageContaining("is a directory, not a shapefile");
    }

    @Test
    void truncatedShpSaysHowManyBytesAreMissing() {
        ShapefileParts parts = valid();
        byte[] shp = parts.shp().bytes();

        readingFails(parts.with("shp", Arrays.copyOf(shp, shp.length - 50)), Reason.TRUNCATED)
                .hasMessageContaining("regions.shp is truncated: its header declares " + shp.length + " bytes but the"
                        + " file has only " + (shp.length - 50));
    }

    @Test
    void shpShorterThanItsHeaderIsTruncated() {
        readingFails(valid().with("shp", Arrays.copyOf(valid().shp().bytes(), 60)), Reason.TRUNCATED)
                .hasMessageContaining("fewer than the 100-byte shapefile header");
    }

    @Test
    void wrongFileCodeSaysItIsNotAShapefile() {
        byte[] shp = ShpBytes.putIntBE(valid().shp().bytes(), 0, 1234);

        readingFails(valid().with("shp", shp), Reason.BAD_HEADER)
                .hasMessageContaining("regions.shp is not a shapefile: its file code is 1234 instead of 9994");
    }

    @Test
    void textFileRenamedToDbfIsNotADbaseTable() {
        byte[] csv = "code,name\nwuling,武陵山区\n".repeat(5).getBytes(StandardCharsets.UTF_8);
        byte[] notes = "name_zh: 武陵山区\n".repeat(5).getBytes(StandardCharsets.UTF_8);

        // 'c' happens to be a valid dBASE version byte, so the header lengths give this one away.
        readingFails(valid().with("dbf", csv), Reason.BAD_HEADER)
                .hasMessageContaining("regions.dbf is not a dBASE table or its header is damaged");
        readingFails(valid().with("dbf", notes), Reason.BAD_HEADER)
                .hasMessageContaining("regions.dbf is not a dBASE table (first byte 0x6e)");
    }

    @Test
    void truncatedDbfSaysHowManyRecordsItDeclares() {
        byte[] dbf = valid().dbf().bytes();

        readingFails(valid().with("dbf", Arrays.copyOf(dbf, dbf.length - 40)), Reason.TRUNCATED)
                .hasMessageContaining("regions.dbf is truncated: its header declares 2 records");
    }

    @Test
    void recordCountMismatchNamesBothFilesAndCounts() {
        ShapefileParts three = new ShapefileWriter().encode("regions", CHINESE_FIELDS,
                List.of(chineseFeatures().get(0), chineseFeatures().get(1), chineseFeatures().get(0)));

        readingFails(valid().with("dbf", three.dbf().bytes()), Reason.RECORD_COUNT_MISMATCH)
                .hasMessageContaining("regions.shp has 2 shapes but regions.dbf has 3 records: the parts do not belong together");
    }

    @Test
    void shxPointingPastTheShpIsReported() {
        byte[] shx = ShpBytes.putIntBE(valid().shx().bytes(), 100, 1_000_000);

        readingFails(valid().with("shx", shx), Reason.CORRUPT_RECORD)
                .hasMessageContaining("regions.shx says record 1 lies at bytes 2000000")
                .hasMessageContaining("the .shx does not belong to this .shp or one of them is damaged");
    }

    @Test
    void recordDeclaringMorePointsThanItHoldsIsCorrupt() {
        // Record 1 content starts at 108; numPoints is at +40.
        byte[] shp = ShpBytes.putIntLE(valid().shp().bytes(), 108 + 40, 1_000_000);

        readingFails(valid().with("shp", shp), Reason.CORRUPT_RECORD)
                .hasMessageContaining("Record 1 of regions.shp is corrupt: it declares 2 parts and 1000000 points");
    }

    @Test
    void pointLayerWhereAPolygonLayerIsRequiredNamesTheShapeType() {
        ShapefileParts points = new ShapefileWriter().encode("cities", List.of("code"),
                List.of(feature(GF.createPoint(new Coordinate(91.13, 29.65)), "code", "lhasa")));

        assertThatThrownBy(() -> reader.readPolygons(points))
                .isInstanceOfSatisfying(ShapefileException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_GEOMETRY_TYPE))
                .hasMessageContaining("cities.shp holds points (shape type 1) but polygons are needed here");
    }

    @Test
    void selfIntersectingPolygonIsReportedWithItsRecordCodeAndWhere() {
        Polygon bowTie = GF.createPolygon(new Coordinate[] {new Coordinate(100, 30), new Coordinate(102, 32),
            new Coordinate(102, 30), new Coordinate(100, 32), new Coordinate(100, 30)});
        ShapefileParts parts = new ShapefileWriter().encode("counties", List.of("code"),
                List.of(feature(GeoFixtures.square(90, 20, 91, 21), "code", "ok"), feature(bowTie, "code", "422801")));

        readingFails(parts, Reason.INVALID_GEOMETRY)
                .hasMessageContaining("counties.shp has an invalid geometry, first record 2 (code=422801): Self-intersection at (101.0, 31.0)")
                .hasMessageEndingWith("ogr2ogr -makevalid out.shp counties.shp) and load it again");
    }

    @Test
    void ringTooShortToEncloseAnAreaIsReportedUnlessRepairIsAsked() {
        double[] square = ShpBytes.ring(100, 30, 100, 31, 101, 31, 101, 30, 100, 30);
        double[] sliver = ShpBytes.ring(102, 30, 102, 31, 102, 30);
        ShapefileParts parts = ShpBytes.rawPolygons(List.of(List.of(square, sliver)));

        readingFails(parts, Reason.INVALID_GEOMETRY)
                .hasMessageContaining("record 1 (code=r1): ring 2 has only 3 points, too few to enclose an area");
        assertThat(new ShapefileReader(ShapefileReader.Options.defaults().repair()).read(parts)
                .features().get(0).geometry().getArea()).isEqualTo(1.0);
    }

    @Test
    void layerWithoutFeaturesIsEmpty() {
        ShapefileParts empty = new ShapefileWriter().encode("regions", List.of("code"), List.of());

        readingFails(empty, Reason.EMPTY_LAYER).hasMessageContaining("regions.shp has no features");
    }

    @Test
    void projectedPrjAsksForReprojectionToWgs84() {
        String utm = "PROJCS[\"WGS_1984_UTM_Zone_49N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
                + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
                + "PROJECTION[\"Transverse_Mercator\"],UNIT[\"Meter\",1.0]]";

        readingFails(valid().with("prj", utm.getBytes(StandardCharsets.US_ASCII)), Reason.PROJECTED_CRS)
                .hasMessageContaining("regions.shp is in a projected CRS (WGS_1984_UTM_Zone_49N, per regions.prj);"
                        + " reproject it to WGS84 lon/lat (EPSG:4326), e.g. ogr2ogr -t_srs EPSG:4326");
    }

    @Test
    void cgcs2000GeographicPrjIsAccepted() {
        String cgcs = "GEOGCS[\"China Geodetic Coordinate System 2000\",DATUM[\"China_2000\",SPHEROID[\"CGCS2000\","
                + "6378137,298.257222101]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]";

        assertThat(reader.read(valid().with("prj", cgcs.getBytes(StandardCharsets.US_ASCII))).size()).isEqualTo(2);
    }

    @Test
    void metresWithoutPrjAreRecognisedAsAProjectedCrs() {
        ShapefileParts metres = new ShapefileWriter().encode("regions", List.of("code"),
                List.of(feature(GeoFixtures.square(500_000, 3_300_000, 510_000, 3_310_000), "code", "x"))).without("prj");

        readingFails(metres, Reason.NOT_LON_LAT)
                .hasMessageContaining("regions.shp has coordinates outside the lon/lat range (500000.0, 3300000.0 in record 1)")
                .hasMessageContaining("ogr2ogr -t_srs EPSG:4326");
    }

    @Test
    void gbkTextWithoutCpgFailsAndSuggestsAGbkCpg() {
        ShapefileParts gbk = new ShapefileWriter(ShapefileWriter.Options.defaults().withCharset(Charset.forName("GBK"))
                .withoutCpg()).encode("regions", CHINESE_FIELDS, chineseFeatures());
        byte[] dbf = gbk.dbf().bytes();
        dbf[29] = 0; // no language driver either, as most non-Chinese tools write

        readingFails(gbk.with("dbf", dbf), Reason.ENCODING)
                .hasMessageContaining("regions.dbf has text that is not UTF-8 (in record 1, field name_zh) and no .cpg file")
                .hasMessageContaining("decodes cleanly as GBK")
                .hasMessageContaining("create a .cpg file containing GBK next to it (regions.cpg)");
    }

    @Test
    void cpgThatContradictsTheTextIsReported() {
        ShapefileParts gbk = new ShapefileWriter(ShapefileWriter.Options.defaults().withCharset(Charset.forName("GBK")))
                .encode("regions", CHINESE_FIELDS, chineseFeatures()).with("cpg", "UTF-8".getBytes());

        readingFails(gbk, Reason.ENCODING)
                .hasMessageContaining("regions.dbf has text that is not valid UTF-8 (in record 1, field name_zh)"
                        + " although regions.cpg says it is");
    }

    @Test
    void unknownEncodingInCpgIsReported() {
        readingFails(valid().with("cpg", "KLINGON-8".getBytes()), Reason.ENCODING)
                .hasMessageContaining("regions.cpg names the encoding 'KLINGON-8', which is not known");
    }
}
