package org.cpatlas.cli;

import org.cpatlas.files.FilesInUse;
import org.cpatlas.files.WriteRefusedException;
import org.cpatlas.files.WriteRules;
import org.cpatlas.geo.MapSource;
import org.cpatlas.print.ExportException;
import picocli.CommandLine.Option;

/** {@code --force}, and the rules of what a command's output file may replace ({@link WriteRules}). */
public final class WriteOptions {

    @Option(names = "--force", description = "Replace an existing file that holds another kind of content (e.g. a PDF"
            + " where a PNG is written). Never replaces the database, the map layers or the program in use, nor a"
            + " folder, a pipe or a device.")
    boolean force;

    /** The files the command is using (its database, its map layers, the program) are kept whatever the options. */
    WriteRules rules(AtlasCommand root, MapSource maps) {
        FilesInUse inUse = FilesInUse.runningProgram();
        inUse = root.databaseInUse().map(inUse::withDatabase).orElse(inUse);
        inUse = maps.folder().map(inUse::withMapLayers).orElse(inUse);
        WriteRules rules = new WriteRules(inUse, false);
        return force ? rules.confirmed() : rules;
    }

    /** The export's message, with what the user can do about it on the command line. */
    static String message(ExportException e) {
        String message = ExportCommand.oneLine(e.getMessage());
        if (e.getCause() instanceof WriteRefusedException refused) {
            switch (refused.reason()) {
                case OTHER_KIND -> message += " To replace it all the same, add --force.";
                case NOT_A_FILE -> message += " To write to standard output, use --out - (and redirect it).";
                default -> {
                    // the message says what to do
                }
            }
        }
        return message;
    }
}
