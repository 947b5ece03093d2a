package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.cpatlas.files.FileKind;
import org.cpatlas.files.FilesInUse;
import org.cpatlas.files.OutputFile;
import org.cpatlas.files.SpecialFiles;
import org.cpatlas.files.WriteRefusedException;
import org.cpatlas.files.WriteRefusedException.Reason;
import org.cpatlas.files.WriteRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random output targets for the one write policy ({@link OutputFile}): chains of symbolic links (relative,
 * absolute, dangling, looping, into a missing folder, into /proc through an open stream), named pipes, sockets,
 * folders, files of every kind, the file in use, the map layers' folder, odd names (newlines, escape codes, a leading
 * dash or @, 200 characters, "-" itself), the user's confirmation or not, and content that fails midway. Each input
 * is checked against an oracle written here, independently of the code: the reason for a refusal, or where the
 * bytes went; and whatever happened, every other entry of the folder is as it was (links still links to the same
 * place, pipes still pipes) and no part file is left. Devices are not used here (see {@code files.OutputFileTest},
 * which only checks them).
 */
class OutputTargetFuzzTest {

    private static final List<String> NAMES = List.of("map.png", "wuling map.pdf", "六盘山区.svg", "a\nb.png",
            "esc\u001B[31m.pdf", "-dash.png", "@at.pdf", ".hidden.svg", "x".repeat(200), "regions.shp", "table.csv",
            "notes.txt", "atlas.db");
    private static final List<FileKind> WRITTEN = List.of(FileKind.PNG, FileKind.PDF, FileKind.SVG, FileKind.CSV);

    @TempDir
    static Path root;

    @Test
    void shortSeededRunRefusesInWordsOrWritesWhereTheLinksLead() {
        Fuzz.Tally tally = Fuzz.run("output targets", Fuzz.seed(20251206L), Fuzz.iterations(300),
                OutputTargetFuzzTest::write);
        assertThat(tally.accepted()).isGreaterThan(30);
        assertThat(tally.rejected()).isGreaterThan(30);
    }

    @Test
    @Tag(Fuzz.LONG)
    void longRunRefusesInWordsOrWritesWhereTheLinksLead() {
        Fuzz.run("output targets", Fuzz.longRunSeed(), Fuzz.iterations(10_000), OutputTargetFuzzTest::write);
    }

    /** What the final entry of the target's chain is made as. */
    private enum Final { ABSENT, ABSENT_FOLDER, REGULAR, FOLDER, PIPE, SOCKET, OPEN_STREAM }

    private static Fuzz.Outcome write(Random random, StringBuilder how) throws Throwable {
        Path dir = Files.createTempDirectory(root, "case");
        List<AutoCloseable> toClose = new ArrayList<>();
        try {
            return write(random, how, dir, toClose);
        } finally {
            for (AutoCloseable closeable : toClose) {
                closeable.close();
            }
        }
    }

    private static Fuzz.Outcome write(Random random, StringBuilder how, Path dir, List<AutoCloseable> toClose)
            throws Throwable {
        Files.writeString(dir.resolve("bystander.txt"), "another file of the user's");
        FileKind kind = Fuzz.pick(random, WRITTEN);
        String name = Fuzz.pick(random, NAMES);
        Final end = Fuzz.pick(random, List.of(Final.values()));
        Path file = dir.resolve(end == Final.ABSENT_FOLDER ? "missing/" + name : name);
        FileKind existing = null;
        switch (end) {
            case REGULAR -> existing = makeRegular(random, file);
            case FOLDER -> Files.createDirectory(file);
            case PIPE -> SpecialFiles.fifo(file);
            case SOCKET -> {
                if (dir.resolve(name).toString().getBytes(StandardCharsets.UTF_8).length > 100) {
                    end = Final.ABSENT; // a socket's path is limited to about 108 bytes
                } else {
                    toClose.add(SpecialFiles.socket(file));
                }
            }
            case OPEN_STREAM -> {
                Path sink = dir.resolve("sink.txt");
                FileOutputStream stream = new FileOutputStream(sink.toFile());
                toClose.add(stream);
                file = Path.of("/dev/fd/" + descriptorOf(sink));
            }
            default -> {
                // nothing there
            }
        }
        // A chain of 0-3 links leading to the file; or a loop.
        boolean loop = random.nextInt(12) == 0;
        Path target = file;
        int links = end == Final.OPEN_STREAM ? 1 + random.nextInt(2) : random.nextInt(4);
        for (int i = 0; i < links; i++) {
            Path link = dir.resolve("link" + i + "." + kind.extension());
            Path to = random.nextBoolean() && target.startsWith(dir) ? dir.relativize(target) : target;
            Files.createSymbolicLink(link, to);
            target = link;
        }
        if (loop) {
            Path a = dir.resolve("loop-a");
            Path b = dir.resolve("loop-b");
            Files.createSymbolicLink(a, b);
            Files.createSymbolicLink(b, a);
            target = a;
        }
        boolean dash = random.nextInt(30) == 0;
        if (dash) {
            target = Path.of("-");
        }
        boolean databaseInUse = end == Final.REGULAR && random.nextInt(5) == 0;
        boolean layersInUse = random.nextInt(4) == 0;
        boolean confirmed = random.nextBoolean();
        boolean failMidway = random.nextInt(6) == 0;
        FilesInUse inUse = FilesInUse.none();
        if (databaseInUse) {
            inUse = inUse.withDatabase(file);
        }
        if (layersInUse) {
            inUse = inUse.withMapLayers(dir);
        }
        WriteRules rules = new WriteRules(inUse, false);
        if (confirmed) {
            rules = rules.confirmed();
        }
        how.append(kind).append(" to ").append(links).append(" link(s) then ").append(end).append(' ')
                .append(name.length() > 20 ? name.substring(0, 20) + "…" : name).append(existing == null ? "" : " holding "
                        + existing).append(loop ? ", a loop" : "").append(dash ? ", given as -" : "")
                .append(databaseInUse ? ", the database in use" : "").append(layersInUse ? ", layers in use" : "")
                .append(confirmed ? ", confirmed" : "").append(failMidway ? ", failing midway" : "");

        Reason expected = dash ? Reason.STANDARD_OUTPUT : loop ? Reason.LINK_LOOP : switch (end) {
            case ABSENT_FOLDER -> Reason.NO_FOLDER;
            case FOLDER -> Reason.FOLDER;
            case PIPE, SOCKET, OPEN_STREAM -> Reason.NOT_A_FILE;
            case REGULAR -> databaseInUse || layersInUse && isLayerName(name) ? Reason.IN_USE
                    : !confirmed && !mayReplace(kind, existing, name) ? Reason.OTHER_KIND : null;
            case ABSENT -> layersInUse && isLayerName(name) ? Reason.IN_USE : null;
        };

        Map<String, String> before = OutputTargetFaultsTest.snapshot(dir);
        byte[] content = (kind.extension() + " content " + random.nextLong()).getBytes(StandardCharsets.UTF_8);
        Path chosen = target;
        try {
            Path written = OutputFile.write(chosen, kind, rules, out -> {
                out.write(content, 0, content.length / 2);
                if (failMidway) {
                    throw new IOException("No space left on device");
                }
                out.write(content, content.length / 2, content.length - content.length / 2);
            });
            assertThat(expected).as(how + ": written to " + written + " but should be refused").isNull();
            assertThat(failMidway).as(how + ": a failing write succeeded").isFalse();
            assertThat(written).isEqualTo(file);
            assertThat(file).hasBinaryContent(content);
            Map<String, String> after = OutputTargetFaultsTest.snapshot(dir);
            after.remove(dir.relativize(file).toString());
            before.remove(dir.relativize(file).toString());
            assertThat(after).as(how + ": everything else as it was").isEqualTo(before);
            return Fuzz.Outcome.ACCEPTED;
        } catch (WriteRefusedException refused) {
            assertThat(refused.reason()).as(how + ": " + refused.getMessage()).isEqualTo(expected);
            assertThat(refused.getMessage()).as(how.toString()).startsWith("Cannot write ")
                    .doesNotContain("\n", "\u001B", "Exception", "java.").hasSizeLessThan(1_000);
            assertThat(refused.confirmable()).isEqualTo(expected == Reason.OTHER_KIND);
        } catch (IOException failed) {
            assertThat(failMidway && expected == null).as(how + ": failed with " + failed).isTrue();
        }
        assertThat(OutputTargetFaultsTest.snapshot(dir)).as(how + ": nothing changed").isEqualTo(before);
        return Fuzz.Outcome.REJECTED;
    }

    private static boolean isLayerName(String name) {
        return name.endsWith(".shp");
    }

    /** Content of existing files by what the oracle knows them to be. */
    private static final Map<String, FileKind> HEADS = Map.of("\u0089PNG\r\n\u001A\n", FileKind.PNG,
            "%PDF-1.7\n", FileKind.PDF, "<?xml version='1.0'?><svg>", FileKind.SVG, "code,name\nliupan,x\n",
            FileKind.CSV, "SQLite format 3\u0000", FileKind.SQLITE, "", FileKind.EMPTY, "just some words\n",
            FileKind.TEXT, "\u0000\u0001binary", FileKind.DATA);

    /** A regular file holding content of a random kind; returns the kind it holds. */
    private static FileKind makeRegular(Random random, Path file) throws IOException {
        byte[] payload = ("old " + random.nextInt()).getBytes(StandardCharsets.UTF_8);
        String head = Fuzz.pick(random, HEADS.keySet().stream().sorted().toList());
        byte[] bytes = head.isEmpty() ? new byte[0] : concat(head.getBytes(StandardCharsets.ISO_8859_1), payload);
        Files.write(file, bytes);
        return HEADS.get(head);
    }

    /** The rule, as the user reads it: the same kind, an empty file, or text in a file named as a CSV table. */
    private static boolean mayReplace(FileKind writing, FileKind existing, String name) {
        return existing == writing || existing == FileKind.EMPTY
                || writing == FileKind.CSV && existing == FileKind.TEXT && name.endsWith(".csv");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String descriptorOf(Path file) throws IOException {
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
}
