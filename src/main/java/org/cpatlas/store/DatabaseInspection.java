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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What an existing database file is, found without writing to it: empty, an atlas database (with its schema version,
 * data checksum and, for the current schema, what {@link AtlasDatabaseCheck} found), some other program's database,
 * damaged, locked by another process, or unreadable for another reason.
 *
 * <p>The one write it may cause is SQLite's own: a file left with a hot journal by an atlas that was stopped while
 * writing it can only be read once the journal is rolled back, which a writable connection does on its first read.
 *
 * @param state         what the file is
 * @param schemaVersion the atlas schema version, 0 when not an atlas database
 * @param dataChecksum  checksum of the data it was built from, or null
 * @param problem       for DAMAGED, LOCKED and UNREADABLE, what is wrong, in words
 * @param check         for an atlas database of the current schema, what its check found; else null
 */
record DatabaseInspection(State state, int schemaVersion, String dataChecksum, String problem,
                          AtlasDatabaseCheck.Result check) {

    enum State { EMPTY, ATLAS, FOREIGN, DAMAGED, LOCKED, UNREADABLE }

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseInspection.class);
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** As {@link #of(Path, AtlasDatabaseCheck)} with the bundled database's check. */
    static DatabaseInspection of(Path file) {
        return of(file, AtlasDatabaseCheck.bundled());
    }

    static DatabaseInspection of(Path file, AtlasDatabaseCheck atlasCheck) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                return of(State.EMPTY);
            }
            byte[] header;
            try (InputStream in = Files.newInputStream(file)) {
                header = in.readNBytes(SQLITE_MAGIC.length);
            }
            if (!Arrays.equals(header, SQLITE_MAGIC)) {
                return damaged("it is not an SQLite database");
            }
        } catch (IOException e) {
            return new DatabaseInspection(State.UNREADABLE, 0, null, "cannot read it: " + FileErrors.describe(e), null);
        }
        try {
            return inspect(file, atlasCheck);
        } catch (SQLException e) {
            if (needsRollback(e) && FileAccess.isWritable(file) && FileAccess.isWritable(file.getParent())) {
                return afterRollback(file, atlasCheck);
            }
            return failure(e);
        }
    }

    private static DatabaseInspection inspect(Path file, AtlasDatabaseCheck atlasCheck) throws SQLException {
        try (Connection connection = SqliteConnections.file(file, true).open()) {
            String check = quickCheck(connection);
            if (!"ok".equals(check)) {
                return damaged("integrity check failed: " + check);
            }
            int version;
            try {
                version = SchemaMigrator.appliedVersion(connection);
            } catch (SQLException e) {
                if (isDamage(e) || isLock(e)) {
                    throw e;
                }
                // Flyway's history table is there but cannot be read as Flyway writes it: edited by hand.
                return new DatabaseInspection(State.ATLAS, 0, null, null, new AtlasDatabaseCheck.Result(
                        "its record of the schema updates applied to it (table " + SchemaMigrator.HISTORY_TABLE
                                + ") cannot be read: " + SqliteErrors.describe(e), null, false));
            }
            if (version == 0) {
                return of(userTables(connection) == 0 ? State.EMPTY : State.FOREIGN);
            }
            String checksum = checksum(connection);
            AtlasDatabaseCheck.Result result = null;
            if (version == SchemaMigrator.CURRENT_VERSION) {
                try {
                    result = atlasCheck.check(connection);
                } catch (SQLException e) {
                    if (isDamage(e) || isLock(e)) {
                        throw e;
                    }
                    // The schema is as expected, yet a check query fails: the file cannot be trusted.
                    result = new AtlasDatabaseCheck.Result(null, "it cannot be checked ("
                            + SqliteErrors.describe(e) + ")", false);
                }
            }
            return new DatabaseInspection(State.ATLAS, version, checksum, null, result);
        }
    }

    /**
     * An atlas stopped while it wrote the file left a hot journal beside it; SQLite rolls it back on the first read
     * of a writable connection, which gives the file back as it was before that write began.
     */
    private static DatabaseInspection afterRollback(Path file, AtlasDatabaseCheck atlasCheck) {
        try (Connection writable = SqliteConnections.file(file, false).open();
             Statement st = writable.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next();
            LOG.info("Rolled back the unfinished write to {} (a journal was left beside it)", file);
        } catch (SQLException e) {
            return failure(e);
        }
        try {
            return inspect(file, atlasCheck);
        } catch (SQLException e) {
            return failure(e);
        }
    }

    private static DatabaseInspection failure(SQLException e) {
        if (isDamage(e)) {
            return damaged(clean(e.getMessage()));
        }
        if (isLock(e)) {
            return new DatabaseInspection(State.LOCKED, 0, null, clean(e.getMessage()), null);
        }
        if (needsRollback(e)) {
            return new DatabaseInspection(State.UNREADABLE, 0, null, "an atlas stopped while it was writing the file"
                    + " and left its journal beside it, and the file or its folder is read-only, so the unfinished"
                    + " write cannot be undone", null);
        }
        return new DatabaseInspection(State.UNREADABLE, 0, null, SqliteErrors.describe(e), null);
    }

    private static DatabaseInspection of(State state) {
        return new DatabaseInspection(state, 0, null, null, null);
    }

    private static DatabaseInspection damaged(String problem) {
        return new DatabaseInspection(State.DAMAGED, 0, null, problem, null);
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

    /** The checksum of the data it was built from; null when build_info is gone or changed (the check says so). */
    private static String checksum(Connection connection) throws SQLException {
        if (!SchemaMigrator.hasTable(connection, "build_info")) {
            return null;
        }
        try (var st = connection.prepareStatement("SELECT value FROM build_info WHERE key = ?")) {
            st.setString(1, BuildInfo.DATA_CHECKSUM);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            if (isDamage(e) || isLock(e)) {
                throw e;
            }
            return null;
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

    /** A read-only connection found a hot journal it may not roll back. */
    private static boolean needsRollback(SQLException e) {
        return e instanceof SQLiteException sqlite
                && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_READONLY_ROLLBACK;
    }

    static String clean(String message) {
        return String.valueOf(message).replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "").replace('\n', ' ');
    }
}
