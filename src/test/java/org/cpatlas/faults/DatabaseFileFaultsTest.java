package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.cpatlas.cli.AtlasCli;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.StoreLocation;
import org.cpatlas.store.TestStores;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database path in the states a file system can leave it: a symbolic link (to a file not yet built, to a damaged
 * file, in a loop), not a file at all (a named pipe, /dev/null), the leftovers of a first start that was killed, a
 * journal left by an atlas killed while writing, a full disk. Nothing that is not a regular file is read or written,
 * links stay links, nothing of the user's is lost, and every message is in words.
 */
class DatabaseFileFaultsTest {

    private static final String TEMPORARY = HandEditedDatabaseFaultsTest.TEMPORARY;
    private static final String NOT_OPENED = ", so it was not opened; pass --db with the path of a database file (it is"
            + " built there when it does not exist); " + TEMPORARY;

    @TempDir
    Path tmp;

    @Test
    void dbGivenAsALinkToAFileNotYetBuiltIsBuiltWhereTheLinkPointsAndTheLinkIsKept() throws Exception {
        Path target = tmp.resolve("elsewhere/figures.db");
        Files.createDirectories(target.getParent());
        Path link = Files.createSymbolicLink(tmp.resolve("atlas.db"), Path.of("elsewhere/figures.db"));

        try (AtlasStore store = TestStores.opener().open(StoreLocation.userGiven(link))) {
            assertThat(store.warnings()).isEmpty();
            assertThat(store.file()).contains(target);
            assertThat(store.repository().regions()).hasSize(14);
        }
        assertThat(link).isSymbolicLink();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("elsewhere/figures.db"));
        assertThat(target).isRegularFile();
        try (AtlasStore again = TestStores.opener().open(StoreLocation.userGiven(link))) {
            assertThat(again.warnings()).isEmpty();
            assertThat(again.inMemory()).isFalse();
        }
        assertThat(link).isSymbolicLink();
    }

    @Test
    void aChainOfLinksIsFollowedToTheEnd() throws Exception {
        Path target = tmp.resolve("real.db");
        Path second = Files.createSymbolicLink(tmp.resolve("second.db"), target);
        Path first = Files.createSymbolicLink(tmp.resolve("first.db"), Path.of("second.db"));

        try (AtlasStore store = TestStores.opener().open(StoreLocation.userGiven(first))) {
            assertThat(store.file()).contains(target);
        }
        assertThat(first).isSymbolicLink();
        assertThat(second).isSymbolicLink();
        assertThat(target).isRegularFile();
    }

    @Test
    void theAtlasOwnFileBehindALinkIsMovedAsideWhereItIsAndTheLinkKept() throws Exception {
        Path target = Files.createDirectories(tmp.resolve("disk2")).resolve("atlas.db");
        byte[] garbage = "not an SQLite database, only some text that is longer than a header ....................."
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Files.write(target, garbage);
        Path link = Files.createSymbolicLink(tmp.resolve("atlas.db"), target);

        try (AtlasStore store = TestStores.opener().open(StoreLocation.atlasOwned(link))) {
            assertThat(store.warnings()).containsExactly("the database " + target + " was damaged (it is not an"
                    + " SQLite database); it was moved to " + target.resolveSibling("atlas.db.corrupt-20240501-101530")
                    + " and a new one was built from the bundled data");
            assertThat(store.file()).contains(target);
        }
        assertThat(link).isSymbolicLink();
        assertThat(target.resolveSibling("atlas.db.corrupt-20240501-101530")).hasBinaryContent(garbage);
    }

    @Test
    void aLoopOfLinksIsRefusedInWords() throws Exception {
        Path a = tmp.resolve("a.db");
        Path b = tmp.resolve("b.db");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);

        try (AtlasStore store = TestStores.opener().open(StoreLocation.userGiven(a))) {
            assertThat(store.warnings()).containsExactly(a + " is a symbolic link that leads round in a loop"
                    + NOT_OPENED);
            assertThat(store.inMemory()).isTrue();
        }
        assertThat(a).isSymbolicLink();
        assertThat(b).isSymbolicLink();
    }

    @Test
    void aNamedPipeIsRefusedAtOnceAndNeverReadOrWritten() throws Exception {
        Path pipe = tmp.resolve("atlas.db");
        assumeTrue(run("mkfifo", pipe.toString()), "mkfifo is not available here");

        // Before, SQLite and Flyway tried to use the pipe: a raw dump of Flyway's after seconds.
        try (AtlasStore store = assertTimeoutPreemptively(Patience.HANG,
                () -> TestStores.opener().open(StoreLocation.userGiven(pipe)))) {
            assertThat(store.warnings()).containsExactly(pipe + " is a named pipe, not a database file" + NOT_OPENED);
            assertThat(store.inMemory()).isTrue();
            assertThat(store.repository().regions()).hasSize(14);
        }
        assertThat(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(pipe, LinkOption.NOFOLLOW_LINKS)).as("the pipe is still there").isTrue();
        assertThat(tmp).isDirectoryNotContaining("glob:**.building-*");
    }

    @Test
    void devNullIsRefusedAndStaysADevice() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull), "no /dev/null here");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = AtlasCli.execute(new String[] {"--db", "/dev/null", "regions", "--format", "csv"},
                given -> TestStores.opener().open(StoreLocation.userGiven(given)), new PrintWriter(out),
                new PrintWriter(err), tmp.resolve("atlas.log"));

        assertThat(code).isZero();
        assertThat(err.toString().lines()).containsExactly("atlas: warning: /dev/null is a character device, not a"
                + " database file" + NOT_OPENED);
        assertThat(out.toString().lines()).hasSize(15);
        assertThat(Files.isRegularFile(devNull)).isFalse();
        assertThat(Files.exists(devNull)).isTrue();
    }

    @Test
    void aLinkToADeviceNamesBoth() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("atlas.db"), Path.of("/dev/null"));

        try (AtlasStore store = TestStores.opener().open(StoreLocation.atlasOwned(link))) {
            assertThat(store.warnings()).containsExactly(link + " (a link to /dev/null) is a character device, not a"
                    + " database file, so it was not opened; remove it; " + TEMPORARY);
        }
        assertThat(link).isSymbolicLink();
    }

    @Test
    void leftoversOfAKilledFirstStartAreDeletedAtTheNextStartAndNothingElse() throws Exception {
        long deadPid = pidOfAFinishedProcess();
        String dead = "atlas.db.building-" + deadPid + "-" + UUID.randomUUID();
        String older = "atlas.db.building-" + UUID.randomUUID(); // named by an atlas before this one
        String running = "atlas.db.building-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
        List<String> leftovers = List.of(dead, dead + "-journal", dead + "-wal", older, older + "-journal");
        List<String> kept = List.of(running, running + "-journal", "atlas.db.corrupt-20240101-000000",
                "atlas.db.building-notes.txt", "atlas.log", "other.db.building-" + deadPid + "-" + UUID.randomUUID());
        for (String name : leftovers) {
            Files.writeString(tmp.resolve(name), "half-built");
            Files.setLastModifiedTime(tmp.resolve(name), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        }
        for (String name : kept) {
            Files.writeString(tmp.resolve(name), "keep");
        }

        try (AtlasStore store = TestStores.opener().open(StoreLocation.atlasOwned(tmp.resolve("atlas.db")))) {
            assertThat(store.warnings()).isEmpty();
            assertThat(store.repository().regions()).hasSize(14);
        }

        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(concat(kept, List.of("atlas.db")));
        }
    }

    @Test
    void aJournalLeftBesideADeletedDatabaseIsNotReplayedIntoTheNewOne() throws Exception {
        Path db = HandEditedDatabaseFaultsTest.builtDatabase(tmp);
        haltMidWrite(db);
        Path journal = tmp.resolve("atlas.db-journal");
        assertThat(journal).as("the killed writer left its journal").exists();
        Files.delete(db); // the user deletes the database to start afresh

        try (AtlasStore store = TestStores.opener().open(StoreLocation.atlasOwned(db))) {
            assertThat(store.warnings()).isEmpty();
            HandEditedDatabaseFaultsTest.everyQueryWorks(store.repository());
        }
        try (AtlasStore again = TestStores.opener().open(StoreLocation.atlasOwned(db))) {
            assertThat(again.warnings()).as("the new file passes its check").isEmpty();
        }
        assertThat(journal).doesNotExist();
    }

    /**
     * An atlas killed while it rebuilt its database leaves SQLite's journal beside it. Before, every later start found
     * the file unreadable ("Hot journal needs to be rolled back") and used a temporary copy for ever.
     */
    @Test
    void anAtlasKilledWhileWritingLeavesAJournalThatTheNextStartRollsBack() throws Exception {
        Path db = HandEditedDatabaseFaultsTest.builtDatabase(tmp);
        haltMidWrite(db);
        assertThat(tmp.resolve("atlas.db-journal")).as("the killed writer left its journal").exists();

        for (StoreLocation location : List.of(StoreLocation.userGiven(db), StoreLocation.atlasOwned(db))) {
            try (AtlasStore store = TestStores.opener().open(location)) {
                assertThat(store.warnings()).isEmpty();
                assertThat(store.inMemory()).isFalse();
                HandEditedDatabaseFaultsTest.everyQueryWorks(store.repository());
            }
        }
        assertThat(FolderSnapshot.of(tmp).files()).containsOnlyKeys("atlas.db");
    }

    @Test
    void aFullDiskAtTheFirstStartIsSaidInWordsAndLeavesNoFile() throws Exception {
        Path disk = Files.createDirectory(tmp.resolve("disk"));
        try (SmallDisk small = SmallDisk.mountOn(disk, 200)) {
            Path db = disk.resolve("atlas.db");

            try (AtlasStore store = TestStores.opener().open(StoreLocation.atlasOwned(db))) {
                assertThat(store.warnings()).containsExactly("cannot build the database at " + db + " (cannot write"
                        + " the atlas database: the disk is full); " + TEMPORARY);
                assertThat(store.inMemory()).isTrue();
                assertThat(store.repository().regions()).hasSize(14);
            }
            assertThat(disk).isEmptyDirectory();
        }
    }

    @Test
    void aFullDiskWhileTheDatabaseIsUpdatedLeavesItAsItWas() throws Exception {
        Path disk = Files.createDirectory(tmp.resolve("disk"));
        try (SmallDisk small = SmallDisk.mountOn(disk, 1024)) {
            Path db = HandEditedDatabaseFaultsTest.builtDatabase(disk);
            // Built from other data: the atlas re-imports it in place, in one transaction, which needs a journal.
            new DatabaseEdit("other data", List.of("UPDATE build_info SET value = 'other' WHERE key = 'data_checksum'"),
                    "").applyTo(db);
            String before = FolderSnapshot.sha256(db);
            small.fillLeaving(8);

            try (AtlasStore store = TestStores.opener().open(StoreLocation.atlasOwned(db))) {
                assertThat(store.warnings()).singleElement().asString()
                        .startsWith("cannot update the database " + db + " (")
                        .contains("the disk is full")
                        .endsWith("); it was left as it is; " + TEMPORARY)
                        .doesNotContain("no transaction is active", "SQLITE", "Exception");
                assertThat(store.inMemory()).isTrue();
            }
            assertThat(FolderSnapshot.sha256(db)).isEqualTo(before);
            assertThat(disk.resolve("atlas.db-journal")).doesNotExist();
        }
    }

    /** The memo of checked files is a cache: a full disk under it loses the memo and leaves no file behind. */
    @Test
    void aFullDiskUnderTheCacheLeavesNoFileOfTheCheckMemo() throws Exception {
        Path db = HandEditedDatabaseFaultsTest.builtDatabase(tmp);
        Path cache = Files.createDirectory(tmp.resolve("cache"));
        try (SmallDisk small = SmallDisk.mountOn(cache, 64)) {
            small.fillLeaving(0);

            for (int start = 0; start < 2; start++) {
                try (AtlasStore store = TestStores.opener().rememberingChecksIn(cache)
                        .open(StoreLocation.atlasOwned(db))) {
                    assertThat(store.warnings()).isEmpty();
                    assertThat(store.inMemory()).isFalse();
                }
            }
            try (var files = Files.walk(cache)) {
                assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                        .allMatch(name -> name.equals("filler") || name.equals("checked-databases"));
            }
        }
    }

    private static void haltMidWrite(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HaltMidWrite.class.getName(),
                db.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(Patience.SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    private static long pidOfAFinishedProcess() throws Exception {
        Process p = new ProcessBuilder("true").start();
        assertThat(p.waitFor(Patience.SECONDS, TimeUnit.SECONDS)).isTrue();
        return p.pid();
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(Patience.SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
