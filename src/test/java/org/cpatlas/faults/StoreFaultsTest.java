package org.cpatlas.faults;

import org.cpatlas.testing.Patience;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.cpatlas.cli.AtlasCli;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.AtlasStoreOpener;
import org.cpatlas.store.DataBundle;
import org.cpatlas.store.DataImportException;
import org.cpatlas.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The figures database in every state a user's machine can leave it: locked by another process, damaged in several
 * ways, really unwritable (even for root), or rebuilt from a data folder with a bad row. The atlas always opens
 * (from the file, or from a temporary copy with a warning) and the user's file is never lost.
 */
class StoreFaultsTest {

    private static final String TEMPORARY = "using a temporary in-memory database built from the bundled data"
            + " (pass --db PATH to keep one elsewhere)";
    private static final String ASIDE = "atlas.db.corrupt-20240501-101530";

    @TempDir
    Path tmp;

    private static byte[] goodDatabase;

    /** A freshly built database (built once, then copied: building takes a quarter of a second). */
    private Path builtDatabase() throws IOException {
        Path db = tmp.resolve("atlas.db");
        if (goodDatabase == null) {
            TestStores.opener().open(db).close();
            goodDatabase = Files.readAllBytes(db);
        } else {
            Files.write(db, goodDatabase);
        }
        return db;
    }

    @Test
    void databaseLockedByAnotherProcessIsLeftAloneAndATemporaryCopyIsUsed() throws Exception {
        Path db = builtDatabase();
        String before = FolderSnapshot.sha256(db);

        try (Locked locked = Locked.by(db)) {
            long start = System.nanoTime();
            try (AtlasStore store = TestStores.opener().open(db)) {
                assertThat(store.warnings()).containsExactly("the database " + db + " is in use by another program"
                        + " (it is locked), so it was left as it is; close the other program and start the atlas"
                        + " again; " + TEMPORARY);
                assertThat(store.inMemory()).isTrue();
                assertThat(store.repository().regions()).hasSize(14);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waits for the lock, then gives up")
                    .isBetween(Duration.ofSeconds(4), Duration.ofSeconds(30));
        }

        assertThat(FolderSnapshot.sha256(db)).isEqualTo(before);
        try (AtlasStore store = TestStores.opener().open(db)) {
            assertThat(store.warnings()).isEmpty();
            assertThat(store.inMemory()).isFalse();
        }
    }

    /** Damage of several kinds: the original bytes end up in the moved-aside file and a new database is built. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"random bytes", "truncated to a third", "only the SQLite header", "zeroed second page",
        "garbage after the header"})
    void damagedDatabaseIsMovedAsideWithItsBytesAndRebuilt(String damage) throws Exception {
        Path db = builtDatabase();
        byte[] good = Files.readAllBytes(db);
        byte[] bad = switch (damage) {
            case "random bytes" -> randomBytes(good.length, 1);
            case "truncated to a third" -> Arrays.copyOf(good, good.length / 3);
            case "only the SQLite header" -> Arrays.copyOf(good, 16);
            case "zeroed second page" -> zeroPage(good, 1);
            default -> garbageAfterHeader(good);
        };
        Files.write(db, bad);

        try (AtlasStore store = TestStores.opener().open(db)) {
            assertThat(store.warnings()).singleElement().asString()
                    .startsWith("the database " + db + " was damaged (")
                    .endsWith("); it was moved to " + tmp.resolve(ASIDE) + " and a new one was built from the bundled data");
            assertThat(store.inMemory()).isFalse();
            assertThat(store.repository().regions()).hasSize(14);
        }
        assertThat(tmp.resolve(ASIDE)).hasBinaryContent(bad);
        assertThat(FolderSnapshot.of(tmp).files()).containsOnlyKeys("atlas.db", ASIDE);
    }

    @Test
    void reallyUnwritableUpToDateDatabaseIsUsedReadOnly() throws Exception {
        Path db = builtDatabase();
        FolderSnapshot before = FolderSnapshot.of(tmp);
        try (Unwritable locked = new Unwritable().make(db).make(tmp);
             AtlasStore store = TestStores.opener().open(db)) {
            assertThat(store.warnings()).isEmpty();
            assertThat(store.readOnly()).isTrue();
            assertThat(store.repository().regions()).hasSize(14);
        }
        assertThat(FolderSnapshot.of(tmp)).isEqualTo(before);
    }

    @Test
    void reallyUnwritableFolderWithoutDatabaseFallsBackToMemory() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("locked"));
        try (Unwritable locked = new Unwritable().make(dir);
             AtlasStore store = TestStores.opener().open(dir.resolve("atlas.db"))) {
            assertThat(store.warnings()).containsExactly("cannot write the database in " + dir
                    + " (the folder is read-only); " + TEMPORARY);
            assertThat(store.inMemory()).isTrue();
            assertThat(store.repository().regions()).hasSize(14);
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void damagedDatabaseInAReallyUnwritableFolderIsLeftWhereItIs() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("locked"));
        Path db = dir.resolve("atlas.db");
        byte[] garbage = randomBytes(8192, 7);
        Files.write(db, garbage);
        try (Unwritable locked = new Unwritable().make(dir).make(db);
             AtlasStore store = TestStores.opener().open(db)) {
            assertThat(store.warnings()).containsExactly("the database " + db + " is damaged (it is not an SQLite"
                    + " database) and its folder is read-only, so it was left as it is; " + TEMPORARY);
            assertThat(store.inMemory()).isTrue();
        }
        assertThat(db).hasBinaryContent(garbage);
        assertThat(FolderSnapshot.of(dir).files()).containsOnlyKeys("atlas.db");
    }

    @Test
    void badRowInTheDataFolderNamesTheLineAndLeavesTheDatabaseAsItWas() throws Exception {
        Path db = builtDatabase();
        String before = FolderSnapshot.sha256(db);
        Path data = copyOfData(tmp.resolve("data"));
        int line = editLine(data.resolve("figures.csv"), "d3_survey_cronbach,", l -> l.replace(",0.866,", ",0.86x,"));

        DataImportException failure = catchThrowableOfType(DataImportException.class,
                () -> new AtlasStoreOpener(DataBundle.directory(data), TestStores.CLOCK).open(db));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).isEqualTo("figures.csv line " + line + ": 'value' is '0.86x', not a decimal"
                + " number (write 12.34, no % sign) (nothing was imported; fix the data file and start again)");
        assertThat(FolderSnapshot.sha256(db)).as("all or nothing: the database is as it was").isEqualTo(before);
        try (AtlasStore store = TestStores.opener().open(db)) {
            assertThat(store.warnings()).isEmpty();
            assertThat(store.repository().regions()).hasSize(14);
        }
    }

    @Test
    void badRowReachesTheCommandLineAsOneLineWithExitCode1AndNoFileIsLeft() throws Exception {
        Path data = copyOfData(tmp.resolve("data"));
        int line = editLine(data.resolve("table1_region_rates.csv"), "tibet,", l -> l.replace("tibet,", "xizang,"));
        Path dir = Files.createDirectory(tmp.resolve("db"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = AtlasCli.execute(new String[] {"--db", dir.resolve("atlas.db").toString(), "regions"},
                explicit -> new AtlasStoreOpener(DataBundle.directory(data), TestStores.CLOCK).open(explicit),
                new PrintWriter(out), new PrintWriter(err), tmp.resolve("atlas.log"));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("atlas: error: table1_region_rates.csv line " + line + ": region_code"
                + " 'xizang' is not in regions.csv (nothing was imported; fix the data file and start again)"
                + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        assertThat(dir).as("no half-built database").isEmptyDirectory();
    }

    /** An exclusive lock held by a child JVM; closing its stdin releases the lock and ends it. */
    static final class Locked implements AutoCloseable {
        private final Process process;

        private Locked(Process process) {
            this.process = process;
        }

        static Locked by(Path db) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    LockHolder.class.getName(), db.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            if (!"locked".equals(first)) {
                p.destroyForcibly();
                throw new IllegalStateException("the lock holder did not take the lock: " + first);
            }
            return new Locked(p);
        }

        @Override
        public void close() {
            try {
                process.getOutputStream().close();
                if (!process.waitFor(Patience.SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException | InterruptedException e) {
                process.destroyForcibly();
            }
        }
    }

    static Path copyOfData(Path target) throws IOException {
        Files.createDirectories(target);
        for (String file : DataBundle.FILES) {
            Files.copy(Path.of("data", file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Edits the first line starting with the prefix; returns its 1-based number. */
    static int editLine(Path csv, String prefix, UnaryOperator<String> edit) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                lines.set(i, edit.apply(lines.get(i)));
                Files.write(csv, lines, StandardCharsets.UTF_8);
                return i + 1;
            }
        }
        throw new AssertionError("no line starting with " + prefix + " in " + csv);
    }

    private static byte[] randomBytes(int n, long seed) {
        byte[] bytes = new byte[n];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] zeroPage(byte[] db, int page) {
        int pageSize = ((db[16] & 0xFF) << 8) | (db[17] & 0xFF);
        byte[] copy = db.clone();
        Arrays.fill(copy, page * pageSize, Math.min(copy.length, (page + 1) * pageSize), (byte) 0);
        return copy;
    }

    private static byte[] garbageAfterHeader(byte[] db) {
        byte[] copy = db.clone();
        byte[] noise = randomBytes(copy.length - 100, 3);
        System.arraycopy(noise, 0, copy, 100, noise.length);
        return copy;
    }
}
