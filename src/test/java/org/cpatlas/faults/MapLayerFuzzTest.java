package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cpatlas.geo.AtlasLayerPolicy;
import org.cpatlas.geo.DamagedLayers;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.Place;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.geo.ShapefileParts;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.geo.ShapefileWriter;
import org.cpatlas.geo.ValidityMemo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Extends the byte-level {@code geo.ShapefileFuzzTest} to what it does not reach: the optional .cpg and .prj, two
 * parts damaged at once, all three validity policies, and the whole path of {@code atlas identify} (read, then index
 * and hit-test). Reading either fails with a {@link ShapefileException} or gives a layer that can be identified
 * against without any exception; every input finishes (a hang check).
 *
 * <p>A second target damages a maps folder on disk and reads it as the atlas does ({@link AtlasLayerPolicy}): a part
 * replaced by a named pipe, a link to /dev/zero, /dev/urandom or /dev/null, or a directory; a part made gigabytes
 * long (sparse); a .dbf declaring a million records; .shx entries added or dropped; a record of many parts; with or
 * without one of the in-memory damages above.
 */
class MapLayerFuzzTest {

    private static final List<String> CPG = List.of("", "UTF-8", "utf8", "GBK", "936", "CP936", "ANSI 936", "65001",
            "KLINGON-8", "\uFEFFUTF-8", "UTF-16", "x".repeat(300), "\u0000", "1252", "Big5", "88591");
    private static final List<String> PRJ = List.of("", "GEOGCS[\"WGS 84\"]", "PROJCS[\"UTM\"", "PROJCS[", "GEOCCS[\"x\"]",
            "garbage", "\uFEFFPROJCS[\"a\"]", "PROJCRS[\"CGCS2000 / 3-degree Gauss-Kruger CM 105E\"]", "\u0000");

    private static final ShapefileParts SEED = seed();

    private static ShapefileParts seed() {
        List<Feature> features = new ArrayList<>();
        features.add(region(MapsFolderFaultsTest.box(105, 25, 115, 35), "wuling", "武陵山区"));
        Polygon withHole = (Polygon) MapsFolderFaultsTest.GF.createPolygon(
                ((Polygon) MapsFolderFaultsTest.box(80, 28, 90, 36)).getExteriorRing().getCoordinates());
        LinearRing hole = MapsFolderFaultsTest.GF.createLinearRing(new Coordinate[] {new Coordinate(84, 30),
            new Coordinate(84, 32), new Coordinate(86, 32), new Coordinate(86, 30), new Coordinate(84, 30)});
        Geometry multi = MapsFolderFaultsTest.GF.createMultiPolygon(new Polygon[] {
            MapsFolderFaultsTest.GF.createPolygon(withHole.getExteriorRing(), new LinearRing[] {hole}),
            (Polygon) MapsFolderFaultsTest.box(91, 28, 92, 29)});
        features.add(region(multi, "tibet", "西藏区"));
        return new ShapefileWriter().encode("regions", List.of("code", "name_zh", "seq"), features);
    }

    private static Feature region(Geometry g, String code, String name) {
        return new Feature(g, Map.of("code", code, "name_zh", name, "seq", 1L));
    }

    @Test
    void shortSeededRunReadsOrRejectsAndIdentifies() {
        Fuzz.Tally tally = Fuzz.run("map layer", Fuzz.seed(20251125L), Fuzz.iterations(300), MapLayerFuzzTest::readAndIdentify);
        assertThat(tally.rejected()).isGreaterThan(50);
        assertThat(tally.accepted()).isGreaterThan(30);
    }

    @Test
    @Tag(Fuzz.LONG)
    void longRunReadsOrRejectsAndIdentifies() {
        Fuzz.run("map layer", Fuzz.longRunSeed(), Fuzz.iterations(10_000), MapLayerFuzzTest::readAndIdentify);
    }

    @TempDir
    Path folders;

    @Test
    void shortSeededRunOfDamagedFoldersReadsOrRefusesInWords() {
        Map<ShapefileException.Reason, Integer> reasons = new EnumMap<>(ShapefileException.Reason.class);
        Fuzz.Tally tally = Fuzz.run("maps folder", Fuzz.seed(20260105L), Fuzz.iterations(150),
                (random, how) -> readFolder(folders, random, how, reasons));

        assertThat(tally.rejected()).isGreaterThan(60);
        assertThat(tally.accepted()).isGreaterThan(5);
        assertThat(reasons).containsKeys(ShapefileException.Reason.NOT_A_FILE, ShapefileException.Reason.TOO_LARGE,
                ShapefileException.Reason.RECORD_COUNT_MISMATCH);
    }

    @Test
    @Tag(Fuzz.LONG)
    void longRunOfDamagedFoldersReadsOrRefusesInWords() {
        Fuzz.run("maps folder", Fuzz.longRunSeed(), Fuzz.iterations(10_000),
                (random, how) -> readFolder(folders, random, how, new EnumMap<>(ShapefileException.Reason.class)));
    }

    private static Fuzz.Outcome readFolder(Path root, Random random, StringBuilder how,
            Map<ShapefileException.Reason, Integer> reasons) throws Exception {
        ShapefileParts parts = random.nextBoolean() ? damage(SEED, random, how) : SEED;
        Path dir = Files.createTempDirectory(root, "maps");
        Path shp = parts.writeTo(dir);
        String ext = Fuzz.pick(random, List.of("shp", "shx", "dbf", "cpg", "prj"));
        Path part = dir.resolve("regions." + ext);
        switch (random.nextInt(6)) {
            case 0, 1 -> how.append(ext).append(" is ").append(Fuzz.replaceWithSpecialFile(random, part)).append(' ');
            case 2 -> {
                long size = Fuzz.pick(random, List.of(70L << 20, 3L << 30, (1L << 31) + 1));
                Fuzz.extendSparse(part, size);
                how.append(ext).append(" extended to ").append(size).append(" bytes ");
            }
            case 3 -> {
                Path dbf = dir.resolve("regions.dbf");
                byte[] bytes = Files.readAllBytes(dbf);
                int records = Fuzz.pick(random, List.of(1_000_000, 3, 1, 0));
                java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(4, records);
                Files.write(dbf, bytes);
                int recordLength = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).getShort(10);
                int headerLength = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).getShort(8);
                if (random.nextBoolean()) {
                    Fuzz.extendSparse(dbf, headerLength + (long) records * recordLength + 1);
                }
                how.append("dbf declares ").append(records).append(" records ");
            }
            case 4 -> {
                Path shx = dir.resolve("regions.shx");
                byte[] bytes = Files.readAllBytes(shx);
                int entries = random.nextBoolean() ? 1 : 5_000;
                byte[] grown = Arrays.copyOf(bytes, bytes.length + 8 * entries);
                for (int k = 0; k < entries; k++) {
                    System.arraycopy(bytes, bytes.length - 8, grown, bytes.length + 8 * k, 8);
                }
                java.nio.ByteBuffer.wrap(grown).order(java.nio.ByteOrder.BIG_ENDIAN).putInt(24, grown.length / 2);
                Files.write(shx, grown);
                how.append("shx repeats its last entry ").append(entries).append(" times ");
            }
            default -> {
                int manyParts = Fuzz.pick(random, List.of(5_000, 200_000));
                DamagedLayers.replaceRings(dir, "regions", 0, squares(manyParts));
                how.append("record 1 is ").append(manyParts).append(" squares ");
            }
        }
        FeatureLayer layer;
        try {
            layer = AtlasLayerPolicy.reader(ValidityMemo.NONE).readPolygons(shp);
        } catch (ShapefileException e) {
            assertThat(e.getMessage()).as(how.toString()).contains("regions.");
            assertThat(e.getMessage()).as(how.toString()).doesNotContain("Exception", "java.", "\tat ");
            reasons.merge(e.reason(), 1, Integer::sum);
            return Fuzz.Outcome.REJECTED;
        }
        PlaceIdentifier identifier = new PlaceIdentifier(layer, layer, layer);
        for (int k = 0; k < 20; k++) {
            assertThat(identifier.identify(70 + random.nextDouble() * 60, 15 + random.nextDouble() * 40)).isNotNull();
        }
        return Fuzz.Outcome.ACCEPTED;
    }

    /** Rings of squares of 0.001 degrees, clockwise, in rows of 1,000. */
    private static double[][] squares(int count) {
        double[][] rings = new double[count][];
        for (int p = 0; p < count; p++) {
            double x = 100 + (p % 1000) * 0.002;
            double y = 25 + (p / 1000) * 0.002;
            rings[p] = new double[] {x, y, x, y + 0.001, x + 0.001, y + 0.001, x + 0.001, y, x, y};
        }
        return rings;
    }

    private static Fuzz.Outcome readAndIdentify(Random random, StringBuilder how) {
        ShapefileParts parts = SEED;
        int damages = 1 + random.nextInt(2);
        for (int d = 0; d < damages; d++) {
            parts = damage(parts, random, how);
        }
        InvalidGeometryPolicy policy = Fuzz.pick(random, List.of(InvalidGeometryPolicy.values()));
        how.append(policy);
        FeatureLayer layer;
        try {
            layer = new ShapefileReader(ShapefileReader.Options.defaults().withInvalidGeometry(policy))
                    .readPolygons(parts);
        } catch (ShapefileException e) {
            assertThat(e.getMessage()).as(how.toString()).contains("regions.")
                    .as("words, no Java class names").doesNotContain("Exception", "java.");
            return Fuzz.Outcome.REJECTED;
        }
        PlaceIdentifier identifier = new PlaceIdentifier(layer, layer, layer);
        for (int k = 0; k < 20; k++) {
            Place place = identifier.identify(70 + random.nextDouble() * 60, 15 + random.nextDouble() * 40);
            assertThat(place).isNotNull();
        }
        return Fuzz.Outcome.ACCEPTED;
    }

    private static ShapefileParts damage(ShapefileParts parts, Random random, StringBuilder how) {
        switch (random.nextInt(6)) {
            case 0 -> {
                String cpg = Fuzz.pick(random, CPG);
                how.append("cpg '").append(cpg.length() > 12 ? cpg.substring(0, 12) : cpg).append("' ");
                return parts.with("cpg", cpg.getBytes(StandardCharsets.UTF_8));
            }
            case 1 -> {
                String prj = Fuzz.pick(random, PRJ);
                how.append("prj '").append(prj).append("' ");
                return parts.with("prj", prj.getBytes(StandardCharsets.UTF_8));
            }
            case 2 -> {
                how.append("no cpg/prj ");
                return parts.without(random.nextBoolean() ? "cpg" : "prj");
            }
            case 3 -> {
                // The language driver byte decides the encoding when there is no .cpg.
                byte[] dbf = parts.dbf().bytes();
                int driver = Fuzz.pick(random, List.of(0, 0x4D, 0x7A, 0x4F, 0x78, 0x57, 0xFF));
                dbf[29] = (byte) driver;
                how.append("driver 0x").append(Integer.toHexString(driver)).append(' ');
                return parts.without("cpg").with("dbf", dbf);
            }
            default -> {
                String ext = Fuzz.pick(random, List.of("shp", "shp", "shx", "dbf"));
                byte[] bytes = switch (ext) {
                    case "shp" -> parts.shp().bytes();
                    case "shx" -> parts.shx().bytes();
                    default -> parts.dbf().bytes();
                };
                int at = 100 + random.nextInt(Math.max(1, bytes.length - 100));
                if (random.nextInt(4) == 0) {
                    how.append(ext).append(" cut@").append(at).append(' ');
                    return parts.with(ext, Arrays.copyOf(bytes, at));
                }
                // Coordinates and counts: overwrite 8 bytes with a double that is odd in some way.
                double value = Fuzz.pick(random, List.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e308, 180.0,
                        -90.0, 95.5, 1e-320, 500_000.0));
                at = Math.min(at, bytes.length - 8);
                java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putDouble(at, value);
                how.append(ext).append(" double ").append(value).append('@').append(at).append(' ');
                return parts.with(ext, bytes);
            }
        }
    }
}
