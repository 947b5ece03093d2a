package org.cpatlas.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open atlas database: the repository to query, where it lives, and what the user must be told about it.
 *
 * <p>Open it with {@link AtlasStoreOpener}; it never fails because of a bad database file: it falls back to a
 * temporary in-memory copy and says so in {@link #warnings()}.
 */
public final class AtlasStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AtlasStore.class);

    private final Connection connection;
    private final AtlasRepository repository;
    private final Path file;
    private final boolean readOnly;
    private final List<String> warnings;

    AtlasStore(Connection connection, Path file, boolean readOnly, List<String> warnings) {
        this.connection = connection;
        this.repository = new SqliteAtlasRepository(connection);
        this.file = file;
        this.readOnly = readOnly;
        this.warnings = List.copyOf(warnings);
    }

    /** Opens the database at the default place (or {@code --db}/system property), building it when needed. */
    public static AtlasStore open(Path explicitDb) {
        StoreLocator locator = StoreLocator.fromSystem();
        return AtlasStoreOpener.withBundledData().rememberingChecksIn(locator.cacheDirectory())
                .open(locator.location(explicitDb));
    }

    /** The queries the UI and the command line share. */
    public AtlasRepository repository() {
        return repository;
    }

    /** What the user must be told (fallback to memory, damaged file moved aside, ...); empty when all is well. */
    public List<String> warnings() {
        return warnings;
    }

    /** The database file, or empty when the store is a temporary in-memory copy. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public boolean inMemory() {
        return file == null;
    }

    /** True when the file is used read-only (a read-only install with an up-to-date database). */
    public boolean readOnly() {
        return readOnly;
    }

    /** Where the figures come from, for a status line. */
    public String describeLocation() {
        if (file == null) {
            return "temporary in-memory database";
        }
        return file + (readOnly ? " (read-only)" : "");
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the atlas database failed", e);
        }
    }
}
