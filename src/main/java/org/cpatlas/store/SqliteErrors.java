package org.cpatlas.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite's failures in words for the user: "the disk is full" rather than "[SQLITE_FULL] Insertion failed because
 * database is full (database or disk is full)", and never a library's name or error code.
 */
final class SqliteErrors {

    private SqliteErrors() {
    }

    /** What went wrong, in a few words that fit inside a sentence. */
    static String describe(SQLException e) {
        SQLException sqlite = sqliteCause(e);
        if (sqlite instanceof SQLiteException s) {
            String code = s.getResultCode().name();
            if (code.startsWith("SQLITE_FULL")) {
                return "the disk is full";
            }
            if (code.startsWith("SQLITE_IOERR")) {
                return "the disk could not be read or written (an input/output error)";
            }
            if (code.startsWith("SQLITE_READONLY")) {
                return "the file or its folder is read-only";
            }
            if (code.startsWith("SQLITE_CANTOPEN")) {
                return "the file cannot be opened";
            }
            if (code.startsWith("SQLITE_PERM") || code.startsWith("SQLITE_AUTH")) {
                return "permission denied";
            }
            if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
                return "another program is using it";
            }
            if (code.startsWith("SQLITE_CORRUPT") || s.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
                return "it is damaged (" + specific(s.getMessage()) + ")";
            }
        }
        return specific(sqlite == null ? e.getMessage() : sqlite.getMessage());
    }

    /** True when the failure is the disk's or the file's, not the data's: then no data file line is to blame. */
    static boolean isStorageFailure(SQLException e) {
        SQLException sqlite = sqliteCause(e);
        if (sqlite instanceof SQLiteException s) {
            String code = s.getResultCode().name();
            return code.startsWith("SQLITE_FULL") || code.startsWith("SQLITE_IOERR")
                    || code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_CANTOPEN")
                    || code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")
                    || code.startsWith("SQLITE_CORRUPT") || code.startsWith("SQLITE_NOTADB")
                    || code.startsWith("SQLITE_NOMEM") || code.startsWith("SQLITE_PERM");
        }
        return false;
    }

    /**
     * SQLite's own words for the case: sqlite-jdbc writes "[SQLITE_ERROR] SQL error or missing database (no such
     * table: region)", of which only the part in brackets at the end says what happened.
     */
    static String specific(String message) {
        String text = String.valueOf(message).replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "").replaceAll("\\s+", " ")
                .trim();
        int open = text.indexOf(" (");
        if (open > 0 && text.endsWith(")")) {
            return text.substring(open + 2, text.length() - 1);
        }
        return text;
    }

    private static SQLException sqliteCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s) {
                return s;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e instanceof SQLException sql ? sql : null;
    }
}
