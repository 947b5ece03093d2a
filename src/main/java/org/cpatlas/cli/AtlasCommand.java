package org.cpatlas.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.IndicatorCatalog;
import org.cpatlas.store.UserDataStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command {@code atlas}: global options, the list of subcommands and the store they share. */
@Command(name = "atlas", mixinStandardHelpOptions = true, version = "atlas 0.1.0",
        description = "Atlas of China's 14 contiguous poor regions: figures with their sources.",
        footer = "%nWith no command, java -jar atlas.jar opens the window.")
public final class AtlasCommand implements Callable<Integer> {

    /**
     * The subcommands, in the order {@code --help} lists them. To add a command, add it here: one line.
     */
    static List<Object> subcommands() {
        return List.of(new RegionsCommand(), new RegionCommand(), new IdentifyCommand(), new ExportCommand(),
                new AtlasExportCommand(), new ImportCommand(), new DatasetsCommand(), new CountyCommand(),
                new IndicatorsCommand(), new MembershipCommand());
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "Database file (default: $XDG_DATA_HOME/cpatlas/atlas.db or ~/.local/share/cpatlas/atlas.db;"
                    + " also -Dcpatlas.db=PATH).")
    private Path db;

    private final StoreFactory storeFactory;
    private AtlasStore store;
    /** Where a command writes bytes when its output is {@code -} (standard output). */
    private final OutputStream standardOutput;
    private final UserDataFactory userDataFactory;
    private UserDataStore userData;

    AtlasCommand(StoreFactory storeFactory) {
        this(storeFactory, UserDataStore::open, OutputStream.nullOutputStream());
    }

    AtlasCommand(StoreFactory storeFactory, OutputStream standardOutput) {
        this(storeFactory, UserDataStore::open, standardOutput);
    }

    AtlasCommand(StoreFactory storeFactory, UserDataFactory userDataFactory) {
        this(storeFactory, userDataFactory, OutputStream.nullOutputStream());
    }

    AtlasCommand(StoreFactory storeFactory, UserDataFactory userDataFactory, OutputStream standardOutput) {
        this.storeFactory = storeFactory;
        this.userDataFactory = userDataFactory;
        this.standardOutput = standardOutput;
    }

    /** Standard output as bytes, for {@code --out -}; nothing else may then be printed on it. */
    OutputStream standardOutput() {
        return standardOutput;
    }

    /** The database file the commands are using, once the store is open; empty for a temporary in-memory copy. */
    Optional<Path> databaseInUse() {
        return store == null ? Optional.empty() : store.file();
    }

    /** The user database (imported tables), opened on first use; its warnings go to stderr once. */
    UserDataStore userData() {
        if (userData == null) {
            userData = userDataFactory.open(db);
            PrintWriter err = spec.commandLine().getErr();
            for (String warning : userData.warnings()) {
                err.println("atlas: warning: " + warning);
            }
            err.flush();
        }
        return userData;
    }

    /**
     * The county-to-region list that draws the regions ({@code membership use}); the bundled list when none is chosen
     * or the chosen one cannot be read (said on stderr).
     */
    org.cpatlas.domain.MembershipList membershipInForce() {
        org.cpatlas.domain.MembershipList bundled = new org.cpatlas.domain.MembershipList(
                org.cpatlas.domain.MembershipList.BUNDLED, List.of());
        try {
            // No user database yet, no list chosen: commands that only read the maps make no file.
            if (userData == null && !java.nio.file.Files.exists(org.cpatlas.store.UserDataLocation.forAtlasDb(db))) {
                return bundled;
            }
            var memberships = userData().memberships();
            return memberships.list(memberships.inForce()).orElse(bundled);
        } catch (org.cpatlas.store.AtlasStoreException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("atlas: warning: the county list in force cannot be read (" + e.userMessage()
                    + "); the bundled regions are used");
            err.flush();
            return bundled;
        }
    }

    /** Bundled and imported indicators together. */
    IndicatorCatalog indicators() {
        return new IndicatorCatalog(store().repository(), userData().datasets());
    }

    /** The store, opened on first use; its warnings go to stderr once, each on one line. */
    AtlasStore store() {
        if (store == null) {
            store = storeFactory.open(db);
            PrintWriter err = spec.commandLine().getErr();
            for (String warning : store.warnings()) {
                err.println("atlas: warning: " + warning);
            }
            err.flush();
        }
        return store;
    }

    void closeStore() {
        if (store != null) {
            store.close();
            store = null;
        }
        if (userData != null) {
            userData.close();
            userData = null;
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("atlas: name a command (regions, region ...); see 'atlas --help'");
        return CommandLine.ExitCode.USAGE;
    }
}
