package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real program in a process of its own, its cache folder unusable (a file in its place, read-only, a full
 * disk) or its data folder unusable: standard output stays valid for its format (JSON parses, CSV has its rows, a
 * PNG decodes), and standard error carries one-line messages, never a stack trace. Before logging was set up first,
 * SQLite's library copy logged a stack trace on standard output. Also: a relative XDG_CACHE_HOME or XDG_DATA_HOME is
 * ignored, as the XDG specification says.
 */
class StandardOutputFaultsTest {

    @TempDir
    static Path shared;

    /** The database, built once in a data folder of its own so each run only opens it. */
    private static Path data;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildTheDatabaseOnce() throws Exception {
        data = shared.resolve("data");
        ProgramProcess.Result built = ProgramProcess.run(shared, shared, Map.of("XDG_DATA_HOME", data.toString(),
                "XDG_CACHE_HOME", shared.resolve("cache").toString()), "regions", "--format", "csv");
        assertThat(built.exitCode()).as(built.stderr()).isZero();
    }

    private ProgramProcess.Result run(Map<String, String> environment, String... args) throws Exception {
        Map<String, String> all = new HashMap<>(Map.of("XDG_DATA_HOME", data.toString()));
        all.putAll(environment);
        return ProgramProcess.run(dir, dir, all, args);
    }

    /** Clean stderr: nothing, or one-line messages of the atlas; never a stack trace or an exception's name. */
    private static void assertCleanStderr(ProgramProcess.Result result) {
        assertThat(result.stderr()).doesNotContain("\tat ", "Exception", "DEBUG", "java.");
        result.stderr().lines().forEach(line -> assertThat(line).startsWith("atlas: "));
    }

    private static void assertEveryFormatIsValid(Map<String, String> environment,
            java.util.function.BiFunction<Map<String, String>, String[], ProgramProcess.Result> run) throws Exception {
        ProgramProcess.Result regions = run.apply(environment, new String[] {"regions", "--format", "json"});
        assertThat(regions.exitCode()).as(regions.stderr()).isZero();
        JsonNode list = new ObjectMapper().readTree(regions.stdout());
        assertThat(list.size()).isEqualTo(14);
        assertCleanStderr(regions);

        ProgramProcess.Result png = run.apply(environment, new String[] {"export", "--region", "wuling",
            "--format", "png", "--dpi", "72", "--out", "-"});
        assertThat(png.exitCode()).as(png.stderr()).isZero();
        assertThat(ImageIO.read(new ByteArrayInputStream(png.stdout())).getWidth()).isEqualTo(595);
        assertCleanStderr(png);
    }

    private java.util.function.BiFunction<Map<String, String>, String[], ProgramProcess.Result> runner() {
        return (environment, args) -> {
            try {
                return run(environment, args);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
    }

    @Test
    void aFileWhereTheCacheFolderShouldBeLeavesEveryCommandsOutputValid() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("cache"), "a file, not a folder");
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", notAFolder.toString());

        assertEveryFormatIsValid(environment, runner());

        ProgramProcess.Result region = run(environment, "region", "wuling", "--format", "json");
        assertThat(new ObjectMapper().readTree(region.stdout()).get("code").asText()).isEqualTo("wuling");
        assertCleanStderr(region);
        ProgramProcess.Result identify = run(environment, "identify", "109.5", "29.5", "--format", "json");
        assertThat(new ObjectMapper().readTree(identify.stdout()).has("region")).isTrue();
        assertCleanStderr(identify);
        ProgramProcess.Result csv = run(environment, "regions", "--format", "csv");
        List<String> rows = csv.stdoutText().lines().toList();
        assertThat(rows).hasSize(15);
        assertThat(rows.get(0)).startsWith("\uFEFFNo.,");
        assertCleanStderr(csv);
        assertThat(notAFolder).hasContent("a file, not a folder");
    }

    @Test
    void aReadOnlyCacheFolderLeavesTheOutputValid() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        try (Unwritable locked = new Unwritable().make(cache)) {
            assertEveryFormatIsValid(Map.of("XDG_CACHE_HOME", cache.toString()), runner());
        }
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFullDiskUnderTheCacheLeavesTheOutputValidAndNoPartFile() throws Exception {
        Path mount = dir.resolve("small-disk");
        try (FullDisk disk = FullDisk.at(mount, "cpatlas")) {
            assertEveryFormatIsValid(Map.of("XDG_CACHE_HOME", mount.toString()), runner());
            try (Stream<Path> left = Files.walk(mount.resolve("cpatlas"))) {
                assertThat(left.filter(Files::isRegularFile).map(Path::toString))
                        .noneMatch(name -> name.endsWith(".part"));
            }
        }
    }

    @Test
    void anUnusableDataFolderFallsBackToMemoryAndTheOutputStaysValid() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the data folder should be");
        ProgramProcess.Result regions = run(Map.of("XDG_DATA_HOME", notAFolder.toString(), "XDG_CACHE_HOME",
                dir.resolve("cache").toString()), "regions", "--format", "json");
        assertThat(regions.exitCode()).as(regions.stderr()).isZero();
        assertThat(new ObjectMapper().readTree(regions.stdout()).size()).isEqualTo(14);
        assertCleanStderr(regions);
        assertThat(regions.stderr()).contains("atlas: warning: ");
    }

    @Test
    void relativeXdgFoldersAreIgnoredAsTheSpecificationSays() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        ProgramProcess.Result result = ProgramProcess.run(dir, home, Map.of("XDG_CACHE_HOME", "relative-cache",
                "XDG_DATA_HOME", "relative-data"), "regions", "--format", "json");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(dir.resolve("relative-cache")).doesNotExist();
        assertThat(dir.resolve("relative-data")).doesNotExist();
        assertThat(home.resolve(".cache/cpatlas/native")).isDirectory();
        assertThat(home.resolve(".local/share/cpatlas/atlas.db")).isRegularFile();
    }
}
