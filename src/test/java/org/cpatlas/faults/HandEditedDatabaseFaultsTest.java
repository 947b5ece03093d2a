package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cpatlas.cli.AtlasCli;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.store.AtlasRepository;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.StoreLocation;
import org.cpatlas.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A built database edited by hand (its tables and build record kept): a table or column gone, text or binary data
 * where a number belongs, an unknown flag, a row deleted, a view that fails, 1e999, a changed value. The atlas's own
 * file is moved aside with its bytes and built again; a file the user named with --db is left exactly as it is and a
 * temporary copy is used. Either way the warning says what is wrong in words, every query works, and no command
 * fails.
 */
class HandEditedDatabaseFaultsTest {

    static final String TEMPORARY = "using a temporary in-memory database built from the bundled data"
            + " (pass --db PATH to keep one elsewhere)";
    static final String ASIDE = "atlas.db.invalid-20240501-101530";

    @TempDir
    Path tmp;

    private static byte[] built;

    /** A database as the atlas builds it (built once, then copied). */
    static Path builtDatabase(Path dir) throws IOException {
        Path db = dir.resolve("atlas.db");
        if (built == null) {
            Path scratch = Files.createTempDirectory("cpatlas-built");
            TestStores.opener().open(scratch.resolve("atlas.db")).close();
            built = Files.readAllBytes(scratch.resolve("atlas.db"));
            Files.delete(scratch.resolve("atlas.db"));
            Files.delete(scratch);
        }
        Files.write(db, built);
        return db;
    }

    static Stream<DatabaseEdit> edits() {
        return DatabaseEdit.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void theAtlasOwnEditedDatabaseIsMovedAsideWithItsBytesAndBuiltAgain(DatabaseEdit edit) throws Exception {
        Path db = builtDatabase(tmp);
        edit.applyTo(db);
        byte[] edited = Files.readAllBytes(db);

        try (AtlasStore store = TestStores.opener().open(StoreLocation.atlasOwned(db))) {
            assertThat(store.warnings()).containsExactly("the database " + db + " was not as the atlas built it ("
                    + edit.problem() + "); it was moved to " + tmp.resolve(ASIDE) + " and a new one was built from the"
                    + " bundled data");
            assertThat(store.inMemory()).isFalse();
            everyQueryWorks(store.repository());
        }
        assertThat(tmp.resolve(ASIDE)).hasBinaryContent(edited);
        assertThat(FolderSnapshot.of(tmp).files()).containsOnlyKeys("atlas.db", ASIDE);
        try (AtlasStore again = TestStores.opener().open(StoreLocation.atlasOwned(db))) {
            assertThat(again.warnings()).as("the new file passes its check").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void anEditedDatabaseGivenWithDbIsLeftExactlyAsItIsAndATemporaryCopyIsUsed(DatabaseEdit edit) throws Exception {
        Path db = builtDatabase(tmp);
        edit.applyTo(db);
        FolderSnapshot before = FolderSnapshot.of(tmp);

        try (AtlasStore store = TestStores.opener().open(StoreLocation.userGiven(db))) {
            assertThat(store.warnings()).containsExactly("the database " + db + " is not as the atlas built it ("
                    + edit.problem() + "), so it was left as it is; delete it or move it away and the atlas builds a"
                    + " new one there, or pass --db with another file; " + TEMPORARY);
            assertThat(store.inMemory()).isTrue();
            everyQueryWorks(store.repository());
        }
        assertThat(FolderSnapshot.of(tmp)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void theCommandLineWarnsInOneLineAndAnswers(DatabaseEdit edit) throws Exception {
        Path db = builtDatabase(tmp);
        edit.applyTo(db);
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();

        int code = AtlasCli.execute(new String[] {"--db", db.toString(), "region", "liupan"},
                given -> TestStores.opener().open(StoreLocation.userGiven(given)),
                new java.io.PrintWriter(out), new java.io.PrintWriter(err), tmp.resolve("atlas.log"));

        assertThat(code).isZero();
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("atlas: warning: the database " + db + " is not as the atlas built it (" + edit.problem())
                .doesNotContain("Exception", "java.", "org.");
        assertThat(out.toString()).contains("Liupan Mountains", "28.72", "38.75");
    }

    /** What every command and panel asks of the store, for every region. */
    static void everyQueryWorks(AtlasRepository repository) {
        List<RegionSummary> regions = repository.regions();
        assertThat(regions).hasSize(14);
        for (RegionSummary region : regions) {
            assertThat(repository.regionProfile(region.code())).isPresent();
            assertThat(repository.provincesOf(region.code())).isNotEmpty();
            repository.figuresOfRegion(region.code());
        }
        assertThat(repository.findRegion("Liupan")).isPresent();
        assertThat(repository.closestRegions("Lupan", 3)).hasSize(3);
        assertThat(repository.observations()).hasSize(317);
        assertThat(repository.sources()).isNotEmpty();
        assertThat(repository.provinces()).isNotEmpty();
    }
}
