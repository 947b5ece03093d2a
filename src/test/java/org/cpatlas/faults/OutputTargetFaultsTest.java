package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cpatlas.cli.StoreFactory;
import org.cpatlas.files.SpecialFiles;
import org.cpatlas.store.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code export --out} and {@code atlas --out} given every kind of odd target: a link (followed, kept), a named
 * pipe, a device, an open stream, the database, the map layers or the program in use, a file of another kind, and
 * {@code -} (standard output). A refusal is one line on stderr with exit 1, before anything is rendered, and leaves
 * every file as it was. Devices are made in the test's own folder (mknod, as root) so a failure could never touch
 * /dev; /dev itself is checked in {@code files.OutputFileTest}.
 */
class OutputTargetFaultsTest {

    private static final StoreFactory MEMORY = db -> TestStores.inMemory();
    private static final String NOT_A_FILE_HINT = " Give the name of a file to write. To write to standard output,"
            + " use --out - (and redirect it).";

    @TempDir
    static Path maps;

    @TempDir
    Path dir;

    @BeforeAll
    static void smallMaps() {
        MapsFolderFaultsTest.writeValidMaps(maps);
    }

    private CliCapture export(StoreFactory stores, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("export", "--region", "wuling", "--dpi", "72",
                "--maps", maps.toString()));
        args.addAll(List.of(options));
        return CliCapture.run(stores, dir.resolve("atlas.log"), args.toArray(String[]::new));
    }

    private CliCapture export(String... options) {
        return export(MEMORY, options);
    }

    /** Every entry under the folder, links not followed: its type, and a regular file's bytes or a link's target. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> entries = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = root.relativize(p).toString();
                if (p.equals(root)) {
                    continue;
                }
                if (Files.isSymbolicLink(p)) {
                    entries.put(name, "link to " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    entries.put(name, FolderSnapshot.sha256(p));
                } else {
                    entries.put(name, "type " + Integer.toOctalString(SpecialFiles.type(p)));
                }
            }
        }
        return entries;
    }

    private void assertRefused(CliCapture run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("atlas: " + message + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(run.bytes()).isEmpty();
    }

    @Test
    void anExportThroughALinkWritesWhereItPointsAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectory(dir.resolve("exports")).resolve("wuling.png");
        Path link = Files.createSymbolicLink(dir.resolve("latest.png"), Path.of("exports/wuling.png"));

        CliCapture run = export("--out", link.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote " + link + " (A4 portrait");
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("exports/wuling.png"));
        assertThat(ImageIO.read(real.toFile()).getWidth()).isEqualTo(595);
    }

    @Test
    void aNamedPipeIsRefusedBeforeRenderingAndStaysAPipe() throws Exception {
        Path pipe = SpecialFiles.fifo(dir.resolve("wuling.png"));
        Map<String, String> before = snapshot(dir);

        assertRefused(export("--out", pipe.toString()),
                "Cannot write " + pipe + ": it is a named pipe, not a file." + NOT_A_FILE_HINT);

        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @ParameterizedTest(name = "a device like {0}")
    @ValueSource(strings = {"null:1:3", "full:1:7", "zero:1:5"})
    void aDeviceIsRefusedAndLeftAsItWas(String device) throws Exception {
        String[] parts = device.split(":");
        Path node = dir.resolve(parts[0]);
        Process mknod = new ProcessBuilder("mknod", node.toString(), "c", parts[1], parts[2])
                .redirectErrorStream(true).start();
        mknod.getInputStream().readAllBytes();
        assumeTrue(mknod.waitFor() == 0, "mknod needs root (CAP_MKNOD)");
        Path link = Files.createSymbolicLink(dir.resolve("map.pdf"), node);
        Map<String, Object> identity = SpecialFiles.identity(node);

        assertRefused(export("--out", node.toString()),
                "Cannot write " + node + ": it is a device, not a file." + NOT_A_FILE_HINT);
        assertRefused(export("--out", link.toString(), "--force"),
                "Cannot write " + link + " (a link to " + node + "): it is a device, not a file." + NOT_A_FILE_HINT);

        assertThat(SpecialFiles.identity(node)).isEqualTo(identity);
        assertThat(Files.readSymbolicLink(link)).isEqualTo(node);
        assertThat(snapshot(dir).keySet()).containsExactlyInAnyOrder(parts[0], "map.pdf");
    }

    @Test
    void anOpenStreamSuchAsStandardOutputIsRefusedEvenWhenItLeadsToAFile() throws Exception {
        Path sink = dir.resolve("redirected.txt");
        try (java.io.FileOutputStream stream = new java.io.FileOutputStream(sink.toFile())) {
            stream.write('x');
            String fd = openFileDescriptor(sink);
            CliCapture run = export("--out", "/dev/fd/" + fd, "--format", "png");
            assertRefused(run, "Cannot write /dev/fd/" + fd + ": it is an open stream of a program (such as standard"
                    + " output), not a file." + NOT_A_FILE_HINT);
        }
        assertThat(sink).hasContent("x");
    }

    private static String openFileDescriptor(Path file) throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(p -> {
                try {
                    return Files.readSymbolicLink(p).equals(file);
                } catch (IOException e) {
                    return false;
                }
            }).map(p -> p.getFileName().toString()).findFirst().orElseThrow();
        }
    }

    @Test
    void theDatabaseInUseIsNeverReplacedEvenWithForce() throws Exception {
        Path db = dir.resolve("my.db");
        TestStores.opener().open(db).close();
        String hash = FolderSnapshot.sha256(db);
        StoreFactory file = explicit -> TestStores.opener().open(explicit);
        Path link = Files.createSymbolicLink(dir.resolve("map.pdf"), db);

        assertRefused(export(file, "--db", db.toString(), "--out", db.toString()),
                "Cannot write " + db + ": it is the atlas database in use. Choose another name.");
        assertRefused(export(file, "--db", db.toString(), "--out", db.toString(), "--force"),
                "Cannot write " + db + ": it is the atlas database in use. Choose another name.");
        assertRefused(export(file, "--db", db.toString(), "--out", link.toString(), "--force"),
                "Cannot write " + link + " (a link to " + db + "): it is the atlas database in use. Choose another"
                        + " name.");

        assertThat(FolderSnapshot.sha256(db)).isEqualTo(hash);
    }

    @Test
    void tablesKeepTheDatabaseInUseAndAUsersFileOfAnotherKindAsExportsDo() throws Exception {
        Path db = dir.resolve("my.db");
        TestStores.opener().open(db).close();
        String hash = FolderSnapshot.sha256(db);
        StoreFactory file = explicit -> TestStores.opener().open(explicit);
        for (String[] command : List.of(new String[] {"regions", "--format", "csv"},
                new String[] {"regions", "--format", "xlsx"}, new String[] {"region", "wuling", "--format", "json"},
                new String[] {"region", "wuling", "--format", "csv", "--force"})) {
            List<String> args = new java.util.ArrayList<>(List.of(command));
            args.addAll(List.of("--maps", maps.toString(), "--db", db.toString(), "--out", db.toString()));
            assertRefused(CliCapture.run(file, dir.resolve("atlas.log"), args.toArray(String[]::new)),
                    "Cannot write " + db + ": it is the atlas database in use. Choose another name.");
        }
        assertThat(FolderSnapshot.sha256(db)).isEqualTo(hash);

        Path pdf = dir.resolve("paper.pdf");
        Files.write(pdf, "%PDF-1.7\n% a user's paper\n".getBytes(StandardCharsets.US_ASCII));
        CliCapture refused = CliCapture.run(MEMORY, dir.resolve("atlas.log"), "regions", "--format", "csv",
                "--maps", maps.toString(), "--out", pdf.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("To replace it all the same, add --force.");
        assertThat(Files.readString(pdf)).contains("a user's paper");
    }

    @Test
    void aTableWithDashGoesToStandardOutputAndNoFileIsMade() throws Exception {
        CliCapture csv = CliCapture.run(MEMORY, dir.resolve("atlas.log"), "regions", "--format", "csv", "--no-bom",
                "--maps", maps.toString(), "--out", "-");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("No.,").contains("武陵山区");
        assertThat(snapshot(dir).keySet()).allMatch(name -> name.startsWith("atlas.log"));
    }

    @Test
    void theMapLayersInUseAreNeverReplacedNorAddedToEvenWithForce() throws Exception {
        Map<String, String> before = snapshot(maps);
        for (String layer : List.of("regions.shp", "regions.dbf", "counties.shx", "countries.shp", "regions.prj")) {
            Path target = maps.resolve(layer);
            assertRefused(export("--out", target.toString(), "--format", "png", "--force"),
                    "Cannot write " + target + ": it is a part of the map layers in use (" + maps + "). Choose"
                            + " another name.");
        }
        assertThat(snapshot(maps)).isEqualTo(before);
    }

    @Test
    void theRunningProgramIsNeverReplacedEvenWithForce() throws Exception {
        byte[] jarBytes = {'P', 'K', 3, 4, 'j', 'a', 'r'};
        Path jar = Files.write(dir.resolve("atlas.jar"), jarBytes);
        String classPath = System.getProperty("java.class.path");
        System.setProperty("java.class.path", classPath + java.io.File.pathSeparator + jar);
        try {
            assertRefused(export("--out", jar.toString(), "--format", "pdf", "--force"),
                    "Cannot write " + jar + ": it is the running atlas program. Choose another name.");
        } finally {
            System.setProperty("java.class.path", classPath);
        }
        assertThat(jar).hasBinaryContent(jarBytes);
    }

    @Test
    void aFileOfAnotherKindIsReplacedOnlyWithForce() throws Exception {
        Path db = dir.resolve("figures.png");
        TestStores.opener().open(db).close();
        String hash = FolderSnapshot.sha256(db);

        assertRefused(export("--out", db.toString()), "Cannot write " + db + ": it already holds an SQLite database,"
                + " not a PNG image. Choose another name. To replace it all the same, add --force.");
        assertThat(FolderSnapshot.sha256(db)).isEqualTo(hash);

        CliCapture forced = export("--out", db.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(ImageIO.read(db.toFile())).isNotNull();
    }

    @Test
    void aPdfIsNotReplacedByAPngNorAShapefileOrTextByAnAtlas() throws Exception {
        Path pdf = Files.writeString(dir.resolve("thesis.png"), "%PDF-1.7 the user's thesis");
        assertRefused(export("--out", pdf.toString()), "Cannot write " + pdf + ": it already holds a PDF document,"
                + " not a PNG image. Choose another name. To replace it all the same, add --force.");
        Path notes = Files.writeString(dir.resolve("notes.pdf"), "Notes for the report\nno commas here\n");
        CliCapture atlas = CliCapture.run(MEMORY, dir.resolve("atlas.log"), "atlas", "--maps", maps.toString(),
                "--out", notes.toString());
        assertRefused(atlas, "Cannot write " + notes + ": it already holds text, not a PDF document. Choose another"
                + " name. To replace it all the same, add --force.");
        assertThat(pdf).hasContent("%PDF-1.7 the user's thesis");
        assertThat(notes).hasContent("Notes for the report\nno commas here\n");
    }

    @Test
    void theSameKindIsReplacedAsBefore() throws Exception {
        Path old = Files.writeString(dir.resolve("wuling.pdf"), "%PDF-1.4 last week's export");
        CliCapture run = export("--out", old.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(old.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void dashWritesEachFormatToStandardOutputAndNothingElseGoesThere() throws Exception {
        CliCapture png = export("--out", "-", "--format", "png");
        assertThat(png.exitCode()).as(png.err()).isZero();
        assertThat(png.out()).isEmpty();
        assertThat(png.err()).isEmpty();
        assertThat(ImageIO.read(new ByteArrayInputStream(png.bytes())).getWidth()).isEqualTo(595);

        CliCapture pdf = export("--out", "-");
        assertThat(pdf.exitCode()).as(pdf.err()).isZero();
        assertThat(pdf.out()).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }

        // Text kept as text (not glyph outlines, the default) so that the region's name can be read back.
        CliCapture svg = export("--out", "-", "--format", "svg", "--svg-text", "text");
        assertThat(svg.exitCode()).as(svg.err()).isZero();
        assertThat(new String(svg.bytes(), StandardCharsets.UTF_8)).startsWith("<?xml").contains("武陵山区")
                .endsWith("</svg>\n");
        assertThat(snapshot(dir)).as("no file named '-' or anything else").isEmpty();
    }

    @Test
    void dashWritesTheWholeAtlasPdfToStandardOutput() throws Exception {
        CliCapture run = CliCapture.run(MEMORY, dir.resolve("atlas.log"), "atlas", "--maps", maps.toString(),
                "--out", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        try (PDDocument document = Loader.loadPDF(run.bytes())) {
            assertThat(document.getNumberOfPages()).isEqualTo(14);
        }
    }

    @Test
    void aFileNamedDashIsWrittenWhenGivenWithItsFolder() throws Exception {
        Path dash = dir.resolve("-");
        CliCapture run = export("--out", dash.toString(), "--format", "png");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ImageIO.read(dash.toFile())).isNotNull();
        assertThat(run.bytes()).isEmpty();
    }

    @Test
    void aKilledExportsPartFileIsRemovedByTheNextExportAndAUsersFileKept() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path left = Files.writeString(dir.resolve(".wuling.pdf.atlas-" + ended.pid() + "-9e1.part"), "half a PDF");
        Path users = Files.writeString(dir.resolve("chapter.part"), "the user's");

        CliCapture run = export("--out", dir.resolve("wuling.pdf").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(left).doesNotExist();
        assertThat(users).hasContent("the user's");
    }

    @Test
    void aPathWithANewlineIsNamedEscapedInTheMessage() throws Exception {
        Path odd = dir.resolve("wuling\nmap.png");
        CliCapture run = export("--out", odd.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote " + dir + "/wuling\\nmap.png (").hasLineCount(1);
        assertThat(odd).exists();
    }
}
