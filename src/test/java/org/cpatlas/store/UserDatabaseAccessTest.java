package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.cpatlas.imports.ImportCancelledException;
import org.cpatlas.imports.ImportException;
import org.cpatlas.imports.ImportPlan;
import org.cpatlas.imports.SourceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user database's shared access: all of a transaction or none of it, and failures told in words. */
class UserDatabaseAccessTest {

    @TempDir
    Path tmp;

    private Connection connection;

    @BeforeEach
    void table() throws SQLException {
        connection = SqliteConnections.memory().open();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            statement.execute("CREATE TABLE left_out (owner INTEGER, row_number INTEGER, key_text TEXT, reason TEXT)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private UserDatabaseAccess access(boolean writable) {
        return new UserDatabaseAccess(connection, writable, "/home/me/datasets.db");
    }

    private List<String> names() {
        return access(true).query("SELECT name FROM item ORDER BY id", rs -> rs.getString(1));
    }

    private void insert(String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO item (name) VALUES (?)")) {
            UserDatabaseAccess.set(insert, name);
            insert.executeUpdate();
        }
    }

    @Test
    void aQueryBindsItsParametersInOrderAndMapsEveryRow() throws SQLException {
        insert("a");
        insert("b");
        insert("c");

        assertThat(access(true).query("SELECT id, name FROM item WHERE id > ? AND name <> ? ORDER BY id",
                rs -> rs.getLong(1) + "=" + rs.getString(2), 1, "c")).containsExactly("2=b");
    }

    @Test
    void aQueryThatFailsSaysSoInWordsAndAsksForAStartAgain() {
        assertThatThrownBy(() -> access(true).query("SELECT nothing FROM nowhere", rs -> rs.getString(1)))
                .isInstanceOf(AtlasStoreException.class)
                .hasMessageStartingWith("reading the datasets database failed: ")
                .hasMessageEndingWith("; start the atlas again, it will check the file")
                .hasMessageNotContaining("[SQLITE_");
    }

    @Test
    void aWriteIsRefusedWhileTheFileCannotBeWrittenNamingTheFile() {
        access(true).requireWritable("import x.csv");

        assertThatThrownBy(() -> access(false).requireWritable("import x.csv"))
                .isInstanceOf(AtlasStoreException.class)
                .hasMessage("cannot import x.csv: the datasets database (/home/me/datasets.db) cannot be written now"
                        + " (see the warning when the atlas opened); nothing was changed");
    }

    @Test
    void aTransactionThatReturnsIsCommittedWithItsResult() throws SQLException {
        long id = access(true).inTransaction("cannot add", "nothing was added", () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO item (name) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                UserDatabaseAccess.set(insert, "kept");
                return UserDatabaseAccess.insertReturningId(insert);
            }
        });

        assertThat(id).isEqualTo(1L);
        assertThat(names()).containsExactly("kept");
        assertThat(connection.getAutoCommit()).isTrue();
    }

    @Test
    void aDatabaseFailureRollsBackEverythingAndSaysWhatWasNotDone() throws SQLException {
        assertThatThrownBy(() -> access(true).inTransaction("cannot add two items in /home/me/datasets.db",
                "nothing was added", () -> {
                    insert("first");
                    insert(null);
                    return true;
                }))
                .isInstanceOf(AtlasStoreException.class)
                .hasMessageStartingWith("cannot add two items in /home/me/datasets.db (")
                .hasMessageContaining("NOT NULL")
                .hasMessageEndingWith("); nothing was added")
                .hasMessageNotContaining("[SQLITE_");
        assertThat(names()).isEmpty();
        assertThat(connection.getAutoCommit()).isTrue();
    }

    @Test
    void anExceptionOfTheWorkRollsBackAndGoesOnUnchanged() throws SQLException {
        IllegalStateException cancelled = new IllegalStateException("cancelled");

        assertThatThrownBy(() -> access(true).inTransaction("cannot add", "nothing was added", () -> {
            insert("first");
            throw cancelled;
        })).isSameAs(cancelled);
        assertThat(names()).isEmpty();
        assertThat(connection.getAutoCommit()).isTrue();
    }

    private long storeOne(SourceFile file, boolean cancel) {
        return access(true).storeImport("table.csv", file, () -> cancel, () -> {
            insert("stored");
            return 1L;
        });
    }

    @Test
    void anImportIsKeptOnlyWhenItsFileIsUnchangedAndItWasNotCancelled() throws Exception {
        Path table = Files.writeString(tmp.resolve("table.csv"), "code,value\n");

        assertThatThrownBy(() -> storeOne(SourceFile.of(table), true))
                .isInstanceOf(ImportCancelledException.class).hasMessageContaining("table.csv");
        assertThat(names()).isEmpty();

        SourceFile read = SourceFile.of(table);
        Files.writeString(table, "code,value\n620000,1\n");
        assertThatThrownBy(() -> storeOne(read, false))
                .isInstanceOf(ImportException.class).hasMessageContaining("the file changed while it was imported");
        assertThat(names()).isEmpty();

        assertThat(storeOne(SourceFile.of(table), false)).isEqualTo(1L);
        assertThat(names()).containsExactly("stored");
    }

    @Test
    void aLongBatchIsRunAndTheCancelFlagReadEveryFewHundredRows() throws SQLException {
        boolean[] cancelled = {true};
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO item (name) VALUES (?)")) {
            for (int row = 1; row < UserDatabaseAccess.CANCEL_CHECK_ROWS; row++) {
                UserDatabaseAccess.set(insert, "row " + row);
                insert.addBatch();
                UserDatabaseAccess.flushNowAndThen(insert, row, () -> cancelled[0], "big.csv");
            }
            assertThat(names()).isEmpty();

            UserDatabaseAccess.set(insert, "last");
            insert.addBatch();
            assertThatThrownBy(() -> UserDatabaseAccess.flushNowAndThen(insert,
                    UserDatabaseAccess.CANCEL_CHECK_ROWS, () -> cancelled[0], "big.csv"))
                    .isInstanceOf(ImportCancelledException.class).hasMessageContaining("big.csv");
        }
        assertThat(names()).hasSize(UserDatabaseAccess.CANCEL_CHECK_ROWS);
    }

    @Test
    void theRowsLeftOutAreStoredUnderTheirOwnerInOrder() throws SQLException {
        access(true).insertLeftOut("INSERT INTO left_out (owner, row_number, key_text, reason) VALUES (?, ?, ?, ?)",
                7, List.of(new ImportPlan.LeftOutRow(3, "Xyz", "no county of that name"),
                        new ImportPlan.LeftOutRow(9, "", "no key")));

        assertThat(access(true).query("SELECT owner, row_number, key_text, reason FROM left_out ORDER BY rowid",
                rs -> rs.getLong(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getString(4)))
                .containsExactly("7|3|Xyz|no county of that name", "7|9||no key");
    }
}
