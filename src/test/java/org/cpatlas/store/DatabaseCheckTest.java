package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check at start against the databases the atlas itself makes: a new file, the temporary copy and a file after
 * a VACUUM all pass it, so the atlas never takes its own work for damage; a file built before the content was
 * stamped is brought up to date quietly.
 */
class DatabaseCheckTest {

    @TempDir
    Path tmp;

    private final AtlasDatabaseCheck check = AtlasDatabaseCheck.bundled();

    @Test
    void aNewlyBuiltDatabasePassesItsCheckAndRecordsItsContent() throws Exception {
        Path db = tmp.resolve("atlas.db");
        TestStores.opener().open(db).close();

        AtlasDatabaseCheck.Result result = checkOf(db);

        assertThat(result.problem()).isNull();
        assertThat(result.stamped()).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT value FROM build_info WHERE key = 'content:region'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).matches("14 [0-9a-f]{16}");
        }
    }

    @Test
    void theTemporaryCopyPassesTheSameCheck() throws SQLException {
        try (Connection memory = builtInMemory()) {
            AtlasDatabaseCheck.Result result = check.check(memory);
            assertThat(result.problem()).isNull();
            assertThat(result.stamped()).isTrue();
        }
    }

    @Test
    void aVacuumChangesNothingTheCheckLooksAt() throws Exception {
        Path db = tmp.resolve("atlas.db");
        TestStores.opener().open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM observation_flag WHERE flag = 'AMBIGUOUS'");
            st.executeUpdate("VACUUM");
        }
        assertThat(checkOf(db).problem()).as("a real change is seen")
                .isEqualTo("the table observation_flag has " + count(db, "observation_flag") + " rows, but the atlas"
                        + " built it with " + (count(db, "observation_flag") + ambiguousFlags()));

        TestStores.opener().open(tmp.resolve("second.db")).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("second.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate("VACUUM");
        }
        assertThat(checkOf(tmp.resolve("second.db")).problem()).isNull();
    }

    @Test
    void aDatabaseBuiltBeforeContentWasStampedIsUpdatedQuietly() throws Exception {
        Path db = tmp.resolve("atlas.db");
        TestStores.opener().open(db).close();
        removeStamps(db);
        assertThat(checkOf(db).stamped()).isFalse();

        try (AtlasStore store = TestStores.opener().open(StoreLocation.userGiven(db))) {
            assertThat(store.warnings()).isEmpty();
            assertThat(store.inMemory()).isFalse();
        }
        assertThat(checkOf(db).stamped()).isTrue();
    }

    @Test
    void aReadOnlyDatabaseBuiltBeforeContentWasStampedIsLeftWithAWarningThatSaysSo() throws Exception {
        Path db = tmp.resolve("atlas.db");
        TestStores.opener().open(db).close();
        removeStamps(db);
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        try (AtlasStore store = TestStores.opener().open(StoreLocation.userGiven(db))) {
            assertThat(store.warnings()).containsExactly("the database " + db + " is read-only and was built by an"
                    + " earlier version of the atlas, so it was left as it is; using a temporary in-memory database"
                    + " built from the bundled data (pass --db PATH to keep one elsewhere)");
        } finally {
            Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void theNumberRuleIsTheImporters() {
        assertThat(PlainDecimal.isAsStored("38.75")).isTrue();
        assertThat(PlainDecimal.isAsStored("35.00")).isTrue();
        assertThat(PlainDecimal.isAsStored("-2.21")).isTrue();
        assertThat(PlainDecimal.isAsStored("0")).isTrue();
        assertThat(PlainDecimal.isAsStored("1234567890123456789012345678901")).as("31 digits").isTrue();
        assertThat(PlainDecimal.isAsStored("12345678901234567890123456789012")).as("32 digits").isFalse();
        for (String notStored : new String[] {"1e999", "Inf", "-Inf", "NaN", "-0", "-0.0", "007", "+1", ".5", "5.",
            "12%", "0x10", " 1", "1 ", "", "١٢"}) {
            assertThat(PlainDecimal.isAsStored(notStored)).as(notStored).isFalse();
        }
        assertThat(PlainDecimal.isPlain("123456789012345")).isTrue();
        assertThat(PlainDecimal.isPlain("1234567890123456")).isFalse();
    }

    private AtlasDatabaseCheck.Result checkOf(Path db) throws SQLException {
        try (Connection connection = SqliteConnections.file(db, true).open()) {
            return check.check(connection);
        }
    }

    private static void removeStamps(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM build_info WHERE key LIKE 'content:%'");
        }
    }

    private static int count(Path db, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int ambiguousFlags() throws SQLException {
        try (Connection memory = builtInMemory(); Statement st = memory.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM observation_flag WHERE flag = 'AMBIGUOUS'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A temporary database built as AtlasStoreOpener.openInMemory builds it. */
    private static Connection builtInMemory() throws SQLException {
        SqliteConnections memory = SqliteConnections.memory();
        Connection keeper = memory.open();
        new SchemaMigrator().migrate(memory.dataSource());
        new CsvImporter(TestStores.CLOCK).importAll(keeper, TestStores.repositoryData());
        return keeper;
    }
}
