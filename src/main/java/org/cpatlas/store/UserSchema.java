package org.cpatlas.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The schema of the user database: Flyway migrations {@code U1, U2, ...} in {@code db/userdata} with their own
 * history table, apart from the atlas database's {@code V} migrations.
 */
final class UserSchema {

    /** The newest user schema this build knows: U1 imports, U2 county-to-region lists. */
    static final int CURRENT_VERSION = 2;
    static final String HISTORY_TABLE = "userdata_schema_history";

    private UserSchema() {
    }

    static void migrate(DataSource dataSource) {
        try {
            Flyway.configure(UserSchema.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/userdata")
                    .sqlMigrationPrefix("U")
                    .table(HISTORY_TABLE)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new AtlasStoreException("cannot update the schema of the datasets database: " + e.getMessage(), e);
        }
    }

    /** Highest applied version, 0 without the history table; plain SQL, so it works on read-only files. */
    static int appliedVersion(Connection connection) throws SQLException {
        if (!SchemaMigrator.hasTable(connection, HISTORY_TABLE)) {
            return 0;
        }
        int highest = 0;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM " + HISTORY_TABLE
                     + " WHERE success = 1 AND version IS NOT NULL")) {
            while (rs.next()) {
                try {
                    highest = Math.max(highest, Integer.parseInt(rs.getString(1).split("\\.")[0].trim()));
                } catch (NumberFormatException e) {
                    // a version this atlas does not number: not one of its own
                }
            }
        }
        return highest;
    }
}
