package org.cpatlas.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.AtlasStoreException;
import org.cpatlas.store.StoreLocator;
import org.cpatlas.store.UserDataStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs a headless command: exit 0 on success, 2 for a usage error or an unknown region, 1 for a runtime failure.
 * Errors are one line on stderr, never a stack trace (that goes to the log file).
 */
public final class AtlasCli {

    private static final Logger LOG = LoggerFactory.getLogger(AtlasCli.class);

    private AtlasCli() {
    }

    /** The command line of the real program: System.out/err, the user's data folder, logging to a file. */
    public static int run(String[] args) {
        Path logFile = CliLogging.installFileLogging(StoreLocator.fromSystem().dataDirectory().resolve("atlas.log"));
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return execute(args, AtlasStore::open, out, err, logFile);
    }

    /** Runs one command with the given store and streams; for tests and for embedding. */
    public static int execute(String[] args, StoreFactory stores, PrintWriter out, PrintWriter err, Path logFile) {
        return execute(args, stores, UserDataStore::open, out, err, logFile);
    }

    /** As above, with the user database (imported tables) opened by {@code userData}. */
    public static int execute(String[] args, StoreFactory stores, UserDataFactory userData, PrintWriter out,
            PrintWriter err, Path logFile) {
        AtlasCommand root = new AtlasCommand(stores, userData);
        CommandLine commandLine = new CommandLine(root);
        AtlasCommand.subcommands().forEach(commandLine::addSubcommand);
        // Picocli's own Path conversion would show the exception class to the user (a Windows path with ':' or '?').
        commandLine.registerConverter(Path.class, AtlasCli::path);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((ex, arguments) -> {
                    String command = ex.getCommandLine().getCommandSpec().qualifiedName();
                    ex.getCommandLine().getErr().println("atlas: " + oneLine(ex.getMessage())
                            + " (see '" + command + " --help')");
                    return CommandLine.ExitCode.USAGE;
                })
                .setExecutionExceptionHandler((ex, cmd, parseResult) -> {
                    String where = logFile == null ? "" : "; details in " + logFile;
                    if (ex instanceof AtlasStoreException storeException) {
                        LOG.error("Command failed", ex);
                        cmd.getErr().println("atlas: error: " + oneLine(storeException.userMessage()));
                    } else {
                        LOG.error("Command failed unexpectedly", ex);
                        cmd.getErr().println("atlas: error: " + oneLine(String.valueOf(ex)) + where);
                    }
                    return CommandLine.ExitCode.SOFTWARE;
                });
        try {
            return commandLine.execute(args);
        } finally {
            root.closeStore();
            out.flush();
            err.flush();
        }
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a valid path here: " + e.getReason());
        }
    }

    private static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
