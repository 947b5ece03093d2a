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
 * What an existing database file is, found without writing to it: empty, an atlas database (with its schema version
 * and data checksum), some other program's database, damaged, locked by another process, or unreadable for another
 * reason.
 *
 * @param state         what the file is
 * @param schemaVersion the atlas schema version, 0 when not an atlas database
 * @param dataChecksum  checksum of the data it was built from, or null
 * @param problem       for DAMAGED, LOCKED and UNREADABLE, what is wrong, in words
 */
record DatabaseInspection(State state, int schemaVersion, String dataChecksum, String problem) {

    enum State { EMPTY, ATLAS, FOREIGN, DAMAGED, LOCKED, UNREADABLE }

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    static DatabaseInspection of(Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                return new DatabaseInspection(State.EMPTY, 0, null, null);
            }
            byte[] header;
            try (InputStream in = Files.newInputStream(file)) {
                header = in.readNBytes(SQLITE_MAGIC.length);
            }
            if (!Arrays.equals(header, SQLITE_MAGIC)) {
                return damaged("it is not an SQLite database");
            }
        } catch (IOException e) {
            return new DatabaseInspection(State.UNREADABLE, 0, null, "cannot read it: " + e.getMessage());
        }
        try (Connection connection = SqliteConnections.file(file, true).open()) {
            String check = quickCheck(connection);
            if (!"ok".equals(check)) {
                return damaged("integrity check failed: " + check);
            }
            int version = SchemaMigrator.appliedVersion(connection);
            if (version == 0) {
                return new DatabaseInspection(userTables(connection) == 0 ? State.EMPTY : State.FOREIGN, 0, null, null);
            }
            return new DatabaseInspection(State.ATLAS, version, checksum(connection), null);
        } catch (SQLException e) {
            if (isDamage(e)) {
                return damaged(clean(e.getMessage()));
            }
            if (isLock(e)) {
                return new DatabaseInspection(State.LOCKED, 0, null, clean(e.getMessage()));
            }
            return new DatabaseInspection(State.UNREADABLE, 0, null, clean(e.getMessage()));
        }
    }

    private static DatabaseInspection damaged(String problem) {
        return new DatabaseInspection(State.DAMAGED, 0, null, problem);
    }

    private static String quickCheck(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check(1)")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    private static int userTables(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                     + " AND name NOT LIKE 'sqlite_%'")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String checksum(Connection connection) throws SQLException {
        if (!SchemaMigrator.hasTable(connection, "build_info")) {
            return null;
        }
        try (var st = connection.prepareStatement("SELECT value FROM build_info WHERE key = ?")) {
            st.setString(1, BuildInfo.DATA_CHECKSUM);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Damage means the bytes are wrong; other errors (locked, no permission) say nothing about the file's health. */
    private static boolean isDamage(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            return code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB
                    || code.name().startsWith("SQLITE_CORRUPT");
        }
        String message = String.valueOf(e.getMessage());
        return message.contains("malformed") || message.contains("not a database");
    }

    /** Another connection holds a lock that outlasted the busy timeout: the file is in use, not broken. */
    private static boolean isLock(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            String code = sqlite.getResultCode().name();
            return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
        }
        return false;
    }

    static String clean(String message) {
        return String.valueOf(message).replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "").replace('\n', ' ');
    }
}
