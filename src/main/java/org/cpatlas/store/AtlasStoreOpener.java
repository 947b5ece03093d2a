package org.cpatlas.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the atlas database at a path, whatever state the file is in, without ever losing the user's file.
 *
 * <ul>
 *   <li>a symbolic link: followed, the database built or opened where it points, the link kept;</li>
 *   <li>not a regular file (a named pipe, a device such as /dev/null): refused at once, nothing read or written;</li>
 *   <li>missing: builds it (in a temporary file first, then moved into place, so a crash leaves no half-built file;
 *       the temporary files of a build that was killed are deleted at the next start);</li>
 *   <li>built from other data, by an earlier atlas or with an older schema: migrates and re-imports it in one
 *       transaction;</li>
 *   <li>damaged, or failing its check ({@link AtlasDatabaseCheck}: a table dropped, text in a number column, an
 *       unknown flag, a row deleted, a view that fails, a value changed): the atlas's own file is moved aside
 *       ({@code atlas.db.corrupt-<time>} or {@code atlas.db.invalid-<time>}) and built again; a file the user named is
 *       left as it is and a temporary in-memory copy is used;</li>
 *   <li>newer schema, another program's database given by the user, locked by another process, read-only and out of
 *       date, unreadable, or a read-only folder: leaves it untouched and uses a temporary in-memory copy built from
 *       the bundled data.</li>
 * </ul>
 * Every such case adds a warning that says what happened and what to do.
 */
public final class AtlasStoreOpener {

    private static final Logger LOG = LoggerFactory.getLogger(AtlasStoreOpener.class);
    private static final String TEMPORARY = "using a temporary in-memory database built from the bundled data"
            + " (pass --db PATH to keep one elsewhere)";
    private static final String BUILT_AGAIN = " and a new one was built from the bundled data";
    private static final String LEAVE_OR_DELETE = "delete it or move it away and the atlas builds a new one there,"
            + " or pass --db with another file";

    private final DataBundle bundle;
    private final Clock clock;
    private final SchemaMigrator migrator = new SchemaMigrator();
    /** Made on first use: a temporary in-memory database needs no check. */
    private AtlasDatabaseCheck check;
    /** Where to remember the files that passed their check ({@link CheckMemo}), or null to check at every start. */
    private final Path memoDirectory;

    public AtlasStoreOpener(DataBundle bundle, Clock clock) {
        this(bundle, clock, null);
    }

    private AtlasStoreOpener(DataBundle bundle, Clock clock, Path memoDirectory) {
        this.bundle = bundle;
        this.clock = clock;
        this.memoDirectory = memoDirectory;
    }

    /**
     * This opener, remembering in the cache folder which files passed their check, so that a file nobody has written
     * since is not checked again at the next start.
     */
    public AtlasStoreOpener rememberingChecksIn(Path cacheDirectory) {
        return new AtlasStoreOpener(bundle, clock, cacheDirectory);
    }

    /** An opener for the data bundled in the jar. */
    public static AtlasStoreOpener withBundledData() {
        return new AtlasStoreOpener(DataBundle.bundled(), Clock.systemUTC());
    }

    /**
     * Opens the atlas's own database file (see {@link StoreLocation.Owner#ATLAS}), falling back to memory when the file
     * cannot be used.
     *
     * @throws AtlasStoreException only when even a temporary database cannot be built (the bundled data is broken)
     */
    public AtlasStore open(Path dbFile) {
        return open(StoreLocation.atlasOwned(dbFile));
    }

    /**
     * Opens the database at the location, treating a file that fails its check as its owner allows; falls back to
     * memory when the file cannot be used.
     *
     * @throws AtlasStoreException only when even a temporary database cannot be built (the bundled data is broken)
     */
    public AtlasStore open(StoreLocation location) {
        List<String> warnings = new ArrayList<>();
        AtlasStore store = openFile(location, warnings);
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
            throw new AtlasStoreException("cannot build even a temporary database: " + message(e)
                    + "; reinstall the atlas", e);
        }
    }

    /** The store on the file, or null when the caller must fall back to memory (a warning says why). */
    private AtlasStore openFile(StoreLocation location, List<String> warnings) {
        Path file;
        try {
            file = DatabaseTarget.resolve(location.file());
        } catch (AtlasStoreException e) {
            return fallBack(warnings, e.userMessage() + ", so it was not opened; " + (location.owner()
                    == StoreLocation.Owner.USER ? "pass --db with the path of a database file (it is built there"
                    + " when it does not exist)" : "remove it") + "; " + TEMPORARY);
        }
        if (Files.isDirectory(file)) {
            return fallBack(warnings, file + " is a folder, not a database file; " + TEMPORARY);
        }
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                return fallBack(warnings, "cannot create the folder " + dir + " (" + FileErrors.describe(e) + "); " + TEMPORARY);
            }
        }
        boolean dirWritable = FileAccess.isWritable(dir);
        if (dirWritable) {
            BuildLeftovers.clean(file);
        }
        if (!Files.exists(file)) {
            if (!dirWritable) {
                return fallBack(warnings, "cannot write the database in " + dir + " (the folder is read-only); " + TEMPORARY);
            }
            BuildLeftovers.cleanOrphanJournals(file);
            return buildNew(file, warnings);
        }
        // A SHA-256 of the bundled data, on the way to the window's first frame: remembered while the jar is unchanged.
        String bundleChecksum = DataChecksumMemo.in(memoDirectory).checksumOf(bundle);
        CheckMemo memo = CheckMemo.in(memoDirectory, bundleChecksum);
        boolean passedBefore = memo.passed(file);
        DatabaseInspection inspection = DatabaseInspection.of(file,
                passedBefore ? AtlasDatabaseCheck.passedBefore() : check());
        switch (inspection.state()) {
            case DAMAGED -> {
                return unusable(file, location, MovedAside.Reason.DAMAGED, "damaged (" + inspection.problem() + ")",
                        warnings);
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
                if (location.owner() == StoreLocation.Owner.ATLAS) {
                    return unusable(file, location, MovedAside.Reason.INVALID, "not one the atlas built (it holds"
                            + " other tables)", warnings);
                }
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
        boolean sameData = bundleChecksum.equals(inspection.dataChecksum());
        AtlasDatabaseCheck.Result checked = inspection.check();
        if (checked != null) {
            if (checked.structure() != null) {
                return unusable(file, location, MovedAside.Reason.INVALID, "not as the atlas built it ("
                        + checked.structure() + ")", warnings);
            }
            // The content only matters when it is to be used as it is: built from other data, it is replaced.
            if (sameData && checked.content() != null) {
                return unusable(file, location, MovedAside.Reason.INVALID, "not as the atlas built it ("
                        + checked.content() + ")", warnings);
            }
            if (sameData && checked.stamped()) {
                if (!passedBefore) {
                    memo.remember(file);
                }
                return openExisting(file, !writable, warnings);
            }
        }
        if (!writable) {
            return fallBack(warnings, "the database " + file + " is read-only and was built " + (sameData
                    ? "by an earlier version of the atlas" : "from other data than this atlas bundles")
                    + ", so it was left as it is; " + TEMPORARY);
        }
        return rebuildInPlace(file, location, warnings);
    }

    /**
     * A file that cannot be used as it is. The atlas's own is moved aside, its bytes kept and its new name in the
     * warning, and built again; a file the user named is left exactly as it is.
     *
     * @param what what the file is, to follow "is" ("damaged (it is not an SQLite database)")
     */
    private AtlasStore unusable(Path file, StoreLocation location, MovedAside.Reason reason, String what,
                                List<String> warnings) {
        if (location.owner() == StoreLocation.Owner.USER) {
            return fallBack(warnings, "the database " + file + " is " + what + ", so it was left as it is; "
                    + LEAVE_OR_DELETE + "; " + TEMPORARY);
        }
        if (!FileAccess.isWritable(file.getParent())) {
            return fallBack(warnings, "the database " + file + " is " + what + " and its folder is read-only, so it"
                    + " was left as it is; " + TEMPORARY);
        }
        Path aside;
        try {
            aside = MovedAside.move(file, reason, clock.instant());
        } catch (IOException e) {
            return fallBack(warnings, "the database " + file + " is " + what + " and could not be moved aside ("
                    + FileErrors.describe(e) + "), so it was left as it is; " + TEMPORARY);
        }
        warn(warnings, "the database " + file + " was " + what + "; it was moved to " + aside + BUILT_AGAIN);
        return buildNew(file, warnings);
    }

    private AtlasStore buildNew(Path file, List<String> warnings) {
        Path building = BuildLeftovers.buildingFile(file);
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

    private AtlasStore rebuildInPlace(Path file, StoreLocation location, List<String> warnings) {
        SqliteConnections target = SqliteConnections.file(file, false);
        Connection connection = null;
        try {
            migrator.migrate(target.dataSource());
            connection = target.open();
            new CsvImporter(clock).importAll(connection, bundle);
            String problem = check().check(connection).problem();
            if (problem != null) {
                // Migrated and imported, yet not as the atlas builds it: an older file edited by hand.
                closeQuietly(connection);
                if (location.owner() == StoreLocation.Owner.USER) {
                    return fallBack(warnings, "the database " + file + " was updated but is still not as the atlas"
                            + " builds it (" + problem + "); " + LEAVE_OR_DELETE + "; " + TEMPORARY);
                }
                return unusable(file, location, MovedAside.Reason.INVALID, "not as the atlas built it (" + problem
                        + ")", warnings);
            }
            LOG.info("Rebuilt the atlas database at {} from {}", file, bundle.description());
            return new AtlasStore(connection, file, false, warnings);
        } catch (DataImportException e) {
            closeQuietly(connection);
            throw e;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (!isStorageFailure(e) && location.owner() == StoreLocation.Owner.ATLAS) {
                // Not the disk's fault: the file's own content stops the update, and the file is the atlas's.
                return unusable(file, location, MovedAside.Reason.INVALID, "not as the atlas can update it ("
                        + message(e) + ")", warnings);
            }
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

    private AtlasDatabaseCheck check() {
        if (check == null) {
            check = AtlasDatabaseCheck.bundled();
        }
        return check;
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
            for (String suffix : List.of("-journal", "-wal", "-shm")) {
                Files.deleteIfExists(building.resolveSibling(building.getFileName() + suffix));
            }
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

    /** The failure in words: the store's own message, or SQLite's failure described, never a class name. */
    private static String message(Exception e) {
        if (e instanceof AtlasStoreException store) {
            return store.userMessage();
        }
        if (e instanceof SQLException sql) {
            return SqliteErrors.describe(sql);
        }
        if (e instanceof IOException io) {
            return FileErrors.describe(io);
        }
        LOG.warn("Unexpected failure of the database", e);
        return "an unexpected error, written to the log";
    }

    private static boolean isStorageFailure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && SqliteErrors.isStorageFailure(sql)) {
                return true;
            }
        }
        return false;
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
