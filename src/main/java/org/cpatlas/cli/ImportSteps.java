package org.cpatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the import commands ({@code import}, {@code membership import}) say between reading the file and storing it:
 * imported before, the preview, refused, dry run, database read-only. One place, so that a table and a list are
 * refused in the same words and with the same exit codes.
 */
final class ImportSteps {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Path file;

    ImportSteps(CommandSpec spec, Path file) {
        this.out = spec.commandLine().getOut();
        this.err = spec.commandLine().getErr();
        this.file = file;
    }

    /**
     * Says the file was imported before (as {@code what}, on the day of {@code when}) and how to import it again
     * ({@code atlas REMOVE}); exit code 0, nothing stored.
     */
    int importedBefore(String what, Instant when, String remove) {
        out.println(file.getFileName() + " was imported before, as " + what + " on " + when.toString().substring(0, 10)
                + "; nothing was stored. To import it again, remove it first: atlas " + remove);
        out.flush();
        return 0;
    }

    /**
     * Prints the preview, then gives the exit code when the import stops there: 1 when {@code blocking} stops it
     * ("... cannot be imported as it is: ... ({@code nothingStored})"), 0 for a dry run, 1 when the database cannot be
     * written (asked only when the import would go on); empty when it is to be stored.
     */
    OptionalInt stopsAfter(List<String> preview, boolean canImport, List<String> blocking, String nothingStored,
            boolean dryRun, BooleanSupplier writable) {
        preview.forEach(out::println);
        out.println();
        out.flush();
        if (!canImport) {
            return OptionalInt.of(refused(file.getFileName() + " cannot be imported as it is: "
                    + String.join("; ", blocking) + " (" + nothingStored + ")"));
        }
        if (dryRun) {
            out.println("Dry run: nothing was stored.");
            out.flush();
            return OptionalInt.of(0);
        }
        if (!writable.getAsBoolean()) {
            return OptionalInt.of(refused("cannot import " + file.getFileName() + ": your datasets database cannot be"
                    + " written now (see the warning above); nothing was stored"));
        }
        return OptionalInt.empty();
    }

    /** Prints "atlas: " and the message (an exception's, made one line) to standard error; exit code 1. */
    int failed(String message) {
        return ErrorExit.failed(err, message);
    }

    private int refused(String message) {
        return ErrorExit.with(err, 1, message);
    }
}
