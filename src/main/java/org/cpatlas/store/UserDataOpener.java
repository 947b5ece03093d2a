package org.cpatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the user database at a path, whatever state the file is in, and never loses the user's imports:
 * <ul>
 *   <li>missing: made, empty;</li>
 *   <li>an older user schema: migrated in place (Flyway, each migration one transaction);</li>
 *   <li>damaged: moved aside to {@code datasets.db.corrupt-<time>} (bytes kept, named in the warning) and a new
 *       empty one made;</li>
 *   <li>read-only file, or written by a newer atlas: used read-only, with a warning;</li>
 *   <li>locked, another program's database, a folder, unreadable, or a read-only folder with no file: left as it is,
 *       and an empty temporary copy used, with a warning (imports then are not kept).</li>
 * </ul>
 */
public final class UserDataOpener {

    private static final Logger LOG = LoggerFactory.getLogger(UserDataOpener.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String NOT_KEPT = "imported tables are not shown, and new imports are not kept";

    private final Clock clock;

    public UserDataOpener(Clock clock) {
        this.clock = clock;
    }

    public static UserDataOpener standard() {
        return new UserDataOpener(Clock.systemUTC());
    }

    public UserDataStore open(Path path) {
        List<String> warnings = new ArrayList<>();
        Path file = path.toAbsolutePath().normalize();
        UserDataStore store = openFile(file, warnings);
        return store != null ? store : inMemory(warnings);
    }

    /** An empty temporary user database (tests, and the fallback when the file cannot be used). */
    public UserDataStore inMemory(List<String> warnings) {
        SqliteConnections memory = SqliteConnections.memory();
        try {
            Connection keeper = memory.open();
            UserSchema.migrate(memory.dataSource());
            return new UserDataStore(keeper, null, false, warnings, clock);
        } catch (SQLException e) {
            throw new AtlasStoreException("cannot make even a temporary datasets database: " + e.getMessage(), e);
        }
    }

    private UserDataStore openFile(Path file, List<String> warnings) {
        String what = "the datasets database " + file;
        if (Files.isDirectory(file)) {
            return fallBack(warnings, file + " is a folder, not the datasets database; " + NOT_KEPT);
        }
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return fallBack(warnings, "cannot create the folder " + dir + " for the datasets database (" + e
                    + "); " + NOT_KEPT);
        }
        if (!Files.exists(file)) {
            if (!FileAccess.isWritable(dir)) {
                return fallBack(warnings, "cannot make the datasets database in " + dir + " (the folder is"
                        + " read-only); " + NOT_KEPT);
            }
            return create(file, warnings);
        }
        UserDatabaseInspection inspection = UserDatabaseInspection.of(file);
        boolean dirWritable = FileAccess.isWritable(dir);
        switch (inspection.state()) {
            case DAMAGED -> {
                if (!dirWritable) {
                    return fallBack(warnings, what + " is damaged (" + inspection.problem() + ") and its folder is"
                            + " read-only, so it was left as it is; " + NOT_KEPT);
                }
                Path aside;
                try {
                    aside = moveAside(file);
                } catch (IOException e) {
                    return fallBack(warnings, what + " is damaged (" + inspection.problem() + ") and could not be"
                            + " moved aside (" + e + "), so it was left as it is; " + NOT_KEPT);
                }
                warn(warnings, what + " was damaged (" + inspection.problem() + "); it was moved, with all its"
                        + " bytes, to " + aside + ", and a new empty one was made: import your tables again, or"
                        + " recover them from the moved file with an SQLite tool");
                return create(file, warnings);
            }
            case LOCKED -> {
                return fallBack(warnings, what + " is in use by another program (it is locked), so it was left as"
                        + " it is; close the other atlas or program and start again; " + NOT_KEPT);
            }
            case UNREADABLE -> {
                return fallBack(warnings, "cannot open " + what + " (" + inspection.problem() + "); it was left as"
                        + " it is; " + NOT_KEPT);
            }
            case FOREIGN -> {
                return fallBack(warnings, file + " is not the atlas's datasets database (it holds other tables), so"
                        + " it was left as it is; move it away or pass another --db; " + NOT_KEPT);
            }
            default -> {
                // EMPTY or USER_DATA
            }
        }
        boolean writable = dirWritable && FileAccess.isWritable(file);
        if (inspection.schemaVersion() > UserSchema.CURRENT_VERSION) {
            warn(warnings, what + " was written by a newer version of the atlas (schema "
                    + inspection.schemaVersion() + " > " + UserSchema.CURRENT_VERSION + "); its tables are shown but"
                    + " cannot be changed: upgrade the atlas to import or remove tables");
            return openExisting(file, true, warnings);
        }
        if (!writable) {
            if (inspection.schemaVersion() < UserSchema.CURRENT_VERSION) {
                return fallBack(warnings, what + " is read-only and needs an update this atlas cannot write, so it"
                        + " was left as it is; " + NOT_KEPT);
            }
            warn(warnings, what + " is read-only: its tables are shown, but tables cannot be imported or removed"
                    + " until it can be written");
            return openExisting(file, true, warnings);
        }
        if (inspection.schemaVersion() == UserSchema.CURRENT_VERSION) {
            // Up to date, as at nearly every start: Flyway would only confirm it, and starting Flyway (its plugins,
            // a scan of the jar for scripts) took a fifth of a second on the way to the window's first frame.
            return openExisting(file, false, warnings);
        }
        try {
            UserSchema.migrate(SqliteConnections.file(file, false).dataSource());
        } catch (AtlasStoreException e) {
            return fallBack(warnings, "cannot update " + what + " (" + e.getMessage() + "); it was left as it is; "
                    + NOT_KEPT);
        }
        return openExisting(file, false, warnings);
    }

    private UserDataStore create(Path file, List<String> warnings) {
        try {
            UserSchema.migrate(SqliteConnections.file(file, false).dataSource());
            LOG.info("Made the datasets database at {}", file);
            return openExisting(file, false, warnings);
        } catch (AtlasStoreException e) {
            try {
                Files.deleteIfExists(file); // ours: made a moment ago, holds nothing of the user's
            } catch (IOException ignored) {
                LOG.debug("could not delete the unfinished {}", file, ignored);
            }
            return fallBack(warnings, "cannot make the datasets database " + file + " (" + e.getMessage() + "); "
                    + NOT_KEPT);
        }
    }

    private UserDataStore openExisting(Path file, boolean readOnly, List<String> warnings) {
        try {
            return new UserDataStore(SqliteConnections.file(file, readOnly).open(), file, readOnly, warnings, clock);
        } catch (SQLException e) {
            return fallBack(warnings, "cannot open the datasets database " + file + " ("
                    + UserDatabaseInspection.clean(e.getMessage()) + "); " + NOT_KEPT);
        }
    }

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

    private static UserDataStore fallBack(List<String> warnings, String warning) {
        warn(warnings, warning);
        return null;
    }

    private static void warn(List<String> warnings, String warning) {
        LOG.warn(warning);
        warnings.add(warning);
    }
}
