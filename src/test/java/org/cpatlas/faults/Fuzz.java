package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cpatlas.testing.Patience;
import java.util.Random;
import org.opentest4j.AssertionFailedError;

/**
 * A seeded random fuzzing loop: each input is generated from the seed and its index, so any failure names the seed
 * and iteration that replay it ({@code -Dfuzz.seed=S}). Every input must finish, and may only fail by throwing one
 * of the documented exception types, which the target reports back. "Finish" is a hang check, not a speed test
 * (speed belongs to {@code bench/}): the first input, which also loads the target's classes, gets
 * {@link Patience#WARM_UP}, every later one {@link Patience#HANG}.
 *
 * <p>Short seeded runs are part of {@code mvn verify}; {@code mvn verify -Pfuzz} runs the tests tagged
 * {@value #LONG} with {@code fuzz.iterations} inputs (10,000) and a fresh seed unless {@code fuzz.seed} is given.
 */
final class Fuzz {

    static final String LONG = "fuzz-long";

    /** One fuzz target: runs an input made from {@code random}, describing it in {@code how} for failure reports. */
    @FunctionalInterface
    interface Target {
        Outcome run(Random random, StringBuilder how) throws Throwable;
    }

    /** What an input did: accepted, or rejected with one of the documented exception types. */
    enum Outcome { ACCEPTED, REJECTED }

    /** Counts of each outcome, so a test can check the inputs reach both paths. */
    record Tally(int accepted, int rejected) {
    }

    private Fuzz() {
    }

    static long seed(long fixed) {
        return Long.getLong("fuzz.seed", fixed);
    }

    static long longRunSeed() {
        return Long.getLong("fuzz.seed", System.nanoTime());
    }

    static int iterations(int defaultCount) {
        return Integer.getInteger("fuzz.iterations", defaultCount);
    }

    /**
     * Runs the target on {@code iterations} inputs. Any exception that escapes the target fails the test with the seed
     * and iteration; so does an input that hangs (runs longer than the hang check's generous limit).
     */
    static Tally run(String name, long seed, int iterations, Target target) {
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < iterations; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            StringBuilder how = new StringBuilder();
            String label = name + ", seed " + seed + ", iteration " + i;
            Outcome outcome;
            Duration limit = i == 0 ? Patience.WARM_UP : Patience.HANG;
            try {
                outcome = assertTimeoutPreemptively(limit, () -> target.run(random, how),
                        () -> label + " hung (still running after " + limit.toSeconds() + " s): " + how);
            } catch (AssertionError e) {
                // A timeout already names the input; a failed check inside the target gets the seed and iteration.
                if (String.valueOf(e.getMessage()).startsWith(label)) {
                    throw e;
                }
                throw new AssertionFailedError(label + " (" + how + "): " + e.getMessage(), e);
            } catch (Throwable t) {
                throw new AssertionFailedError(label + " (" + how + ") threw " + t, t);
            }
            if (outcome == Outcome.ACCEPTED) {
                accepted++;
            } else {
                rejected++;
            }
        }
        return new Tally(accepted, rejected);
    }

    /** The special files a maps folder may hold in place of a part: none of them may be read. */
    enum SpecialFile { NAMED_PIPE, DEV_ZERO, DEV_URANDOM, DEV_NULL, DIRECTORY }

    /**
     * Replaces the file at {@code part} with a special file chosen at random: a named pipe (where {@code mkfifo}
     * exists), a link to /dev/zero, /dev/urandom or /dev/null, or a directory. Returns what it made.
     */
    static SpecialFile replaceWithSpecialFile(Random random, Path part) throws IOException, InterruptedException {
        SpecialFile kind = pick(random, List.of(SpecialFile.values()));
        Files.deleteIfExists(part);
        switch (kind) {
            case NAMED_PIPE -> {
                Process mkfifo = new ProcessBuilder("mkfifo", part.toString()).redirectErrorStream(true).start();
                if (mkfifo.waitFor() != 0) {
                    Files.createSymbolicLink(part, Path.of("/dev/zero"));
                    return SpecialFile.DEV_ZERO;
                }
            }
            case DEV_ZERO -> Files.createSymbolicLink(part, Path.of("/dev/zero"));
            case DEV_URANDOM -> Files.createSymbolicLink(part, Path.of("/dev/urandom"));
            case DEV_NULL -> Files.createSymbolicLink(part, Path.of("/dev/null"));
            default -> Files.createDirectory(part);
        }
        return kind;
    }

    /** Makes the file at {@code path} {@code size} bytes long without writing them (a sparse file). */
    static void extendSparse(Path path, long size) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(size);
        }
    }

    static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    static void failWith(String message) {
        fail(message);
    }
}
