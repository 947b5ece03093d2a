package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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

    static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    static void failWith(String message) {
        fail(message);
    }
}
