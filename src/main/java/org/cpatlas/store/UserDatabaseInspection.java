package org.cpatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What an existing user database file is, found without writing to it: empty, the atlas's user database (and its
 * schema version), another program's database, damaged, locked, or unreadable.
 *
 * @param state         what the file is
 * @param schemaVersion the user schema version, 0 when none
 * @param problem       what is wrong, in words, for DAMAGED, LOCKED and UNREADABLE
 */
record UserDatabaseInspection(State state, int schemaVersion, String problem) {

    enum State { EMPTY, USER_DATA, FOREIGN, DAMAGED, LOCKED, UNREADABLE }

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    static UserDatabaseInspection of(Path file) {
        try {
            if (Files.size(file) == 0) {
                return new UserDatabaseInspection(State.EMPTY, 0, null);
            }
            byte[] header;
            try (InputStream in = Files.newInputStream(file)) {
                header = in.readNBytes(SQLITE_MAGIC.length);
            }
            if (!Arrays.equals(header, SQLITE_MAGIC)) {
                return new UserDatabaseInspection(State.DAMAGED, 0, "it is not an SQLite database");
            }
        } catch (IOException e) {
            return new UserDatabaseInspection(State.UNREADABLE, 0, "cannot read it: " + e.getMessage());
        }
        try (Connection connection = SqliteConnections.file(file, true).open()) {
            String check;
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check(1)")) {
                check = rs.next() ? rs.getString(1) : "no answer";
            }
            if (!"ok".equals(check)) {
                return new UserDatabaseInspection(State.DAMAGED, 0, "integrity check failed: " + check);
            }
            int version = UserSchema.appliedVersion(connection);
            if (version > 0) {
                return new UserDatabaseInspection(State.USER_DATA, version, null);
            }
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                         + " AND name NOT LIKE 'sqlite_%'")) {
                return new UserDatabaseInspection(rs.next() && rs.getInt(1) > 0 ? State.FOREIGN : State.EMPTY, 0,
                        null);
            }
        } catch (SQLException e) {
            String message = clean(e.getMessage());
            if (e instanceof SQLiteException sqlite) {
                String code = sqlite.getResultCode().name();
                if (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB || code.startsWith("SQLITE_CORRUPT")) {
                    return new UserDatabaseInspection(State.DAMAGED, 0, message);
                }
                if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
                    return new UserDatabaseInspection(State.LOCKED, 0, message);
                }
            }
            if (message.contains("malformed") || message.contains("not a database")) {
                return new UserDatabaseInspection(State.DAMAGED, 0, message);
            }
            return new UserDatabaseInspection(State.UNREADABLE, 0, message);
        }
    }

    static String clean(String message) {
        return String.valueOf(message).replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "").replace('\n', ' ');
    }
}
