package org.cpatlas.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.cpatlas.files.WriteRefusedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one policy for files written for the user: links followed and kept, nothing but a regular file replaced, the
 * files in use kept, a file of another kind replaced only when confirmed, nothing half-written left. Devices are
 * only ever checked here, never written: the refusal comes before anything is opened, and their identity (inode,
 * device number, mode, change time) is compared before and after.
 */
class OutputFileTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
    private static final WriteRules NOTHING_IN_USE = new WriteRules(FilesInUse.none(), false);

    @TempDir
    Path dir;

    private static void writePng(Path target, WriteRules rules) throws IOException {
        OutputFile.write(target, FileKind.PNG, rules, out -> out.write(PNG));
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFileIsWrittenWholeAndNoPartFileIsLeft() throws Exception {
        Path target = dir.resolve("map.png");
        writePng(target, NOTHING_IN_USE);
        assertThat(target).hasBinaryContent(PNG);
        assertThat(listing()).containsExactly("map.png");
    }

    @Test
    void aSymbolicLinkIsFollowedAndKeptAsEditorsDo() throws Exception {
        Path real = Files.createDirectory(dir.resolve("exports")).resolve("map.png");
        Files.write(real, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 9});
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), Path.of("exports/map.png"));
        Path linkToLink = Files.createSymbolicLink(dir.resolve("again.png"), link);

        Path written = OutputFile.write(linkToLink, FileKind.PNG, NOTHING_IN_USE, out -> out.write(PNG));

        assertThat(written).isEqualTo(real);
        assertThat(real).hasBinaryContent(PNG);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("exports/map.png"));
        assertThat(Files.readSymbolicLink(linkToLink)).isEqualTo(link);
    }

    @Test
    void aDanglingLinkCreatesTheFileItNamesAndStaysALink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), Path.of("not-yet.png"));
        writePng(link, NOTHING_IN_USE);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.resolve("not-yet.png")).hasBinaryContent(PNG);
    }

    @Test
    void aLinkLoopIsRefusedInWords() throws Exception {
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThatThrownBy(() -> writePng(a, NOTHING_IN_USE))
                .isInstanceOf(WriteRefusedException.class)
                .hasMessage("Cannot write " + a + ": it is a symbolic link that leads back to itself (or through more"
                        + " than 40 links). Fix or remove the link.");
        assertThat(listing()).containsExactly("a.png", "b.png");
    }

    @Test
    void aNamedPipeIsRefusedAndStaysAPipe() throws Exception {
        Path pipe = SpecialFiles.fifo(dir.resolve("out.png"));
        AtomicBoolean rendered = new AtomicBoolean();
        assertThatThrownBy(() -> OutputFile.write(pipe, FileKind.PNG, NOTHING_IN_USE, out -> rendered.set(true)))
                .isInstanceOf(WriteRefusedException.class)
                .hasMessage("Cannot write " + pipe + ": it is a named pipe, not a file. Give the name of a file to"
                        + " write.")
                .extracting(e -> ((WriteRefusedException) e).reason()).isEqualTo(Reason.NOT_A_FILE);
        assertThat(rendered).as("refused before the content is made").isFalse();
        assertThat(SpecialFiles.type(pipe)).isEqualTo(0010000);
        assertThat(listing()).containsExactly("out.png");
    }

    @Test
    void aLinkToANamedPipeIsRefusedAndTheLinkKept() throws Exception {
        Path pipe = SpecialFiles.fifo(dir.resolve("pipe"));
        Path link = Files.createSymbolicLink(dir.resolve("map.png"), pipe);
        assertThatThrownBy(() -> writePng(link, NOTHING_IN_USE))
                .hasMessage("Cannot write " + link + " (a link to " + pipe + "): it is a named pipe, not a file. Give"
                        + " the name of a file to write.");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(SpecialFiles.type(pipe)).isEqualTo(0010000);
    }

    @Test
    void aSocketIsRefused() throws Exception {
        Path socket = dir.resolve("atlas.sock");
        try (ServerSocketChannel channel = SpecialFiles.socket(socket)) {
            assertThatThrownBy(() -> writePng(socket, NOTHING_IN_USE))
                    .hasMessage("Cannot write " + socket + ": it is a socket, not a file. Give the name of a file to"
                            + " write.");
            assertThat(SpecialFiles.type(socket)).isEqualTo(0140000);
        }
    }

    /** Checked only, never written: the check is what stands between an export and the device. */
    @ParameterizedTest
    @ValueSource(strings = {"/dev/null", "/dev/full", "/dev/zero", "/dev/urandom"})
    void aDeviceIsRefusedAndLeftAsItWas(String device) throws Exception {
        Path path = Path.of(device);
        assumeTrue(Files.exists(path), device + " is not on this machine");
        Map<String, Object> before = SpecialFiles.identity(path);
        assertThatThrownBy(() -> OutputFile.check(path, FileKind.PDF, NOTHING_IN_USE))
                .isInstanceOf(WriteRefusedException.class)
                .hasMessage("Cannot write " + device + ": it is a device, not a file. Give the name of a file to"
                        + " write.");
        assertThat(SpecialFiles.identity(path)).isEqualTo(before);
    }

    @Test
    void aLinkToADeviceIsRefusedAndTheDeviceLeftAsItWas() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("map.pdf"), Path.of("/dev/null"));
        Map<String, Object> before = SpecialFiles.identity(Path.of("/dev/null"));
        assertThatThrownBy(() -> OutputFile.check(link, FileKind.PDF, NOTHING_IN_USE))
                .hasMessage("Cannot write " + link + " (a link to /dev/null): it is a device, not a file. Give the"
                        + " name of a file to write.");
        assertThat(SpecialFiles.identity(Path.of("/dev/null"))).isEqualTo(before);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    /**
     * /dev/stdout and /dev/fd/N lead into /proc, to a stream of this very process: refused as such. Only checked,
     * so surefire's own standard output is never touched.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/dev/stdout", "/dev/stderr", "/dev/fd/1", "/proc/self/fd/1", "/proc/self/fd/2"})
    void standardOutputAndOtherOpenStreamsAreRefused(String stream) {
        Path path = Path.of(stream);
        assumeTrue(Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS), stream + " is not on this machine");
        assertThatThrownBy(() -> OutputFile.check(path, FileKind.PNG, NOTHING_IN_USE))
                .isInstanceOf(WriteRefusedException.class)
                .hasMessage("Cannot write " + stream + ": it is an open stream of a program (such as standard"
                        + " output), not a file. Give the name of a file to write.");
    }

    @Test
    void anOpenStreamLeadingToARegularFileIsRefusedAndTheFileLeftAsItWas() throws Exception {
        Path sink = dir.resolve("redirected-output.txt");
        try (java.io.FileOutputStream stream = new java.io.FileOutputStream(sink.toFile())) {
            stream.write('x');
            String fd;
            try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
                fd = fds.filter(p -> {
                    try {
                        return Files.readSymbolicLink(p).equals(sink);
                    } catch (IOException e) {
                        return false;
                    }
                }).map(p -> p.getFileName().toString()).findFirst().orElseThrow();
            }
            for (String path : List.of("/dev/fd/" + fd, "/proc/self/fd/" + fd)) {
                assertThatThrownBy(() -> OutputFile.check(Path.of(path), FileKind.PNG, NOTHING_IN_USE))
                        .as(path).hasMessageContaining(": it is an open stream of a program");
            }
        }
        assertThat(sink).hasContent("x");
    }

    @Test
    void aDashStandsForStandardOutputAndIsNotAFileName() throws Exception {
        assertThat(OutputFile.isStandardOutput(Path.of("-"))).isTrue();
        assertThat(OutputFile.isStandardOutput(Path.of("./-"))).isFalse();
        assertThatThrownBy(() -> OutputFile.check(Path.of("-"), FileKind.PDF, NOTHING_IN_USE))
                .extracting(e -> ((WriteRefusedException) e).reason()).isEqualTo(Reason.STANDARD_OUTPUT);
        writePng(dir.resolve("-"), NOTHING_IN_USE);
        assertThat(dir.resolve("-")).hasBinaryContent(PNG);
    }

    @Test
    void aFolderIsRefusedWithAnExampleName() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out.pdf"));
        assertThatThrownBy(() -> OutputFile.check(folder, FileKind.PDF, NOTHING_IN_USE))
                .hasMessage("Cannot write " + folder + ": it is a folder. Give a file name, e.g. "
                        + folder.resolve("map.pdf") + ".");
    }

    @Test
    void theDatabaseInUseIsNeverReplacedEvenWhenConfirmedNorThroughALinkOrAHardLink() throws Exception {
        Path db = dir.resolve("atlas.db");
        byte[] database = "SQLite format 3\0 the user's figures".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(db, database);
        WriteRules rules = new WriteRules(FilesInUse.none().withDatabase(db), true);
        Path link = Files.createSymbolicLink(dir.resolve("map.png"), db);
        Path hardLink = Files.createLink(dir.resolve("copy.png"), db);
        Path spelledOtherwise = dir.resolve("sub/../atlas.db");
        Files.createDirectory(dir.resolve("sub"));

        for (Path target : List.of(db, link, hardLink, spelledOtherwise)) {
            assertThatThrownBy(() -> writePng(target, rules))
                    .as(target.toString())
                    .isInstanceOf(WriteRefusedException.class)
                    .hasMessageEndingWith(": it is the atlas database in use. Choose another name.");
        }
        assertThat(db).hasBinaryContent(database);
        assertThatThrownBy(() -> writePng(dir.resolve("atlas.db-journal"), rules))
                .hasMessageEndingWith(": it is part of the atlas database in use. Choose another name.");
    }

    @Test
    void theMapLayersInUseAreNeverReplacedNorAddedTo() throws Exception {
        Path maps = Files.createDirectory(dir.resolve("maps"));
        Path shp = Files.write(maps.resolve("regions.shp"), new byte[100]);
        WriteRules rules = new WriteRules(FilesInUse.none().withMapLayers(maps), true);

        for (String name : List.of("regions.shp", "regions.DBF", "counties.prj", "countries.shp", "new.cpg")) {
            assertThatThrownBy(() -> writePng(maps.resolve(name), rules))
                    .as(name)
                    .hasMessage("Cannot write " + maps.resolve(name) + ": it is a part of the map layers in use ("
                            + maps + "). Choose another name.");
        }
        assertThat(shp).hasBinaryContent(new byte[100]);
        writePng(maps.resolve("regions.png"), rules);
        assertThat(maps.resolve("regions.png")).hasBinaryContent(PNG);
    }

    @Test
    void theRunningProgramIsNeverReplaced() throws Exception {
        Path jar = Files.write(dir.resolve("atlas.jar"), new byte[] {'P', 'K', 3, 4});
        String classPath = System.getProperty("java.class.path");
        System.setProperty("java.class.path", classPath + java.io.File.pathSeparator + jar);
        try {
            assertThatThrownBy(() -> writePng(jar, WriteRules.standard().confirmed()))
                    .hasMessage("Cannot write " + jar + ": it is the running atlas program. Choose another name.");
        } finally {
            System.setProperty("java.class.path", classPath);
        }
        assertThat(jar).hasBinaryContent(new byte[] {'P', 'K', 3, 4});
    }

    @Test
    void theJavaBinaryAndTheRealClassPathAreInUse() {
        FilesInUse program = FilesInUse.runningProgram();
        String someJar = Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).findFirst().orElseThrow();
        assertThat(program.whatIs(Path.of(someJar))).contains("the running atlas program");
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        assertThat(program.whatIs(java)).contains("the Java program running the atlas");
    }

    @Test
    void aFileOfAnotherKindIsReplacedOnlyWhenConfirmed() throws Exception {
        Path target = dir.resolve("map.png");
        byte[] database = "SQLite format 3\0 someone's data".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(target, database);

        assertThatThrownBy(() -> writePng(target, NOTHING_IN_USE))
                .isInstanceOf(WriteRefusedException.class)
                .hasMessage("Cannot write " + target + ": it already holds an SQLite database, not a PNG image."
                        + " Choose another name.")
                .satisfies(e -> {
                    WriteRefusedException refused = (WriteRefusedException) e;
                    assertThat(refused.confirmable()).isTrue();
                    assertThat(refused.detail()).isEqualTo(target + " already holds an SQLite database, not a PNG"
                            + " image.");
                });
        assertThat(target).hasBinaryContent(database);

        writePng(target, NOTHING_IN_USE.confirmed());
        assertThat(target).hasBinaryContent(PNG);
    }

    @Test
    void aFileOfTheSameKindOrAnEmptyOneIsReplaced() throws Exception {
        Path same = Files.write(dir.resolve("old.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A,
            '\n', 7, 7});
        Path empty = Files.write(dir.resolve("empty.png"), new byte[0]);
        writePng(same, NOTHING_IN_USE);
        writePng(empty, NOTHING_IN_USE);
        assertThat(same).hasBinaryContent(PNG);
        assertThat(empty).hasBinaryContent(PNG);
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path target = Files.write(dir.resolve("map.png"), PNG);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        writePng(target, NOTHING_IN_USE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
    }

    @Test
    void aFailureMidwayKeepsThePreviousFileAndLeavesNoPartFile() throws Exception {
        Path target = Files.write(dir.resolve("map.png"), PNG);
        assertThatThrownBy(() -> OutputFile.write(target, FileKind.PNG, NOTHING_IN_USE, out -> {
            out.write(new byte[] {1, 2, 3});
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");
        assertThat(target).hasBinaryContent(PNG);
        assertThat(listing()).containsExactly("map.png");
    }

    @Test
    void userTextInTheMessageIsEscaped() {
        Path target = dir.resolve("no\nsuch\u001B[2J/map.png");
        assertThatThrownBy(() -> writePng(target, NOTHING_IN_USE))
                .hasMessage("Cannot write " + dir + "/no\\nsuch\\x1B[2J/map.png: the folder " + dir
                        + "/no\\nsuch\\x1B[2J does not exist. Create it or choose another folder.");
    }
}
