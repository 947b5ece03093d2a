package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.StoreLocation;
import org.cpatlas.store.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits a valid built database with random SQL, as a user with the sqlite3 shell might (seeded): tables and columns
 * dropped or renamed; values set to text, binary data, NULL, 1e999, -0, a thousand digits; unknown flags; rows deleted
 * or added; views that fail; the build record and schema history changed; one to three edits at once. Then opens it
 * as the atlas's own file or as one given with --db. Allowed outcomes: opened as it is (and then it holds exactly what
 * the atlas built), or, for the atlas's own file, moved aside with its bytes and built again with a warning, or, for a
 * file given with --db, left byte for byte as it was with a warning and a temporary copy; in every case every query of
 * every command works and no warning carries a class name or a library's words. Nothing may throw.
 */
class DatabaseMutationFuzzTest {

    private static final List<String> TABLES = List.of("region", "province", "region_province", "document", "source",
            "indicator", "observation", "observation_flag", "region_rate_2010", "province_comparison", "build_info",
            "flyway_schema_history");
    private static final List<String> ODD_VALUES = List.of("'abc'", "X'3338'", "NULL", "'1e999'", "1e999", "-1e999",
            "'-0'", "-0", "0", "'NaN'", "''", "' 38.75'", "'38.75 '", "'1' || printf('%.999c', '0')", "'BOGUS'",
            "'CONFLICT'", "'galaxy'", "'survey'", "'liupan'", "'tibet'", "'54'", "99999", "-1", "2010", "'2010'",
            "3.14", "char(0)", "'\u0000x'", "randomblob(8)", "'西藏'", "'t1_liupan_62_rate'");

    @TempDir
    Path tmp;

    @Test
    void shortSeededRunEndsInAnAllowedOutcome() {
        Fuzz.Tally tally = Fuzz.run("database mutation", Fuzz.seed(20251206L), Fuzz.iterations(60), this::openMutant);
        assertThat(tally.rejected()).as("mutations reach the check").isGreaterThan(20);
        assertThat(tally.accepted()).as("and some leave a usable file").isGreaterThan(2);
    }

    /**
     * A tenth of the other targets' long runs (1,000 inputs under -Pfuzz): each input builds a database, half a second
     * or more, where the others take milliseconds.
     */
    @Test
    @Tag(Fuzz.LONG)
    void longRunEndsInAnAllowedOutcome() {
        Fuzz.run("database mutation", Fuzz.longRunSeed(), Math.max(1, Fuzz.iterations(10_000) / 10),
                this::openMutant);
    }

    /** ACCEPTED: opened as it is; REJECTED: moved aside and rebuilt, or left as it is with a temporary copy. */
    private Fuzz.Outcome openMutant(Random random, StringBuilder how) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "m");
        Path db = HandEditedDatabaseFaultsTest.builtDatabase(dir);
        int edits = 1 + random.nextInt(3);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = connection.createStatement()) {
            for (int i = 0; i < edits; i++) {
                String sql = mutation(connection, random);
                try {
                    st.execute(sql);
                    how.append(sql).append("; ");
                } catch (SQLException refused) {
                    how.append("(refused by SQLite: ").append(sql).append(") ");
                }
            }
        }
        boolean atlasOwned = random.nextBoolean();
        how.append(atlasOwned ? "as the atlas's own file" : "given with --db");
        byte[] mutated = Files.readAllBytes(db);

        try (AtlasStore store = TestStores.opener().open(atlasOwned ? StoreLocation.atlasOwned(db)
                : StoreLocation.userGiven(db))) {
            HandEditedDatabaseFaultsTest.everyQueryWorks(store.repository());
            for (String warning : store.warnings()) {
                assertThat(warning).doesNotContain("Exception", "java.", "org.", "SQLITE_", "Flyway", "\n");
            }
            if (store.warnings().isEmpty()) {
                assertThat(store.inMemory()).isFalse();
                return Fuzz.Outcome.ACCEPTED;
            }
            String warning = String.join(" | ", store.warnings());
            List<Path> aside = asideFiles(dir);
            if (atlasOwned && !aside.isEmpty()) {
                assertThat(warning).contains("; it was moved to " + aside.get(0)
                        + " and a new one was built from the bundled data");
                assertThat(aside).singleElement().satisfies(p -> assertThat(p).hasBinaryContent(mutated));
                assertThat(store.inMemory()).isFalse();
            } else {
                if (atlasOwned) {
                    assertThat(warning).as("the atlas's own file is left only when a newer atlas wrote it")
                            .contains("written by a newer version of the atlas");
                }
                assertThat(aside).as(warning).isEmpty();
                assertThat(warning).contains("using a temporary");
                assertThat(store.inMemory()).isTrue();
                assertThat(db).as("left as it is: " + warning).hasBinaryContent(mutated);
            }
            return Fuzz.Outcome.REJECTED;
        }
    }

    private static List<Path> asideFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("atlas\\.db\\.(corrupt|invalid)-[0-9-]+"))
                    .toList();
        }
    }

    /** One SQL edit, chosen among the kinds a hand edit makes. */
    private static String mutation(Connection connection, Random random) throws SQLException {
        String table = Fuzz.pick(random, TABLES);
        List<String> columns = columns(connection, table);
        String column = columns.isEmpty() ? "rowid" : Fuzz.pick(random, columns);
        String value = Fuzz.pick(random, ODD_VALUES);
        return switch (random.nextInt(14)) {
            case 0 -> "DROP TABLE " + table;
            case 1 -> "ALTER TABLE " + table + " RENAME TO " + table + "_old";
            case 2 -> "ALTER TABLE " + table + " RENAME COLUMN " + column + " TO " + column + "_x";
            case 3 -> "ALTER TABLE " + table + " DROP COLUMN " + column;
            case 4 -> "ALTER TABLE " + table + " ADD COLUMN extra TEXT";
            case 5, 6 -> "UPDATE " + table + " SET " + column + " = " + value + " WHERE rowid = "
                    + (1 + random.nextInt(rows(connection, table) + 1));
            case 7 -> "UPDATE observation SET value = " + value + " WHERE id = '"
                    + Fuzz.pick(random, List.of("t1_liupan_62_rate", "t1_tibet_rate", "d0_region_count",
                    "t1_liupan_62_gap_computed")) + "'";
            case 8 -> "INSERT OR REPLACE INTO observation_flag VALUES ('t1_liupan_62_rate', " + value + ")";
            case 9 -> "DELETE FROM " + table + " WHERE rowid IN (SELECT rowid FROM " + table + " ORDER BY random() LIMIT "
                    + (1 + random.nextInt(3)) + ")";
            case 10 -> "INSERT INTO " + table + " SELECT * FROM " + table + " LIMIT 1";
            case 11 -> "CREATE VIEW v" + random.nextInt(1000) + " AS SELECT " + column + " FROM " + table
                    + (random.nextBoolean() ? " JOIN gone USING (" + column + ")" : "");
            case 12 -> "UPDATE build_info SET value = " + value + " WHERE key = '"
                    + Fuzz.pick(random, List.of("data_checksum", "content:observation", "content:region", "built_at"))
                    + "'";
            default -> "UPDATE flyway_schema_history SET " + Fuzz.pick(random, List.of("version", "success",
                    "checksum")) + " = " + value;
        };
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                names.add(rs.getString("name"));
            }
        }
        return names;
    }

    private static int rows(Connection connection, String table) {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException gone) {
            return 0;
        }
    }
}
