package org.cpatlas.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the atlas database at a path, whatever state the file is in, without ever losing the user's file.
 *
 * <ul>
 *   <li>missing: builds it (in a temporary file first, then moved into place, so a crash leaves no half-built file);</li>
 *   <li>built from other data or an older schema: migrates and re-imports it in one transaction;</li>
 *   <li>damaged: moves it aside to {@code atlas.db.corrupt-<timestamp>} and builds a new one;</li>
 *   <li>newer schema, another program's database, locked by another process, read-only and out of date,
 *       unreadable, or a read-only folder:
 *       leaves it untouched and uses a temporary in-memory copy built from the bundled data.</li>
 * </ul>
 * Every such case adds a warning that says what happened and what to do.
 */
public final class AtlasStoreOpener {

    private static final Logger LOG = LoggerFactory.getLogger(AtlasStoreOpener.class);
    private static final String TEMPORARY = "using a temporary in-memory database built from the bundled data"
            + " (pass --db PATH to keep one elsewhere)";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DataBundle bundle;
    private final Clock clock;
    private final SchemaMigrator migrator = new SchemaMigrator();

    public AtlasStoreOpener(DataBundle bundle, Clock clock) {
        this.bundle = bundle;
        this.clock = clock;
    }

    /** An opener for the data bundled in the jar. */
    public static AtlasStoreOpener withBundledData() {
        return new AtlasStoreOpener(DataBundle.bundled(), Clock.systemUTC());
    }

    /**
     * Opens the database file, falling back to memory when the file cannot be used.
     *
     * @throws AtlasStoreException only when even a temporary database cannot be built (the bundled data is broken)
     */
    public AtlasStore open(Path dbFile) {
        List<String> warnings = new ArrayList<>();
        Path file = dbFile.toAbsolutePath().normalize();
        AtlasStore store = openFile(file, warnings);
        return store != null ? store : openInMemory(warnings);
    }

    /** A temporary database built from the bundled data, e.g. for tests and for a window without a data folder. */
    public AtlasStore openInMemory(List<String> warnings) {
        SqliteConnections memory = SqliteConnections.memory();
        Connection keeper = null;
        try {
            keeper = memory.open(); // holds the memory database alive while the store is open
            migrator.migrate(memory.dataSource());
            new CsvImporter(clock).importAll(keeper, bundle);
            return new AtlasStore(keeper, null, false, warnings);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(keeper);
            if (e instanceof AtlasStoreException storeException) {
                throw storeException;
            }
            throw new AtlasStoreException("cannot build even a temporary database: " + e.getMessage()
                    + "; reinstall the atlas", e);
        }
    }

    /** The store on the file, or null when the caller must fall back to memory (a warning says why). */
    private AtlasStore openFile(Path file, List<String> warnings) {
        if (Files.isDirectory(file)) {
            return fallBack(warnings, file + " is a folder, not a database file; " + TEMPORARY);
        }
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                return fallBack(warnings, "cannot create the folder " + dir + " (" + e.getMessage() + "); " + TEMPORARY);
            }
        }
        if (!Files.exists(file)) {
            if (!FileAccess.isWritable(dir)) {
                return fallBack(warnings, "cannot write the database in " + dir + " (the folder is read-only); " + TEMPORARY);
            }
            return buildNew(file, warnings);
        }
        DatabaseInspection inspection = DatabaseInspection.of(file);
        boolean dirWritable = FileAccess.isWritable(dir);
        switch (inspection.state()) {
            case DAMAGED -> {
                if (!dirWritable) {
                    return fallBack(warnings, "the database " + file + " is damaged (" + inspection.problem()
                            + ") and its folder is read-only, so it was left as it is; " + TEMPORARY);
                }
                Path aside;
                try {
                    aside = moveAside(file);
                } catch (IOException e) {
                    return fallBack(warnings, "the database " + file + " is damaged (" + inspection.problem()
                            + ") and could not be moved aside (" + e + "), so it was left as it is; " + TEMPORARY);
                }
                warn(warnings, "the database " + file + " was damaged (" + inspection.problem() + "); it was moved to "
                        + aside + " and a new one was built from the bundled data");
                return buildNew(file, warnings);
            }
            case LOCKED -> {
                return fallBack(warnings, "the database " + file + " is in use by another program (it is locked),"
                        + " so it was left as it is; close the other program and start the atlas again; " + TEMPORARY);
            }
            case UNREADABLE -> {
                return fallBack(warnings, "cannot open the database " + file + " (" + inspection.problem()
                        + "); it was left as it is; " + TEMPORARY);
            }
            case FOREIGN -> {
                return fallBack(warnings, file + " is not an atlas database (it holds other tables), so it was left"
                        + " as it is; " + TEMPORARY);
            }
            default -> {
                // EMPTY or ATLAS, handled below
            }
        }
        if (inspection.schemaVersion() > SchemaMigrator.CURRENT_VERSION) {
            return fallBack(warnings, file + ": database was written by a newer version of the atlas (schema "
                    + inspection.schemaVersion() + " > " + SchemaMigrator.CURRENT_VERSION
                    + "); using a temporary copy; upgrade the atlas or pass --db");
        }
        boolean writable = dirWritable && FileAccess.isWritable(file);
        boolean upToDate = inspection.state() == DatabaseInspection.State.ATLAS
                && inspection.schemaVersion() == SchemaMigrator.CURRENT_VERSION
                && bundle.checksum().equals(inspection.dataChecksum());
        if (upToDate) {
            return openExisting(file, !writable, warnings);
        }
        if (!writable) {
            return fallBack(warnings, "the database " + file + " is read-only and was built from other data than"
                    + " this atlas bundles, so it was left as it is; " + TEMPORARY);
        }
        return rebuildInPlace(file, warnings);
    }

    private AtlasStore buildNew(Path file, List<String> warnings) {
        Path building = file.resolveSibling(file.getFileName() + ".building-" + UUID.randomUUID());
        try {
            SqliteConnections target = SqliteConnections.file(building, false);
            migrator.migrate(target.dataSource());
            try (Connection connection = target.open()) {
                new CsvImporter(clock).importAll(connection, bundle);
            }
            moveIntoPlace(building, file);
            LOG.info("Built the atlas database at {}", file);
            return openExisting(file, false, warnings);
        } catch (DataImportException e) {
            deleteOurs(building);
            throw e; // the bundled data itself is broken: no fallback can help
        } catch (SQLException | IOException | RuntimeException e) {
            deleteOurs(building);
            return fallBack(warnings, "cannot build the database at " + file + " (" + message(e) + "); " + TEMPORARY);
        }
    }

    private AtlasStore rebuildInPlace(Path file, List<String> warnings) {
        SqliteConnections target = SqliteConnections.file(file, false);
        Connection connection = null;
        try {
            migrator.migrate(target.dataSource());
            connection = target.open();
            new CsvImporter(clock).importAll(connection, bundle);
            LOG.info("Rebuilt the atlas database at {} from {}", file, bundle.description());
            return new AtlasStore(connection, file, false, warnings);
        } catch (DataImportException e) {
            closeQuietly(connection);
            throw e;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            return fallBack(warnings, "cannot update the database " + file + " (" + message(e)
                    + "); it was left as it is; " + TEMPORARY);
        }
    }

    private AtlasStore openExisting(Path file, boolean readOnly, List<String> warnings) {
        try {
            return new AtlasStore(SqliteConnections.file(file, readOnly).open(), file, readOnly, warnings);
        } catch (SQLException e) {
            return fallBack(warnings, "cannot open the database " + file + " (" + message(e) + "); " + TEMPORARY);
        }
    }

    /** Moves a damaged file (and its journal files, which SQLite would otherwise replay into the new one) aside. */
    private Path moveAside(Path file) throws IOException {
        String stamp = STAMP.format(clock.instant());
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
        for (int n = 1; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp + "-" + n);
        }
        Files.move(file, aside);
        for (String suffix : List.of("-journal", "-wal", "-shm")) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(companion)) {
                Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        return aside;
    }

    private static void moveIntoPlace(Path building, Path file) throws IOException {
        try {
            Files.move(building, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(building, file);
        }
    }

    /** Deletes a file this opener created itself; never called on a user's database. */
    private static void deleteOurs(Path building) {
        try {
            Files.deleteIfExists(building);
            Files.deleteIfExists(building.resolveSibling(building.getFileName() + "-journal"));
        } catch (IOException e) {
            LOG.warn("Could not delete the unfinished database {}", building, e);
        }
    }

    private static AtlasStore fallBack(List<String> warnings, String warning) {
        warn(warnings, warning);
        return null;
    }

    private static void warn(List<String> warnings, String warning) {
        LOG.warn(warning);
        warnings.add(warning);
    }

    private static String message(Exception e) {
        return DatabaseInspection.clean(e.getMessage());
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing after a failure", e);
            }
        }
    }
}
