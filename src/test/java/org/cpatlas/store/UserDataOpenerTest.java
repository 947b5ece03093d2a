package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user database opens whatever state its file is in, and never loses what the user imported. */
class UserDataOpenerTest {

    @TempDir
    Path tmp;

    @Test
    void itLivesBesideTheAtlasDatabaseNamedAfterIt() {
        assertThat(UserDataLocation.beside(tmp.resolve("atlas.db"))).isEqualTo(tmp.resolve("datasets.db"));
        assertThat(UserDataLocation.beside(tmp.resolve("my.db"))).isEqualTo(tmp.resolve("my.datasets.db"));
        assertThat(UserDataLocation.beside(tmp.resolve("store"))).isEqualTo(tmp.resolve("store.datasets.db"));
    }

    @Test
    void aMissingFileIsMadeEmpty() {
        Path file = tmp.resolve("sub/datasets.db");
        try (UserDataStore store = TestUserData.opener().open(file)) {
            assertThat(store.warnings()).isEmpty();
            assertThat(store.file()).contains(file);
            assertThat(store.datasets().writable()).isTrue();
            assertThat(store.datasets().datasets()).isEmpty();
        }
        assertThat(file).isRegularFile();
    }

    @Test
    void aDamagedFileIsMovedAsideWithItsBytesAndNamedNeverRebuiltSilently() throws Exception {
        Path file = tmp.resolve("datasets.db");
        Files.writeString(file, "not an SQLite database, but the user's bytes all the same ......................");
        try (UserDataStore store = TestUserData.opener().open(file)) {
            Path aside = tmp.resolve("datasets.db.corrupt-20240501-101530");
            assertThat(store.warnings()).singleElement().asString()
                    .startsWith("the datasets database " + file + " was damaged (it is not an SQLite database); it"
                            + " was moved, with all its bytes, to " + aside);
            assertThat(aside).content(StandardCharsets.UTF_8).startsWith("not an SQLite database, but the user's");
            assertThat(store.datasets().writable()).isTrue();
        }
    }

    @Test
    void aReadOnlyFileIsShownButNotChanged() throws Exception {
        Path file = tmp.resolve("datasets.db");
        TestUserData.opener().open(file).close();
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try (UserDataStore store = TestUserData.opener().open(file)) {
            assertThat(store.readOnly()).isTrue();
            assertThat(store.datasets().writable()).isFalse();
            assertThat(store.warnings()).singleElement().asString().contains("is read-only");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anotherProgramsDatabaseIsLeftAloneAndATemporaryOneUsed() throws Exception {
        Path file = tmp.resolve("datasets.db");
        try (Connection c = SqliteConnections.file(file, false).open(); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE recipes (name TEXT)");
        }
        byte[] before = Files.readAllBytes(file);
        try (UserDataStore store = TestUserData.opener().open(file)) {
            assertThat(store.file()).isEmpty();
            assertThat(store.warnings()).singleElement().asString()
                    .contains("is not the atlas's datasets database (it holds other tables)");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aNewerSchemaIsShownReadOnly() throws Exception {
        Path file = tmp.resolve("datasets.db");
        TestUserData.opener().open(file).close();
        try (Connection c = SqliteConnections.file(file, false).open(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO " + UserSchema.HISTORY_TABLE + " (installed_rank, version, description,"
                    + " type, script, checksum, installed_by, execution_time, success) VALUES (99, '9', 'future',"
                    + " 'SQL', 'U9__future.sql', 0, 'x', 0, 1)");
        }
        try (UserDataStore store = TestUserData.opener().open(file)) {
            assertThat(store.readOnly()).isTrue();
            assertThat(store.warnings()).singleElement().asString().contains("written by a newer version");
        }
    }

    @Test
    void aFolderInItsPlaceFallsBackToATemporaryOne() throws Exception {
        Path file = tmp.resolve("datasets.db");
        Files.createDirectories(file);
        try (UserDataStore store = TestUserData.opener().open(file)) {
            assertThat(store.file()).isEmpty();
            assertThat(store.warnings()).singleElement().asString().contains("is a folder");
        }
    }

    @Test
    void rebuildingTheAtlasDatabaseNeverTouchesTheUserDatabase() throws Exception {
        Path atlas = tmp.resolve("atlas.db");
        TestStores.opener().open(atlas).close();
        try (UserDataStore store = TestUserData.beside(atlas)) {
            assertThat(store.file()).contains(tmp.resolve("datasets.db"));
        }
        byte[] user = Files.readAllBytes(tmp.resolve("datasets.db"));
        Files.writeString(atlas, "damaged atlas database ...........................................................");
        try (AtlasStore rebuilt = TestStores.opener().open(atlas)) {
            assertThat(rebuilt.warnings()).singleElement().asString().contains("was damaged");
        }
        assertThat(Files.readAllBytes(tmp.resolve("datasets.db"))).isEqualTo(user);
    }
}
