package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cpatlas.core.LoadProgress;
import org.cpatlas.core.MapData;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.geo.ShapefileException.Reason;
import org.cpatlas.geo.ShapefileWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A user's maps folder with one thing wrong, loaded the way the window loads it ({@link MapData#load}): the failure is
 * a {@link ShapefileException} whose message names the file, says what is wrong and what to do, and not one byte of
 * the folder is changed by the attempt.
 */
class MapsFolderFaultsTest {

    static final GeometryFactory GF = new GeometryFactory();
    static final List<String> FIELDS = List.of("code", "name_zh", "name_en");

    @TempDir
    Path maps;

    /** Regions, provinces and counties on a small grid, with Chinese names, written as the map build writes them. */
    static void writeValidMaps(Path dir) {
        try {
            ShapefileWriter writer = new ShapefileWriter();
            writer.write(dir, "regions", FIELDS, List.of(
                    feature(box(105, 25, 115, 35), "wuling", "武陵山区", "Wuling Mountains"),
                    feature(box(80, 28, 90, 36), "tibet", "西藏区", "Tibet")));
            writer.write(dir, "provinces", FIELDS, List.of(
                    feature(box(100, 20, 110, 40), "42", "湖北省", "Hubei"),
                    feature(box(110, 20, 120, 40), "43", "湖南省", "Hunan")));
            writer.write(dir, "counties", FIELDS, counties());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Feature> counties() {
        List<Feature> features = new ArrayList<>();
        for (int x = 100; x < 120; x += 5) {
            features.add(feature(box(x, 20, x + 5, 25), "42" + x, "县" + x, "County " + x));
        }
        return features;
    }

    static Feature feature(Geometry g, String code, String zh, String en) {
        return new Feature(g, Map.of("code", code, "name_zh", zh, "name_en", en));
    }

    static Geometry box(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    @BeforeEach
    void validMaps() {
        writeValidMaps(maps);
    }

    /** One way to damage the folder, and the exact message the user then reads (DIR stands for the folder). */
    @FunctionalInterface
    interface Damage {
        void apply(Path dir) throws IOException;
    }

    static Arguments fault(String name, Damage damage, Reason reason, String message) {
        return Arguments.of(name, damage, reason, message);
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                fault("missing .shx", dir -> Files.delete(dir.resolve("counties.shx")), Reason.MISSING_FILE,
                        "Missing DIR/counties.shx: the layer counties needs counties.shp, counties.shx and counties.dbf"
                                + " side by side; copy the missing .shx from the same export next to the others"),
                fault("missing .dbf", dir -> Files.delete(dir.resolve("provinces.dbf")), Reason.MISSING_FILE,
                        "Missing DIR/provinces.dbf: the layer provinces needs provinces.shp, provinces.shx and"
                                + " provinces.dbf side by side; copy the missing .dbf from the same export next to the others"),
                fault("missing .shp", dir -> Files.delete(dir.resolve("regions.shp")), Reason.MISSING_FILE,
                        "DIR/regions.shp does not exist; check the path (a layer is a .shp file with its .shx and .dbf"
                                + " beside it)"),
                fault("0-byte .shp", dir -> Files.write(dir.resolve("counties.shp"), new byte[0]), Reason.EMPTY_FILE,
                        "DIR/counties.shp is empty (0 bytes); the copy is incomplete: copy or export the layer again"),
                fault("0-byte .shx", dir -> Files.write(dir.resolve("counties.shx"), new byte[0]), Reason.EMPTY_FILE,
                        "DIR/counties.shx is empty (0 bytes); the copy is incomplete: copy or export the layer again"),
                fault("0-byte .dbf", dir -> Files.write(dir.resolve("counties.dbf"), new byte[0]), Reason.EMPTY_FILE,
                        "DIR/counties.dbf is empty (0 bytes); the copy is incomplete: copy or export the layer again"),
                fault("directory in place of the .shp", MapsFolderFaultsTest::shpIsADirectory, Reason.NOT_A_FILE,
                        "DIR/counties.shp is a directory, not a file; remove or rename it and put the layer's file there"),
                fault("truncated .shp", dir -> truncate(dir.resolve("counties.shp"), 50), Reason.TRUNCATED,
                        "DIR/counties.shp is truncated: its header declares 644 bytes but the file has only 594;"
                                + " the copy is incomplete: copy or export the layer again"),
                fault("truncated .shx", dir -> truncate(dir.resolve("counties.shx"), 3), Reason.TRUNCATED,
                        "DIR/counties.shx is truncated: its header declares 132 bytes but the file has only 129;"
                                + " the copy is incomplete: copy or export the layer again"),
                fault("truncated .dbf", dir -> truncate(dir.resolve("counties.dbf"), 40), Reason.TRUNCATED,
                        "DIR/counties.dbf is truncated: its header declares 4 records of 22 bytes (217 bytes in all)"
                                + " but the file has 178; copy or export the layer again"),
                fault(".dbf of another export (one record more)", MapsFolderFaultsTest::dbfFromAnotherExport,
                        Reason.RECORD_COUNT_MISMATCH, "DIR/counties.shp has 4 shapes but DIR/counties.dbf has 5 records:"
                                + " the parts do not belong together (one was replaced or cut short); export the layer"
                                + " again so that all its files come from one save"),
                fault("GBK names without a .cpg", MapsFolderFaultsTest::gbkWithoutCpg, Reason.ENCODING,
                        "DIR/counties.dbf has text that is not UTF-8 (in record 1, field name_zh) and no .cpg file says"
                                + " which encoding it uses. Its text decodes cleanly as GBK, as written by Chinese GIS"
                                + " software: create a .cpg file containing GBK next to it (DIR/counties.cpg), or export"
                                + " the layer again as UTF-8 (ogr2ogr -lco ENCODING=UTF-8 …)"),
                fault("self-intersecting polygon", MapsFolderFaultsTest::bowTie, Reason.INVALID_GEOMETRY,
                        "DIR/counties.shp has an invalid geometry, first record 2 (code=422801): Self-intersection at"
                                + " (101.0, 31.0). Repair the layer (e.g. mapshaper DIR/counties.shp -clean -o out.shp,"
                                + " or ogr2ogr -makevalid out.shp DIR/counties.shp) and load it again"),
                fault("empty layer", dir -> new ShapefileWriter().write(dir, "counties", FIELDS, List.of()),
                        Reason.EMPTY_LAYER, "DIR/counties.shp has no features; export the layer again, or check that"
                                + " the right file was chosen"),
                fault("lines instead of polygons", MapsFolderFaultsTest::lines, Reason.WRONG_GEOMETRY_TYPE,
                        "DIR/provinces.shp holds lines (shape type 3) but polygons are needed here; choose the polygon"
                                + " layer"),
                fault("projected coordinates, no .prj", MapsFolderFaultsTest::metresWithoutPrj, Reason.NOT_LON_LAT,
                        "DIR/counties.shp has coordinates outside the lon/lat range (500000.0, 3300000.0 in record 1),"
                                + " so it is probably in a projected CRS; reproject it to WGS84 lon/lat (EPSG:4326),"
                                + " e.g. ogr2ogr -t_srs EPSG:4326 out.shp DIR/counties.shp"),
                fault("projected .prj", MapsFolderFaultsTest::utmPrj, Reason.PROJECTED_CRS,
                        "DIR/regions.shp is in a projected CRS (CGCS2000_3_Degree_GK_CM_105E, per DIR/regions.prj);"
                                + " reproject it to WGS84 lon/lat (EPSG:4326), e.g. ogr2ogr -t_srs EPSG:4326 out.shp"
                                + " DIR/regions.shp"),
                fault("text file renamed to .shp", dir -> Files.writeString(dir.resolve("regions.shp"),
                        "code,name\nwuling,武陵山区\n".repeat(10)), Reason.BAD_HEADER,
                        "DIR/regions.shp is not a shapefile: its file code is 1668244581 instead of 9994; it may be"
                                + " another kind of file renamed, or damaged; export the layer again"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void damagedFolderFailsWithItsMessageAndIsLeftUntouched(String name, Damage damage, Reason reason, String message)
            throws IOException {
        damage.apply(maps);
        FolderSnapshot before = FolderSnapshot.of(maps);

        ShapefileException failure = catchThrowableOfType(ShapefileException.class,
                () -> MapData.load(MapSource.directory(maps), LoadProgress.NONE));

        assertThat(failure).as(name).isNotNull();
        assertThat(failure.reason()).isEqualTo(reason);
        assertThat(failure.getMessage()).isEqualTo(message.replace("DIR", maps.toString()));
        assertThat(FolderSnapshot.of(maps)).as("the folder is not changed").isEqualTo(before);
    }

    @Test
    void layersWithoutPrjOrCpgAreReadWhenTheyAreLonLatAndUtf8() throws IOException {
        try (Stream<Path> files = Files.list(maps)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".prj") || p.toString().endsWith(".cpg")).toList()) {
                Files.delete(p);
            }
        }

        MapData data = MapData.load(MapSource.directory(maps), LoadProgress.NONE);

        assertThat(data.regions().features()).extracting(f -> f.text("name_zh")).containsExactly("武陵山区", "西藏区");
        assertThat(data.identifier().identify(107, 22).county()).hasValueSatisfying(
                c -> assertThat(c.nameZh()).isEqualTo("县105"));
    }

    @Test
    void emptyCpgDeclaresNothingAndUtf8NamesAreRead() throws IOException {
        Files.write(maps.resolve("regions.cpg"), new byte[0]);

        MapData data = MapData.load(MapSource.directory(maps), LoadProgress.NONE);

        assertThat(data.regions().features()).extracting(f -> f.text("name_zh")).containsExactly("武陵山区", "西藏区");
    }

    @Test
    void gbkNamesWithoutCpgAreReadWhenTheDbfDeclaresCodePage936() throws IOException {
        Files.delete(maps.resolve("counties.cpg"));
        new ShapefileWriter(ShapefileWriter.Options.defaults().withCharset(Charset.forName("GBK")).withoutCpg())
                .write(maps, "counties", FIELDS, counties());
        byte[] dbf = Files.readAllBytes(maps.resolve("counties.dbf"));
        dbf[29] = 0x4D; // the language driver ArcGIS writes for code page 936
        Files.write(maps.resolve("counties.dbf"), dbf);

        MapData data = MapData.load(MapSource.directory(maps), LoadProgress.NONE);

        assertThat(data.counties().features()).extracting(f -> f.text("name_zh")).startsWith("县100", "县105");
    }

    private static void shpIsADirectory(Path dir) throws IOException {
        Files.delete(dir.resolve("counties.shp"));
        Files.createDirectory(dir.resolve("counties.shp"));
    }

    private static void truncate(Path file, int bytes) throws IOException {
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length - bytes));
    }

    private static void dbfFromAnotherExport(Path dir) throws IOException {
        Path other = Files.createTempDirectory("other-export");
        List<Feature> five = new ArrayList<>(counties());
        five.add(feature(box(100, 25, 105, 30), "429999", "县", "One more"));
        new ShapefileWriter().write(other, "counties", FIELDS, five);
        Files.copy(other.resolve("counties.dbf"), dir.resolve("counties.dbf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Stream<Path> files = Files.list(other)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(other);
    }

    private static void gbkWithoutCpg(Path dir) throws IOException {
        Files.delete(dir.resolve("counties.cpg"));
        new ShapefileWriter(ShapefileWriter.Options.defaults().withCharset(Charset.forName("GBK")).withoutCpg())
                .write(dir, "counties", FIELDS, counties());
        byte[] dbf = Files.readAllBytes(dir.resolve("counties.dbf"));
        dbf[29] = 0; // no language driver, as most non-Chinese tools write
        Files.write(dir.resolve("counties.dbf"), dbf);
    }

    private static void bowTie(Path dir) throws IOException {
        Geometry bowTie = GF.createPolygon(new Coordinate[] {new Coordinate(100, 30), new Coordinate(102, 32),
            new Coordinate(102, 30), new Coordinate(100, 32), new Coordinate(100, 30)});
        new ShapefileWriter().write(dir, "counties", FIELDS, List.of(
                feature(box(110, 20, 115, 25), "422800", "恩施", "Enshi"), feature(bowTie, "422801", "恩施市", "Enshi City")));
    }

    private static void lines(Path dir) throws IOException {
        Geometry line = GF.createLineString(new Coordinate[] {new Coordinate(100, 20), new Coordinate(120, 40)});
        new ShapefileWriter().write(dir, "provinces", FIELDS, List.of(feature(line, "42", "湖北省", "Hubei")));
    }

    private static void metresWithoutPrj(Path dir) throws IOException {
        new ShapefileWriter().write(dir, "counties", FIELDS,
                List.of(feature(box(500_000, 3_300_000, 510_000, 3_310_000), "422801", "恩施市", "Enshi City")));
        Files.delete(dir.resolve("counties.prj"));
    }

    private static void utmPrj(Path dir) throws IOException {
        Files.writeString(dir.resolve("regions.prj"), "PROJCS[\"CGCS2000_3_Degree_GK_CM_105E\",GEOGCS[\"GCS_China_Geodetic"
                + "_Coordinate_System_2000\",DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],"
                + "PARAMETER[\"Central_Meridian\",105.0],UNIT[\"Meter\",1.0]]", StandardCharsets.US_ASCII);
    }
}
