package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.store.AtlasRepository;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random region names, as typed into {@code atlas region NAME}, {@code export --region} and the search field: real
 * names with changed case and spacing must still find their region, anything else finds one region or none, and
 * "closest matches" always offers three. No exception, no input over a second.
 */
class RegionNameFuzzTest {

    private static AtlasStore store;
    private static AtlasRepository repository;
    private static List<RegionSummary> regions;

    @TempDir
    static Path tmp;

    /** A database file for the command line, which opens (and closes) its own store at each command. */
    private static Path database;

    @BeforeAll
    static void openStore() {
        database = tmp.resolve("atlas.db");
        TestStores.opener().open(database).close();
        store = TestStores.inMemory();
        repository = store.repository();
        regions = repository.regions();
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void shortSeededRunFindsOrSuggests() {
        Fuzz.Tally tally = Fuzz.run("region names", Fuzz.seed(20251125L), Fuzz.iterations(300),
                RegionNameFuzzTest::lookUp);
        assertThat(tally.accepted()).isGreaterThan(100);
        assertThat(tally.rejected()).isGreaterThan(100);
    }

    @Test
    @Tag(Fuzz.LONG)
    void longRunFindsOrSuggests() {
        Fuzz.run("region names", Fuzz.longRunSeed(), Fuzz.iterations(10_000), RegionNameFuzzTest::lookUp);
    }

    private static Fuzz.Outcome lookUp(Random random, StringBuilder how) {
        RegionSummary target = Fuzz.pick(random, regions);
        String name = Fuzz.pick(random, List.of(target.code(), target.nameZh(), target.nameEn()));
        boolean sameRegion = true;
        switch (random.nextInt(6)) {
            case 0 -> name = name.toUpperCase(Locale.ROOT);
            case 1 -> name = "  " + name.replace(" ", "   ") + "\t";
            case 2 -> {
                sameRegion = false;
                int at = random.nextInt(name.length());
                name = name.substring(0, at) + name.substring(at + 1);
            }
            case 3 -> {
                sameRegion = false;
                int at = random.nextInt(name.length() + 1);
                name = name.substring(0, at) + (char) random.nextInt(0x3100) + name.substring(at);
            }
            case 4 -> {
                sameRegion = false;
                name = Fuzz.pick(random, List.of("", " ", "%", "_", "'", "\"", "\\", "%%", "' OR 1=1 --", "\u0000",
                        "区", "山区", "Mountains", "x".repeat(5_000), "六盘山区六盘山区", "\uD83D\uDE00", "\uD800",
                        "@/dev/zero", "@/etc/passwd", "@", "-", "a\nb", "\u001B[2J", "x".repeat(10_000)));
            }
            default -> {
                // unchanged
            }
        }
        how.append('\'').append(name.length() > 40 ? name.substring(0, 40) + "…" : name).append('\'');

        Optional<RegionSummary> found = repository.findRegion(name);
        List<RegionSummary> closest = repository.closestRegions(name, 3);

        assertThat(closest).as(how.toString()).hasSize(3).doesNotHaveDuplicates();
        if (sameRegion) {
            assertThat(found).as(how.toString()).map(RegionSummary::code).contains(target.code());
        }
        if (random.nextInt(10) == 0) {
            checkCommandLine(name, found.isPresent(), how);
        }
        return found.isPresent() ? Fuzz.Outcome.ACCEPTED : Fuzz.Outcome.REJECTED;
    }

    /**
     * The same name typed as {@code atlas region NAME}: the region, or one line that repeats the name made safe
     * (escaped, at most a screen line's worth) with three suggestions, exit 2.
     */
    private static void checkCommandLine(String name, boolean found, StringBuilder how) {
        CliCapture run = CliCapture.run(explicit -> TestStores.opener().open(database), null, "region", name);
        if (found) {
            assertThat(run.exitCode()).as(how + ": " + run.err()).isZero();
            return;
        }
        assertThat(run.exitCode()).as(how + ": " + run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).as(how.toString()).hasLineCount(1).startsWith("atlas: unknown region '")
                .contains("; closest matches: ").hasSizeLessThan(600)
                .doesNotContain("\u001B", "\u0000", "root:x:0");
    }
}
