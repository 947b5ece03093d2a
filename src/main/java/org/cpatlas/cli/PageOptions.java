package org.cpatlas.cli;

import org.cpatlas.print.Orientation;
import org.cpatlas.print.PageSetup;
import org.cpatlas.print.Paper;
import picocli.CommandLine.Option;

/** Paper and orientation of the export commands. */
public final class PageOptions {

    @Option(names = "--paper", paramLabel = "A4|A3|LETTER", defaultValue = "A4",
            description = "Paper size (default: ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--landscape", description = "Landscape instead of portrait.")
    boolean landscape;

    /**
     * The page setup asked for.
     *
     * @throws IllegalArgumentException naming the known papers when the paper is unknown
     */
    public PageSetup setup() {
        return PageSetup.of(Paper.parse(paper), landscape ? Orientation.LANDSCAPE : Orientation.PORTRAIT);
    }
}
