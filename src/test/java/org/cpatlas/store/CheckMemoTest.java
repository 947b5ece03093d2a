package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memo of checked files skips the check only for a file nobody has written since it passed: any write, a touch, a
 * file copied over it, a journal beside it, other bundled data, and the file is checked again; a hand edit is found
 * however often the file passed before.
 */
class CheckMemoTest {

    @TempDir
    Path tmp;

    @Test
    void aFileIsKnownUntilAnythingWritesIt() throws Exception {
        Path db = Files.writeString(tmp.resolve("atlas.db"), "content");
        CheckMemo memo = CheckMemo.in(tmp.resolve("cache"), "data-1");
        assertThat(memo.passed(db)).isFalse();

        memo.remember(db);
        assertThat(memo.passed(db)).isTrue();
        assertThat(CheckMemo.in(tmp.resolve("cache"), "data-2").passed(db)).as("other bundled data").isFalse();
        assertThat(CheckMemo.NONE.passed(db)).isFalse();

        Files.writeString(db, "content"); // the same bytes, written again
        assertThat(memo.passed(db)).as("rewritten").isFalse();

        memo.remember(db);
        Files.setLastModifiedTime(db, Files.getLastModifiedTime(db)); // a touch that keeps the time: ctime moves
        assertThat(memo.passed(db)).as("touched").isFalse();

        memo.remember(db);
        Path copy = Files.writeString(tmp.resolve("copy"), "content");
        Files.setLastModifiedTime(copy, Files.getLastModifiedTime(db));
        Files.move(copy, db, StandardCopyOption.REPLACE_EXISTING);
        assertThat(memo.passed(db)).as("replaced by a copy").isFalse();

        memo.remember(db);
        Files.writeString(tmp.resolve("atlas.db-journal"), "a write under way");
        assertThat(memo.passed(db)).as("a journal beside it").isFalse();
    }

    @Test
    void aHandEditIsFoundAfterTheFilePassedAndWasRemembered() throws Exception {
        Path db = tmp.resolve("atlas.db");
        AtlasStoreOpener opener = TestStores.opener().rememberingChecksIn(tmp.resolve("cache"));
        opener.open(db).close();
        try (AtlasStore store = opener.open(db)) {
            assertThat(store.warnings()).isEmpty();
        }
        assertThat(CheckMemo.in(tmp.resolve("cache"), TestStores.repositoryData().checksum()).passed(db)).isTrue();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE observation SET value = '38.76' WHERE id = 't1_liupan_62_rate'");
        }

        try (AtlasStore store = opener.open(StoreLocation.userGiven(db))) {
            assertThat(store.warnings()).singleElement().asString().contains("(the table observation was changed"
                    + " after the atlas built it)");
        }
    }

    @Test
    void aMemoThatCannotBeReadIsNoMemo() throws Exception {
        Path db = Files.writeString(tmp.resolve("atlas.db"), "content");
        Files.createDirectories(tmp.resolve("cache").resolve(CheckMemo.FILE_NAME)); // a folder in its place
        CheckMemo memo = CheckMemo.in(tmp.resolve("cache"), "data-1");

        memo.remember(db);

        assertThat(memo.passed(db)).isFalse();
    }
}
