package org.cpatlas.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** JDBC URLs and connections for a database file or a private in-memory database. */
record SqliteConnections(String url, boolean readOnly) {

    static SqliteConnections file(Path file, boolean readOnly) {
        return new SqliteConnections("jdbc:sqlite:" + file.toAbsolutePath(), readOnly);
    }

    /** A named shared-cache memory database: it lives as long as one connection to it is open. */
    static SqliteConnections memory() {
        return new SqliteConnections("jdbc:sqlite:file:cpatlas-" + UUID.randomUUID() + "?mode=memory&cache=shared",
                false);
    }

    Connection open() throws SQLException {
        return config().createConnection(url);
    }

    DataSource dataSource() {
        SQLiteDataSource dataSource = new SQLiteDataSource(config());
        dataSource.setUrl(url);
        return dataSource;
    }

    private SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        config.setReadOnly(readOnly);
        return config;
    }
}
