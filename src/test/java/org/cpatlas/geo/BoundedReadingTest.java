package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpatlas.geo.ShapefileException.Reason;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading is bounded: only regular files are read, the headers are checked against the files' sizes and against
 * each other before anything is read whole, and what a layer would take in memory is counted from its headers and
 * refused in words (the limit and why) when it exceeds {@link LayerBudget}: never a hang, never an OutOfMemoryError.
 * Every read here runs under a hang check: a pipe opened for reading would block it forever.
 */
class BoundedReadingTest {

    @TempDir
    Path dir;

    private Path validLayer() throws IOException {
        return new ShapefileWriter().encode("regions", GeoFixtures.CHINESE_FIELDS, GeoFixtures.chineseFeatures())
                .writeTo(dir);
    }

    private ShapefileException readingFails(Path shp, Reason reason) {
        return readingFails(shp, new ShapefileReader(), reason);
    }

    private static ShapefileException readingFails(Path shp, ShapefileReader reader, Reason reason) {
        ShapefileException e = assertTimeoutPreemptively(Patience.WARM_UP,
                () -> catchThrowableOfType(ShapefileException.class, () -> reader.readPolygons(shp)),
                () -> "reading " + shp + " hung");
        assertThat(e).as("reading %s fails with a ShapefileException", shp).isNotNull();
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
        return e;
    }

    @ParameterizedTest(name = ".{0}")
    @ValueSource(strings = {"shp", "shx", "dbf", "cpg", "prj"})
    void namedPipeAsAPartIsRefusedAtOnceInWords(String ext) throws Exception {
        Path shp = validLayer();
        Path part = dir.resolve("regions." + ext);
        Files.delete(part);
        Process mkfifo = new ProcessBuilder("mkfifo", part.toString()).redirectErrorStream(true).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");

        ShapefileException e = readingFails(shp, Reason.NOT_A_FILE);

        assertThat(e.getMessage()).isEqualTo(part + " is a named pipe, not a regular file; the atlas reads map layers"
                + " only from regular files (a pipe or a device can keep it waiting forever or never end): copy the"
                + " layer's files themselves into the folder");
    }

    @ParameterizedTest(name = ".{0} linked to {1}")
    @CsvSource({"shp, /dev/zero", "shx, /dev/urandom", "dbf, /dev/zero", "cpg, /dev/zero", "prj, /dev/urandom"})
    void partLinkedToAnEndlessDeviceIsRefusedWithoutReadingIt(String ext, String device) throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of(device)), device + " does not exist here");
        Path shp = validLayer();
        Path part = dir.resolve("regions." + ext);
        Files.delete(part);
        Files.createSymbolicLink(part, Path.of(device));

        ShapefileException e = readingFails(shp, Reason.NOT_A_FILE);

        assertThat(e.getMessage()).isEqualTo(part + " links to " + device + ", a character device, not a regular"
                + " file; the atlas reads map layers only from regular files (a pipe or a device can keep it waiting"
                + " forever or never end): copy the layer's files themselves into the folder");
    }

    @Test
    void dbfOfAMillionRecordsBesideTwoShapesIsRefusedBeforeItIsRead() throws IOException {
        Path shp = validLayer();
        // 1,000,000 records of 2,401 bytes: a 2.4 GB table, whole and consistent in itself (sparse on disk).
        HugeLayers.dbfDeclaring(dir, "regions", 1_000_000, 10);

        ShapefileException e = readingFails(shp, Reason.RECORD_COUNT_MISMATCH);

        assertThat(e.getMessage()).isEqualTo(shp + " has 2 shapes but " + dir.resolve("regions.dbf") + " has 1000000"
                + " records: the parts do not belong together (one was replaced or cut short); export the layer again"
                + " so that all its files come from one save");
    }

    @Test
    void shpLargerThanTheMemoryForLayersIsRefusedBeforeItIsRead() throws IOException {
        // 3 GB, header and record consistent with that size (sparse): reading it whole would need 3 GB of heap.
        HugeLayers.shpOfSize(dir, "regions", 3L << 30);
        Path shp = dir.resolve("regions.shp");

        ShapefileException e = readingFails(shp, Reason.TOO_LARGE);

        assertThat(e.getMessage()).isEqualTo(shp + " is 3,072 MB, more than the 64 MB the atlas gives all its map"
                + " layers together (so that its window runs in 192 MB of memory); simplify the layer, e.g. mapshaper "
                + shp + " -simplify 10% keep-shapes -o out.shp, or keep only the features the atlas needs");
    }

    @Test
    void polygonOfAMillionSquaresIsRefusedBeforeItIsRead() throws IOException {
        HugeLayers.onePolygonOfManyParts(dir, "regions", 1_000_000, 5);
        Path shp = dir.resolve("regions.shp");

        ShapefileException e = readingFails(shp, Reason.TOO_LARGE);

        assertThat(e.getMessage()).startsWith(shp + " is 80 MB, more than the 64 MB the atlas gives all its map layers"
                + " together (so that its window runs in 192 MB of memory); simplify the layer");
    }

    @Test
    void polygonOfAMillionEmptyPartsIsRefusedWithTheLimitAndWhy() throws IOException {
        // 4 MB on disk, but a million parts for the decoder, the validity check and the index.
        HugeLayers.onePolygonOfManyParts(dir, "regions", 1_000_000, 0);
        Path shp = dir.resolve("regions.shp");

        ShapefileException e = readingFails(shp, Reason.TOO_LARGE);

        assertThat(e.getMessage()).isEqualTo(shp + " is too large for the atlas: its 0 points in 1,000,000 parts and"
                + " 1 records (up to 0 points in one) would take about 954 MB of memory once read, more than the 64 MB the atlas gives all its"
                + " map layers together (so that its window runs in 192 MB of memory); simplify the layer, e.g."
                + " mapshaper " + shp + " -simplify 10% keep-shapes -o out.shp, or keep only the features the atlas"
                + " needs");
    }

    @Test
    void manySmallPartsInASmallFileAreRefusedByWhatTheyWouldTakeInMemory() throws IOException {
        // 8.4 MB on disk: 100,000 valid squares, which as JTS rings and under the validity check need far more.
        HugeLayers.onePolygonOfManyParts(dir, "regions", 100_000, 5);
        Path shp = dir.resolve("regions.shp");

        ShapefileException e = readingFails(shp, Reason.TOO_LARGE);

        assertThat(e.getMessage()).contains(" is too large for the atlas: its 500,000 points in 100,000 parts and 1"
                + " records (up to 500,000 points in one) would take about 309 MB of memory once read, more than the"
                + " 64 MB");
    }

    @Test
    void polygonOfManyPartsWithinTheBudgetIsRead() throws IOException {
        HugeLayers.onePolygonOfManyParts(dir, "regions", 20_000, 5);

        FeatureLayer layer = assertTimeoutPreemptively(Patience.WARM_UP,
                () -> new ShapefileReader().readPolygons(dir.resolve("regions.shp")));

        assertThat(layer.features().get(0).geometry().getNumGeometries()).isEqualTo(20_000);
        assertThat(layer.features().get(0).geometry().isValid()).isTrue();
    }

    @Test
    void layersOfOneLoadShareTheBudget() throws IOException {
        Path first = Files.createDirectories(dir.resolve("a"));
        Path second = Files.createDirectories(dir.resolve("b"));
        // Each about 40 MB by the estimate: either alone fits in 64 MB, both together do not.
        HugeLayers.onePolygonOfManyParts(first, "regions", 13_000, 5);
        HugeLayers.onePolygonOfManyParts(second, "provinces", 13_000, 5);
        ShapefileReader oneLoad = new ShapefileReader(ShapefileReader.Options.defaults()
                .withBudget(LayerBudget.forOneLoad()));

        oneLoad.readPolygons(first.resolve("regions.shp"));
        ShapefileException e = readingFails(second.resolve("provinces.shp"), oneLoad, Reason.TOO_LARGE);

        assertThat(e.getMessage()).contains("(the layers read before it take 40 MB)");
        assertThat(new ShapefileReader().readPolygons(second.resolve("provinces.shp")).size())
                .as("on its own it fits").isEqualTo(1);
    }

    @Test
    void partsInMemoryAreCountedTooBeforeTheyAreDecoded() throws IOException {
        HugeLayers.onePolygonOfManyParts(dir, "regions", 1_000_000, 0);
        ShapefileParts parts = new ShapefileParts("regions",
                new ShapefilePart("regions.shp", Files.readAllBytes(dir.resolve("regions.shp"))),
                new ShapefilePart("regions.shx", Files.readAllBytes(dir.resolve("regions.shx"))),
                new ShapefilePart("regions.dbf", Files.readAllBytes(dir.resolve("regions.dbf"))),
                java.util.Optional.empty(), java.util.Optional.empty());

        ShapefileException e = catchThrowableOfType(ShapefileException.class,
                () -> new ShapefileReader().read(parts));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).startsWith("regions.shp is too large for the atlas: its 0 points in 1,000,000 parts");
    }

    @ParameterizedTest(name = ".{0}")
    @CsvSource(delimiter = '|', value = {
        "prj|a .prj (the layer's coordinate system)",
        "cpg|a .cpg (the name of the layer's text encoding)"})
    void prjOrCpgLargerThanAnySuchFileIsRefusedUnread(String ext, String what) throws IOException {
        Path shp = validLayer();
        Path part = dir.resolve("regions." + ext);
        Files.write(part, new byte[1 << 20]);

        ShapefileException e = readingFails(shp, Reason.TOO_LARGE);

        assertThat(e.getMessage()).isEqualTo(part + " is 1.0 MB, but " + what + " is a few lines of text (at most"
                + " 64 KB are read): it is another kind of file under that name; remove it, or export the layer again");
    }

    @Test
    void theAtlasOwnLayersTakeLessThanHalfTheBudget() {
        long total = 0;
        for (String layer : new String[] {"regions", "provinces", "counties", "countries"}) {
            ShapefileParts parts = ShapefileParts.open(Path.of("maps", layer + ".shp"));
            LayerHeaders headers = LayerHeaders.check(parts.shp().head(), parts.shx().head(), parts.dbf().head(),
                    java.util.Optional.empty());
            ShxIndex index = ShxIndex.parse(parts.shx(), parts.shp(), headers.shp().declaredLength());
            total += LayerSize.of(parts.shp(), index, headers.dbf()).bytes();
        }

        // The budget leaves room for layers nearly twice as detailed as the atlas's own (35 MB of 64 MB since the
        // county layer holds all of China's 3,257 counties), and is not so large that it stops guarding the heap.
        assertThat(total).isBetween(LayerBudget.LAYERS_BYTES / 4, LayerBudget.LAYERS_BYTES * 3 / 5);
    }

    @Test
    void windowHeapCapNamedInMessagesIsThePomsXmx() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher jvm = Pattern.compile("<atlas.window.jvm>[^<]*-Xmx(\\d+)m").matcher(pom);

        assertThat(jvm.find()).isTrue();
        assertThat(Integer.parseInt(jvm.group(1))).isEqualTo(LayerBudget.WINDOW_HEAP_MB);
    }
}
