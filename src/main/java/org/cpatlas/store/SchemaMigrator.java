package org.cpatlas.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;

/** Runs the Flyway migrations of {@code db/migration} and reads which schema version a database has. */
public final class SchemaMigrator {

    /** The newest schema this build knows; a database above it was written by a newer atlas. */
    public static final int CURRENT_VERSION = 3;

    static final String HISTORY_TABLE = "flyway_schema_history";

    /** Brings the database up to {@link #CURRENT_VERSION}. */
    void migrate(DataSource dataSource) {
        try {
            Flyway.configure(SchemaMigrator.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:" + MigrationScripts.BUNDLED)
                    .table(HISTORY_TABLE)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            // Flyway's message is a multi-line report meant for developers: the user gets SQLite's cause in words.
            throw new AtlasStoreException("cannot update the database schema: " + cause(e), e);
        }
    }

    private static String cause(FlywayException e) {
        if (e instanceof FlywayValidateException) {
            return "its record of the schema updates applied to it (table " + HISTORY_TABLE + ") does not match"
                    + " this atlas's";
        }
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                return SqliteErrors.describe(sql);
            }
        }
        return "the database could not be brought up to date";
    }

    /**
     * The highest successfully applied schema version, 0 for a database without the atlas's history table.
     * Read with plain SQL so that it works on read-only files, which Flyway would try to lock.
     */
    static int appliedVersion(Connection connection) throws SQLException {
        if (!hasTable(connection, HISTORY_TABLE)) {
            return 0;
        }
        int highest = 0;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM " + HISTORY_TABLE
                     + " WHERE success = 1 AND version IS NOT NULL")) {
            while (rs.next()) {
                highest = Math.max(highest, majorVersion(rs.getString(1)));
            }
        }
        return highest;
    }

    static boolean hasTable(Connection connection, String table) throws SQLException {
        try (var st = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** "3" and "3.1" are schema 3: the atlas numbers its migrations V1, V2, ... */
    private static int majorVersion(String version) {
        String major = version.split("\\.")[0].trim();
        try {
            return Integer.parseInt(major);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
