package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpatlas.core.LoadProgress;
import org.cpatlas.core.MapData;
import org.cpatlas.geo.HugeLayers;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any maps folder keeps the window within its heap cap: the largest layers the budget admits load, and larger ones
 * are refused in words, in a JVM started with the window's own options ({@code atlas.window.jvm} of pom.xml: Serial
 * GC, 192 MB) beside 76 MB of ballast: what the window itself keeps after a tour of every region (85-95 MB live,
 * bench/README.md, less the atlas's own layers, 12 MB; right after start it keeps 53 MB, measured with
 * {@code jcmd GC.heap_info}). Before: a 2.4 GB .dbf beside 14 shapes, a million parts, a 3 GB .shp ended in an
 * OutOfMemoryError (and the window hung).
 */
class LayerMemoryTest {

    /** What the window keeps besides its layers (see the class comment). */
    private static final int WINDOW_BALLAST_MB = 76;

    @TempDir
    Path tmp;

    /** A maps folder with tiny provinces and counties and the regions layer {@code regions} writes. */
    private Path folder(String name, LayerWriter regions) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        HugeLayers.onePolygonOfManyParts(dir, "provinces", 1, 5);
        HugeLayers.onePolygonOfManyParts(dir, "counties", 1, 5);
        regions.write(dir);
        return dir;
    }

    @FunctionalInterface
    private interface LayerWriter {
        void write(Path dir) throws IOException;
    }

    /** The largest layers of each kind that the budget admits (each a quarter larger is refused: see below). */
    private Map<String, Path> largestAdmitted() throws IOException {
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("19,000 squares in one polygon", folder("squares", d -> HugeLayers.onePolygonOfManyParts(d, "regions", 19_000, 5)));
        folders.put("a comb ring of 140,000 points", folder("comb", d -> HugeLayers.oneCombRing(d, "regions", 140_000)));
        folders.put("a round ring of 140,000 points", folder("circle", d -> HugeLayers.onePolygonOfManyParts(d, "regions", 1, 140_000)));
        folders.put("22,000 records of 10 fields", folder("records", d -> HugeLayers.manyRecords(d, "regions", 22_000, 10)));
        return folders;
    }

    @Test
    void largestLayersTheBudgetAdmitsLoadWithinTheWindowsHeapAndAQuarterMoreIsRefused() throws Exception {
        Map<String, Path> admitted = largestAdmitted();
        // Near the limit, so that loading them shows the limit is safe: a quarter more is over it.
        List<Path> over = List.of(
                folder("squares+", d -> HugeLayers.onePolygonOfManyParts(d, "regions", 19_000 * 5 / 4, 5)),
                folder("comb+", d -> HugeLayers.oneCombRing(d, "regions", 140_000 * 5 / 4)),
                folder("circle+", d -> HugeLayers.onePolygonOfManyParts(d, "regions", 1, 140_000 * 5 / 4)),
                folder("records+", d -> HugeLayers.manyRecords(d, "regions", 22_000 * 5 / 4, 10)));
        for (Path dir : over) {
            ShapefileException e = catchThrowableOfType(ShapefileException.class,
                    () -> MapData.load(MapSource.directory(dir), LoadProgress.NONE));
            assertThat(e).as(dir.toString()).isNotNull();
            assertThat(e.reason()).as(e.getMessage()).isEqualTo(ShapefileException.Reason.TOO_LARGE);
        }

        Map<Path, String> outcomes = loadInWindowHeap(admitted.values());

        admitted.forEach((what, dir) -> assertThat(outcomes.get(dir)).as(what).isEqualTo("LOADED"));
    }

    @Test
    void inputsFarTooLargeAreRefusedInWordsWithinTheWindowsHeap() throws Exception {
        Path dbf = folder("dbf", d -> {
            HugeLayers.onePolygonOfManyParts(d, "regions", 14, 5);
            HugeLayers.dbfDeclaring(d, "regions", 1_000_000, 10);
        });
        Path millionParts = folder("parts", d -> HugeLayers.onePolygonOfManyParts(d, "regions", 1_000_000, 0));
        Path millionSquares = folder("squares", d -> HugeLayers.onePolygonOfManyParts(d, "regions", 1_000_000, 5));
        Path hugeShp = folder("shp", d -> HugeLayers.shpOfSize(d, "regions", 3L << 30));
        Path hugeComb = folder("comb", d -> HugeLayers.oneCombRing(d, "regions", 1_000_000));

        Map<Path, String> outcomes = loadInWindowHeap(List.of(dbf, millionParts, millionSquares, hugeShp, hugeComb));

        assertThat(outcomes.get(dbf)).startsWith("REFUSED RECORD_COUNT_MISMATCH " + dbf.resolve("regions.shp")
                + " has 1 shapes but " + dbf.resolve("regions.dbf") + " has 1000000 records");
        assertThat(outcomes.get(millionParts)).startsWith("REFUSED TOO_LARGE " + millionParts.resolve("regions.shp")
                + " is too large for the atlas: its 0 points in 1,000,000 parts");
        assertThat(outcomes.get(millionSquares)).startsWith("REFUSED TOO_LARGE " + millionSquares.resolve("regions.shp")
                + " is 80 MB, more than the 64 MB the atlas gives all its map layers together (so that its window"
                + " runs in 192 MB of memory)");
        assertThat(outcomes.get(hugeShp)).startsWith("REFUSED TOO_LARGE " + hugeShp.resolve("regions.shp")
                + " is 3,072 MB");
        assertThat(outcomes.get(hugeComb)).startsWith("REFUSED TOO_LARGE " + hugeComb.resolve("regions.shp")
                + " is too large for the atlas: its 1,000,000 points in 1 parts");
    }

    /** Runs {@link LoadMapsMain} in a JVM with the window's options; each folder's outcome line by folder. */
    private static Map<Path, String> loadInWindowHeap(java.util.Collection<Path> folders) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(windowJvmOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadMapsMain.class.getName(),
                String.valueOf(WINDOW_BALLAST_MB)));
        folders.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!process.waitFor(Patience.WARM_UP.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("loading " + folders + " hung");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).as("the ballast stayed").contains("ballast " + WINDOW_BALLAST_MB + " MB kept");
        Map<Path, String> outcomes = new LinkedHashMap<>();
        for (String line : output.split("\\R")) {
            for (Path folder : folders) {
                if (line.startsWith(folder + " ")) {
                    outcomes.put(folder, line.substring(folder.toString().length() + 1));
                }
            }
        }
        return outcomes;
    }

    /** The window's JVM options, from the one place they are defined. */
    static List<String> windowJvmOptions() throws IOException {
        Matcher m = Pattern.compile("<atlas.window.jvm>([^<]*)</atlas.window.jvm>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("atlas.window.jvm in pom.xml").isTrue();
        return Arrays.asList(m.group(1).trim().split("\\s+"));
    }
}
