package org.cpatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The import commands' shared steps stop at the first reason, with its words and exit code, in a fixed order. */
class ImportStepsTest {

    @Command(name = "probe")
    static final class Probe {
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private ImportSteps steps;

    @BeforeEach
    void steps() {
        CommandLine line = new CommandLine(new Probe());
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        steps = new ImportSteps(line.getCommandSpec(), Path.of("data", "counties.csv"));
    }

    @Test
    void aFileImportedBeforeIsNamedWithItsDayAndHowToImportItAgain() {
        int code = steps.importedBefore("dataset 3", Instant.parse("2026-11-30T08:15:00Z"), "datasets remove 3");

        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo("counties.csv was imported before, as dataset 3 on 2026-11-30; nothing"
                + " was stored. To import it again, remove it first: atlas datasets remove 3" + System.lineSeparator());
    }

    @Test
    void aBlockedPreviewIsPrintedThenRefusedBeforeTheDryRunOrTheDatabaseIsLookedAt() {
        AtomicInteger asked = new AtomicInteger();

        OptionalInt stop = steps.stopsAfter(List.of("Preview", "  2 rows"), false, List.of("no key", "no values"),
                "nothing was stored; the list in force is unchanged", true, () -> asked.incrementAndGet() > 0);

        assertThat(stop).hasValue(1);
        assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(), "Preview", "  2 rows", "", ""));
        assertThat(err.toString()).isEqualTo("atlas: counties.csv cannot be imported as it is: no key; no values"
                + " (nothing was stored; the list in force is unchanged)" + System.lineSeparator());
        assertThat(asked).hasValue(0);
    }

    @Test
    void aDryRunStopsWithZeroWithoutAskingWhetherTheDatabaseCanBeWritten() {
        AtomicInteger asked = new AtomicInteger();

        OptionalInt stop = steps.stopsAfter(List.of("Preview"), true, List.of(), "nothing was stored", true,
                () -> asked.incrementAndGet() > 0);

        assertThat(stop).hasValue(0);
        assertThat(out.toString()).endsWith("Dry run: nothing was stored." + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
        assertThat(asked).hasValue(0);
    }

    @Test
    void aDatabaseThatCannotBeWrittenStopsTheImportWithOne() {
        OptionalInt stop = steps.stopsAfter(List.of("Preview"), true, List.of(), "nothing was stored", false,
                () -> false);

        assertThat(stop).hasValue(1);
        assertThat(err.toString()).isEqualTo("atlas: cannot import counties.csv: your datasets database cannot be"
                + " written now (see the warning above); nothing was stored" + System.lineSeparator());
    }

    @Test
    void aWritableDatabaseLetsTheImportGoOnAndAFailureIsOneLine() {
        assertThat(steps.stopsAfter(List.of("Preview"), true, List.of(), "nothing was stored", false, () -> true))
                .isEmpty();

        assertThat(steps.failed("the file is locked\n  by another program")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("atlas: the file is locked by another program" + System.lineSeparator());
    }
}
