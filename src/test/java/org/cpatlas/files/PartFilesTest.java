package org.cpatlas.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Part files that killed writes left behind are removed at the next write in their folder (exports) or the next
 * start (the cache): only the atlas's own, recognisably named, whose writer has ended; never a user's file.
 */
class PartFilesTest {

    @TempDir
    Path dir;

    /** The id of a process that has ended (a short-lived one started and waited for here). */
    static long endedProcessId() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("true").start();
        process.waitFor(Patience.SECONDS, TimeUnit.SECONDS);
        long pid = process.pid();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        return pid;
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFileWrittenWholeReplacesTheOldOneAndLeavesNoPartFile() throws Exception {
        Path file = Files.writeString(dir.resolve("tile.runs"), "the old tile");

        PartFiles.writeWhole(file, new byte[] {1, 2, 3});

        assertThat(file).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(listing()).containsExactly("tile.runs");
    }

    @Test
    void aWholeWriteThatFailsLeavesTheTargetAsItWasAndNoPartFile() throws Exception {
        // A folder where the file should go: the move over it fails, as a full disk or a lost folder would.
        Path taken = Files.createDirectories(dir.resolve("tile.runs"));
        Files.writeString(taken.resolve("inside"), "kept");

        assertThatThrownBy(() -> PartFiles.writeWhole(taken, new byte[] {1, 2, 3})).isInstanceOf(IOException.class);

        assertThat(listing()).containsExactly("tile.runs");
        assertThat(taken.resolve("inside")).hasContent("kept");
    }

    @Test
    void aPartFileIsHiddenNamedAfterItsTargetAndCarriesItsWritersId() throws Exception {
        Path part = PartFiles.create(dir, "wuling.pdf");
        assertThat(part.getFileName().toString())
                .startsWith(".wuling.pdf.atlas-" + ProcessHandle.current().pid() + "-").endsWith(".part");
        assertThat(PartFiles.isPartFileName(part.getFileName().toString())).isTrue();
        Path long255 = PartFiles.create(dir, "名".repeat(80) + ".pdf");
        assertThat(long255.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThan(255);
    }

    @Test
    void onlyTheAtlasPartFilesOfEndedWritersAreRemoved() throws Exception {
        long ended = endedProcessId();
        Path killedExport = Files.writeString(dir.resolve(".wuling.pdf.atlas-" + ended + "-3f2a.part"), "half");
        Path runningElsewhere = Files.writeString(dir.resolve(".map.png.atlas-1-99.part"), "pid 1 is alive");
        Path ownRunning = PartFiles.create(dir, "atlas.pdf");
        Path usersPart = Files.writeString(dir.resolve("download.part"), "a browser's download");
        Path usersHidden = Files.writeString(dir.resolve(".notes.part"), "the user's");
        Path lookalikeFolder = Files.createDirectory(dir.resolve(".x.pdf.atlas-" + ended + "-1.part"));
        Path lookalikeLink = Files.createSymbolicLink(dir.resolve(".y.pdf.atlas-" + ended + "-2.part"), usersPart);

        assertThat(PartFiles.removeLeftovers(dir)).isEqualTo(1);

        assertThat(killedExport).doesNotExist();
        assertThat(List.of(runningElsewhere, ownRunning, usersPart, usersHidden, lookalikeFolder))
                .allMatch(Files::exists);
        assertThat(Files.isSymbolicLink(lookalikeLink)).isTrue();
        assertThat(usersPart).hasContent("a browser's download");
    }

    @Test
    void aPartFileUntouchedForADayIsRemovedEvenIfItsIdIsInUseAgain() throws Exception {
        Path stale = Files.writeString(dir.resolve(".map.png.atlas-1-7.part"), "old");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        assertThat(PartFiles.removeLeftovers(dir)).isEqualTo(1);
        assertThat(listing()).isEmpty();
    }

    @Test
    void aFolderThatCannotBeListedIsNoError() {
        assertThat(PartFiles.removeLeftovers(dir.resolve("missing"))).isZero();
    }

    @Test
    void aKilledExportsPartFileIsRemovedByTheNextWriteInThatFolder() throws Exception {
        Path left = Files.writeString(dir.resolve(".old.pdf.atlas-" + endedProcessId() + "-ab.part"), "half");
        Path users = Files.writeString(dir.resolve("thesis.part"), "the user's");
        OutputFile.write(dir.resolve("new.pdf"), FileKind.PDF, new WriteRules(FilesInUse.none(), false),
                out -> out.write("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(left).doesNotExist();
        assertThat(listing()).containsExactly("new.pdf", "thesis.part");
        assertThat(users).hasContent("the user's");
    }

    @Test
    void aKilledCopyIntoTheCacheIsRemovedAtTheNextStartAndSoAreAnEarlierVersionsOldOnes() throws Exception {
        Path fonts = Files.createDirectory(dir.resolve("fonts"));
        Path killed = Files.writeString(fonts.resolve(".font.ttf.atlas-" + endedProcessId() + "-5.part"), "half");
        Path earlierOld = Files.writeString(fonts.resolve("font.ttf8123456789.part"), "half");
        Files.setLastModifiedTime(earlierOld, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path earlierNew = Files.writeString(fonts.resolve("font.ttf-42.part"), "maybe still being copied");
        Path other = Files.writeString(fonts.resolve("other.ttf"), "a font");
        Files.writeString(fonts.resolve("font.ttf"), "abc");

        CachedResource.copyOnce(fonts, "font.ttf", 3, () -> {
            throw new AssertionError("the copy is there");
        });

        assertThat(killed).doesNotExist();
        assertThat(earlierOld).doesNotExist();
        assertThat(earlierNew).exists();
        assertThat(other).exists();
    }
}
