package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.cpatlas.domain.RegionSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the database whatever state its file is in: never lose the user's file, never fail to start. */
class StoreOpenerTest {

    @TempDir
    Path tmp;

    private final List<Path> madeReadOnly = new java.util.ArrayList<>();

    @AfterEach
    void restoreWritePermission() throws IOException {
        // @TempDir must be able to delete what the test made read-only.
        for (Path path : madeReadOnly) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }

    @Test
    void missingFolderIsCreatedAndTheDatabaseBuiltThere() {
        Path db = tmp.resolve("not/yet/there/atlas.db");

        try (AtlasStore store = TestStores.opener().open(db)) {
            assertThat(store.warnings()).isEmpty();
            assertThat(store.inMemory()).isFalse();
            assertThat(store.file()).contains(db);
            assertThat(store.repository().regions()).hasSize(14);
        }
        assertThat(db).isRegularFile();
        try (Stream<Path> files = list(db.getParent())) {
            assertThat(files).as("no leftover temporary file").containsExactly(db);
        }
    }

    @Test
    void secondStartReusesTheDatabaseWithoutWritingIt() throws Exception {
        Path db = tmp.resolve("atlas.db");
        TestStores.opener().open(db).close();
        String before = sha256(db);
        long modified = Files.getLastModifiedTime(db).toMillis();

        try (AtlasStore store = TestStores.opener().open(db)) {
            assertThat(store.warnings()).isEmpty();
            assertThat(store.repository().regions()).hasSize(14);
        }
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(db).toMillis()).isEqualTo(modified);
    }

    @Test
    void changedBundledDataRebuildsTheDatabaseInPlace() {
        Path db = tmp.resolve("atlas.db");
        DataFolder data = DataFolder.copyOfRepositoryData(tmp.resolve("data"));
        new AtlasStoreOpener(data.bundle(), TestStores.CLOCK).open(db).close();

        int line = data.lineStartingWith("table1_region_rates.csv", "liupan,");
        data.editLine("table1_region_rates.csv", line, l -> l.replace("28.72", "28.70"));
        try (AtlasStore store = new AtlasStoreOpener(data.bundle(), TestStores.CLOCK).open(db)) {
            assertThat(store.warnings()).isEmpty();
            assertThat(store.inMemory()).isFalse();
            assertThat(rate(store, "liupan")).isEqualTo("28.70");
        }
    }

    @Test
    void randomBytesAreMovedAsideNeverDeletedAndANewDatabaseIsBuilt() throws Exception {
        Path db = tmp.resolve("atlas.db");
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        Files.write(db, garbage);

        try (AtlasStore store = TestStores.opener().open(db)) {
            Path aside = tmp.resolve("atlas.db.corrupt-20240501-101530");
            assertThat(store.warnings()).singleElement().asString()
                    .contains("was damaged", "not an SQLite database", "moved to " + aside);
            assertThat(aside).hasBinaryContent(garbage);
            assertThat(store.inMemory()).isFalse();
            assertThat(store.repository().regions()).hasSize(14);
        }
        assertThat(DatabaseInspection.of(db).state()).isEqualTo(DatabaseInspection.State.ATLAS);
    }

    @Test
    void truncatedDatabaseIsMovedAsideAndRebuilt() throws Exception {
        Path db = tmp.resolve("atlas.db");
        TestStores.opener().open(db).close();
        byte[] whole = Files.readAllBytes(db);
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 3);
        Files.write(db, truncated);

        try (AtlasStore store = TestStores.opener().open(db)) {
            assertThat(store.warnings()).singleElement().asString().contains("was damaged", "moved to");
            assertThat(tmp.resolve("atlas.db.corrupt-20240501-101530")).hasBinaryContent(truncated);
            assertThat(store.repository().regions()).hasSize(14);
        }
    }

    @Test
    void secondDamagedFileOnTheSameSecondGetsItsOwnName() throws Exception {
        Path db = tmp.resolve("atlas.db");
        Files.writeString(db, "first damaged file, long enough to be more than a header of one hundred bytes ......");
        TestStores.opener().open(db).close();
        Files.writeString(db, "second damaged file, long enough to be more than a header of one hundred bytes .....");
        TestStores.opener().open(db).close();

        assertThat(tmp.resolve("atlas.db.corrupt-20240501-101530")).content().startsWith("first");
        assertThat(tmp.resolve("atlas.db.corrupt-20240501-101530-1")).content().startsWith("second");
    }

    @Test
    void readOnlyUpToDateFileIsUsedReadOnlyAndLeftUntouched() throws Exception {
        Path db = tmp.resolve("atlas.db");
        TestStores.opener().open(db).close();
        makeReadOnly(db);
        String before = sha256(db);

        try (AtlasStore store = TestStores.opener().open(db)) {
            assertThat(store.warnings()).isEmpty();
            assertThat(store.readOnly()).isTrue();
            assertThat(store.inMemory()).isFalse();
            assertThat(rate(store, "tibet")).isEqualTo("23.79");
        }
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void readOnlyOutdatedFileIsLeftUntouchedAndATemporaryCopyIsUsed() throws Exception {
        Path db = tmp.resolve("atlas.db");
        DataFolder data = DataFolder.copyOfRepositoryData(tmp.resolve("data"));
        new AtlasStoreOpener(data.bundle(), TestStores.CLOCK).open(db).close();
        makeReadOnly(db);
        String before = sha256(db);
        int line = data.lineStartingWith("table1_region_rates.csv", "tibet,");
        data.editLine("table1_region_rates.csv", line, l -> l.replace("23.79", "23.78"));

        try (AtlasStore store = new AtlasStoreOpener(data.bundle(), TestStores.CLOCK).open(db)) {
            assertThat(store.warnings()).singleElement().asString()
                    .contains(db.toString(), "read-only", "left as it is", "temporary in-memory database");
            assertThat(store.inMemory()).isTrue();
            assertThat(rate(store, "tibet")).isEqualTo("23.78");
        }
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void readOnlyFolderWithoutDatabaseFallsBackToMemoryWithAWarning() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("locked"));
        makeReadOnly(dir);

        try (AtlasStore store = TestStores.opener().open(dir.resolve("atlas.db"))) {
            assertThat(store.warnings()).singleElement().asString()
                    .contains("cannot write the database in " + dir, "read-only", "temporary in-memory database",
                            "--db");
            assertThat(store.inMemory()).isTrue();
            assertThat(store.repository().regions()).hasSize(14);
        }
        assertThat(dir.resolve("atlas.db")).doesNotExist();
    }

    @Test
    void damagedFileInReadOnlyFolderIsLeftWhereItIs() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("locked"));
        Path db = dir.resolve("atlas.db");
        byte[] garbage = "this is not a database, but it is the user's file and must stay exactly as it is......."
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(db, garbage);
        makeReadOnly(dir);

        try (AtlasStore store = TestStores.opener().open(db)) {
            assertThat(store.warnings()).singleElement().asString()
                    .contains("is damaged", "folder is read-only", "left as it is");
            assertThat(store.inMemory()).isTrue();
        }
        assertThat(db).hasBinaryContent(garbage);
        try (Stream<Path> files = list(dir)) {
            assertThat(files).containsExactly(db);
        }
    }

    @Test
    void databaseOfTheFirstSchemaIsMigratedInPlaceAndRebuiltWithReaderCitations() throws Exception {
        // A database written by the atlas before schema 2: Table 1 cited by a line of the seed text.
        Path db = tmp.resolve("atlas.db");
        org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + db);
        org.flywaydb.core.Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").table(SchemaMigrator.HISTORY_TABLE).target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = connection.createStatement()) {
            st.executeUpdate("INSERT INTO document (id, citation) VALUES ('wang2014', 'Wang Zhizhang (2014)')");
            st.executeUpdate("INSERT INTO source (id, document_id, location) VALUES ('wang2014_t1_line74', 'wang2014',"
                    + " 'Table 1 (Urbanization rate 2010), line 74 of the seed text')");
            st.executeUpdate("INSERT INTO build_info (key, value) VALUES ('" + BuildInfo.DATA_CHECKSUM + "', 'old')");
        }

        try (AtlasStore store = TestStores.opener().open(db)) {
            assertThat(store.warnings()).isEmpty();
            assertThat(store.inMemory()).isFalse();
            assertThat(store.repository().sources()).extracting(org.cpatlas.domain.Source::id)
                    .contains("wang2014_t1_tibet_54").doesNotContain("wang2014_t1_line74");
            assertThat(store.repository().findRegion("tibet").orElseThrow().urbanizationRate2010().source().citation())
                    .isEqualTo("Wang, Li & He (2014), Table 1, row Tibet Region, column “Urbanization rate”");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertThat(SchemaMigrator.appliedVersion(connection)).isEqualTo(SchemaMigrator.CURRENT_VERSION).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void databaseOfANewerSchemaIsNeverWrittenAndATemporaryCopyIsUsed() throws Exception {
        Path db = tmp.resolve("atlas.db");
        TestStores.opener().open(db).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = connection.createStatement()) {
            int future = SchemaMigrator.CURRENT_VERSION + 1;
            st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (99, '" + future + "', 'from the future',"
                    + " 'SQL', 'V" + future + "__future.sql', 0, 'test', 1, 1)");
        }
        String before = sha256(db);

        try (AtlasStore store = TestStores.opener().open(db)) {
            assertThat(store.warnings()).singleElement().asString().contains(
                    "database was written by a newer version of the atlas (schema " + (SchemaMigrator.CURRENT_VERSION + 1)
                            + " > " + SchemaMigrator.CURRENT_VERSION + "); using a temporary copy;"
                            + " upgrade the atlas or pass --db");
            assertThat(store.inMemory()).isTrue();
            assertThat(store.repository().regions()).hasSize(14);
        }
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void anotherProgramsDatabaseGivenByTheUserIsLeftUntouched() throws Exception {
        Path db = tmp.resolve("notes.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = connection.createStatement()) {
            st.executeUpdate("CREATE TABLE notes (text TEXT)");
            st.executeUpdate("INSERT INTO notes VALUES ('my thesis notes')");
        }
        String before = sha256(db);

        try (AtlasStore store = TestStores.opener().open(StoreLocation.userGiven(db))) {
            assertThat(store.warnings()).singleElement().asString().contains("is not an atlas database", "left as it is");
            assertThat(store.inMemory()).isTrue();
        }
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void anotherProgramsDatabaseInTheAtlasOwnPlaceIsMovedAsideWithItsBytesAndRebuilt() throws Exception {
        Path db = tmp.resolve("atlas.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = connection.createStatement()) {
            st.executeUpdate("CREATE TABLE notes (text TEXT)");
            st.executeUpdate("INSERT INTO notes VALUES ('my thesis notes')");
        }
        byte[] before = Files.readAllBytes(db);

        try (AtlasStore store = TestStores.opener().open(StoreLocation.atlasOwned(db))) {
            Path aside = tmp.resolve("atlas.db.invalid-20240501-101530");
            assertThat(store.warnings()).containsExactly("the database " + db + " was not one the atlas built (it"
                    + " holds other tables); it was moved to " + aside + " and a new one was built from the bundled"
                    + " data");
            assertThat(aside).hasBinaryContent(before);
            assertThat(store.inMemory()).isFalse();
            assertThat(store.repository().regions()).hasSize(14);
        }
    }

    @Test
    void aFolderGivenAsDatabaseFallsBackToMemory() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("atlas.db"));

        try (AtlasStore store = TestStores.opener().open(dir)) {
            assertThat(store.warnings()).singleElement().asString().contains("is a folder");
            assertThat(store.inMemory()).isTrue();
        }
        assertThat(dir).isDirectory();
    }

    @Test
    void emptyFileBecomesTheDatabase() throws Exception {
        Path db = Files.createFile(tmp.resolve("atlas.db"));

        try (AtlasStore store = TestStores.opener().open(db)) {
            assertThat(store.warnings()).isEmpty();
            assertThat(store.inMemory()).isFalse();
            assertThat(store.repository().regions()).hasSize(14);
        }
    }

    private void makeReadOnly(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
        madeReadOnly.add(path);
    }

    private static String rate(AtlasStore store, String region) {
        return store.repository().regions().stream()
                .filter(r -> r.code().equals(region))
                .map(RegionSummary::urbanizationRate2010)
                .findFirst().orElseThrow().display();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.list(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
