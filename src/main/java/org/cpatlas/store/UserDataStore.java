package org.cpatlas.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open user database: the datasets the user imported, where the file is, and what the user must be told about it.
 * Opened by {@link UserDataOpener}; like the atlas database it never fails to open, but it is never rebuilt: a damaged
 * file is moved aside (its bytes kept) and the warnings say where.
 */
public final class UserDataStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UserDataStore.class);

    private final Connection connection;
    private final Path file;
    private final boolean readOnly;
    private final List<String> warnings;
    private final SqliteDatasetRepository datasets;
    private final SqliteMembershipRepository memberships;

    UserDataStore(Connection connection, Path file, boolean readOnly, List<String> warnings, Clock clock) {
        this.connection = connection;
        this.file = file;
        this.readOnly = readOnly;
        this.warnings = List.copyOf(warnings);
        UserDatabaseAccess access = new UserDatabaseAccess(connection, !readOnly && file != null,
                file == null ? "a temporary copy" : file.toString());
        this.datasets = new SqliteDatasetRepository(access, clock);
        this.memberships = new SqliteMembershipRepository(access, clock);
    }

    /** Opens the user database that goes with the atlas database given by {@code --db} (null: the default place). */
    public static UserDataStore open(Path explicitAtlasDb) {
        return UserDataOpener.standard().open(UserDataLocation.forAtlasDb(explicitAtlasDb));
    }

    public DatasetRepository datasets() {
        return datasets;
    }

    /** The county-to-region lists the user imported, and the one in force. */
    public MembershipRepository memberships() {
        return memberships;
    }

    /** What the user must be told (damaged file moved aside, read-only, ...); empty when all is well. */
    public List<String> warnings() {
        return warnings;
    }

    /** The file, or empty for a temporary copy whose imports are lost when the atlas closes. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the datasets database failed", e);
        }
    }
}
