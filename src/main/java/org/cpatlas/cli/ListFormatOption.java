package org.cpatlas.cli;

import picocli.CommandLine.Option;

/** The {@code --format table|json} option of the commands that list what the user imported (datasets, lists). */
final class ListFormatOption {

    /** A text table for reading, or JSON for scripts. */
    enum Format { table, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;

    boolean json() {
        return format == Format.json;
    }
}
