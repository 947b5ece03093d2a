package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import org.cpatlas.cli.StoreFactory;
import org.cpatlas.store.TestStores;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Arguments as a hostile or unlucky user types them: picocli's argument files are off, so an argument starting with
 * {@code @} is taken as it is ({@code @/dev/zero} used to hang, {@code @/etc/passwd} to echo the file, {@code @/tmp}
 * to print a stack trace); and user text repeated in a message is made safe: newlines and escape codes shown
 * escaped, a 10,000-character name shortened with an ellipsis. Every answer is one line, exit code 2.
 */
class ArgumentFaultsTest {

    @TempDir
    static Path tmp;

    private static StoreFactory stores;

    @BeforeAll
    static void buildTheDatabaseOnce() {
        Path db = tmp.resolve("atlas.db");
        TestStores.opener().open(db).close();
        stores = explicit -> TestStores.opener().open(db);
    }

    private static CliCapture run(String... args) {
        return assertTimeoutPreemptively(Patience.WARM_UP, () -> CliCapture.run(stores, tmp.resolve("atlas.log"), args),
                () -> "atlas " + String.join(" ", args) + " hung");
    }

    private static void assertOneUsageLine(CliCapture run) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).hasLineCount(1).doesNotContain("Exception", "\tat ", "root:x:0", "picocli");
    }

    /** A folder, a device that never ends, a file of secrets, a missing file, a bare @: names like any other. */
    @ParameterizedTest(name = "atlas region {0}")
    @ValueSource(strings = {"@/dev/zero", "@/etc/passwd", "@/tmp", "@", "@@x", "@no-such-file", "@/dev/stdin"})
    void anArgumentStartingWithAtIsARegionNameNotAFileToRead(String name) {
        CliCapture run = run("region", name);

        assertOneUsageLine(run);
        assertThat(run.errorLine()).startsWith("atlas: unknown region '" + name + "'; closest matches: ")
                .endsWith(" (see 'atlas regions')");
    }

    @Test
    void anAtArgumentWhereNoneIsExpectedIsUnmatchedAsItIs() {
        CliCapture run = run("regions", "@/etc/passwd");
        assertOneUsageLine(run);
        assertThat(run.errorLine()).isEqualTo("atlas: Unmatched argument at index 1: '@/etc/passwd'"
                + " (see 'atlas regions --help')");
    }

    @Test
    void anAtArgumentAsACoordinateIsNotANumber() {
        CliCapture run = run("identify", "@/dev/zero", "30");
        assertOneUsageLine(run);
        assertThat(run.errorLine()).isEqualTo("identify: LON must be a number in degrees, got '@/dev/zero'"
                + " (see 'atlas identify --help')");
    }

    @Test
    void anAtArgumentAsTheExportRegionIsAnUnknownRegion() {
        CliCapture run = run("export", "--region", "@/etc/passwd", "--out", tmp.resolve("x.pdf").toString());
        assertOneUsageLine(run);
        assertThat(run.errorLine()).startsWith("atlas: unknown region '@/etc/passwd'; closest matches: ");
        assertThat(tmp.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void newlinesAndEscapeCodesInANameAreShownEscaped() {
        CliCapture run = run("region", "Lupan\natlas: all is well\u001B[2J\u001B[31m");
        assertOneUsageLine(run);
        assertThat(run.errorLine()).startsWith("atlas: unknown region 'Lupan\\natlas: all is well\\x1B[2J\\x1B[31m';"
                + " closest matches: ").doesNotContain("\u001B");
    }

    @Test
    void aTenThousandCharacterNameIsShortenedWithAnEllipsis() {
        String name = "W".repeat(10_000);
        for (String[] args : new String[][] {{"region", name}, {"regions", name}, {"identify", name, "30"},
            {"export", "--region", name, "--out", tmp.resolve("x.pdf").toString()}, {"region", "x", "--format", name}}) {
            CliCapture run = run(args);
            assertOneUsageLine(run);
            assertThat(run.errorLine()).as(args[0]).contains("WWW…WWW").hasSizeLessThan(600);
        }
    }

    @Test
    void escapeCodesInAnUnknownOptionAreShownEscaped() {
        CliCapture run = run("regions", "--\u001B]0;pwned\u0007");
        assertOneUsageLine(run);
        assertThat(run.errorLine()).isEqualTo("atlas: Unknown option: '--\\x1B]0;pwned\\x07'"
                + " (see 'atlas regions --help')");
    }
}
