package org.cpatlas.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.cpatlas.files.EchoedText;
import org.cpatlas.files.FileErrors;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.AtlasStoreException;
import org.cpatlas.store.SqliteNativeLibrary;
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
        return run(args, null);
    }

    /**
     * As {@link #run(String[])}, with SQLite's native library kept in {@code cacheDirectory} (null: none). Logging is
     * set up first, before anything can log, and whatever a library prints on standard output goes to standard
     * error instead, so standard output carries the command's output alone: JSON stays JSON, a PNG stays a PNG.
     */
    public static int run(String[] args, Path cacheDirectory) {
        Path logFile = CliLogging.installFileLogging(StoreLocator.fromSystem().dataDirectory().resolve("atlas.log"));
        PrintStream standardOutput = System.out;
        System.setOut(System.err);
        try {
            if (cacheDirectory != null) {
                SqliteNativeLibrary.useCopyIn(cacheDirectory);
            }
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(standardOutput, StandardCharsets.UTF_8),
                    true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            return execute(args, AtlasStore::open, out, err, new StandardOutput(standardOutput), logFile);
        } finally {
            System.setOut(standardOutput);
        }
    }

    /** Runs one command with the given store and streams; for tests and for embedding. */
    public static int execute(String[] args, StoreFactory stores, PrintWriter out, PrintWriter err, Path logFile) {
        return execute(args, stores, UserDataStore::open, out, err, new StandardOutput.OfWriter(out), logFile);
    }

    /**
     * As {@link #execute(String[], StoreFactory, PrintWriter, PrintWriter, Path)}, with the bytes a command writes
     * to standard output ({@code --out -}) going to {@code binaryOut}. Every line on {@code err} is made safe to show
     * ({@link MessageWriter}).
     */
    public static int execute(String[] args, StoreFactory stores, PrintWriter out, PrintWriter rawErr,
            OutputStream binaryOut, Path logFile) {
        return execute(args, stores, UserDataStore::open, out, rawErr, binaryOut, logFile);
    }

    /** As above, with the user database (imported tables) opened by {@code userData}. */
    public static int execute(String[] args, StoreFactory stores, UserDataFactory userData, PrintWriter out,
            PrintWriter err, Path logFile) {
        return execute(args, stores, userData, out, err, new StandardOutput.OfWriter(out), logFile);
    }

    /** As above, with both the user database and the bytes of standard output given. */
    public static int execute(String[] args, StoreFactory stores, UserDataFactory userData, PrintWriter out,
            PrintWriter rawErr, OutputStream binaryOut, Path logFile) {
        PrintWriter err = new MessageWriter(rawErr);
        AtlasCommand root = new AtlasCommand(stores, userData, binaryOut);
        CommandLine commandLine = new CommandLine(root);
        AtlasCommand.subcommands().forEach(commandLine::addSubcommand);
        // Picocli's own Path conversion would show the exception class to the user (a Windows path with ':' or '?').
        commandLine.registerConverter(Path.class, AtlasCli::path);
        // "@FILE" would read arguments from a file: @/dev/zero never ends, @/etc/passwd echoes the file's lines in
        // the error. An argument starting with @ is taken as it is (a region name, say).
        commandLine.setExpandAtFiles(false);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((ex, arguments) -> {
                    String command = ex.getCommandLine().getCommandSpec().qualifiedName();
                    ex.getCommandLine().getErr().println("atlas: " + EchoedText.line(String.valueOf(ex.getMessage()).strip())
                            + " (see '" + command + " --help')");
                    return CommandLine.ExitCode.USAGE;
                })
                .setExecutionExceptionHandler((ex, cmd, parseResult) -> {
                    String where = logFile == null ? "" : "; details in " + logFile;
                    if (ex instanceof AtlasStoreException storeException) {
                        LOG.error("Command failed", ex);
                        cmd.getErr().println("atlas: error: " + oneLine(storeException.userMessage()));
                    } else if (ex instanceof java.io.UncheckedIOException io) {
                        LOG.error("Command failed reading or writing a file", ex);
                        cmd.getErr().println("atlas: error: a file could not be read or written: "
                                + FileErrors.describe(io.getCause()) + where);
                    } else {
                        LOG.error("Command failed unexpectedly", ex);
                        cmd.getErr().println("atlas: error: the command stopped on an unexpected problem" + where
                                + (logFile == null ? "" : "; please report it with that file"));
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
            throw new CommandLine.TypeConversionException("'" + EchoedText.of(text) + "' is not a valid path here: "
                    + EchoedText.of(e.getReason()));
        }
    }

    private static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
