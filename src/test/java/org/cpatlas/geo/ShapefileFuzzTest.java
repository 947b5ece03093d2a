package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.cpatlas.testing.Patience;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Mutates a valid layer at random (seeded, so a failure replays) and requires that reading either succeeds or fails
 * with a {@link ShapefileException}, within a second: never an index or buffer exception, never a hang.
 */
class ShapefileFuzzTest {

    private static final int[] INTERESTING = {0, 1, -1, 2, 4, 5, 8, 100, 9994, 0x7FFF, 0xFFFF, Integer.MAX_VALUE,
        Integer.MIN_VALUE, Integer.MAX_VALUE / 2, 50_000_000};

    private static ShapefileParts seed() {
        List<Feature> features = new ArrayList<>(GeoFixtures.chineseFeatures());
        features.addAll(GeoFixtures.regions().features().stream()
                .map(f -> GeoFixtures.feature(f.geometry(), "code", f.text("code"), "name_zh", f.text("name_zh"),
                        "n_counties", 3L, "rate", 1.25))
                .toList());
        return new ShapefileWriter().encode("fuzz", GeoFixtures.CHINESE_FIELDS, features);
    }

    @Test
    void fiveHundredMutatedLayersFailOnlyWithShapefileException() {
        assertThat(fuzz(20240601L, 500)).isGreaterThan(100);
    }

    @Test
    @Tag("fuzz-long")
    void manyMutatedLayersFailOnlyWithShapefileException() {
        fuzz(Long.getLong("fuzz.seed", System.nanoTime()), Integer.getInteger("fuzz.iterations", 20_000));
    }

    /** Returns how many mutants were rejected, to show the mutations reach the checks. */
    private static int fuzz(long seed, int iterations) {
        ShapefileParts valid = seed();
        ShapefileReader reader = new ShapefileReader();
        ShapefileReader repairing = new ShapefileReader(ShapefileReader.Options.defaults().repair());
        Random random = new Random(seed);
        int rejected = 0;
        for (int i = 0; i < iterations; i++) {
            String ext = switch (random.nextInt(10)) {
                case 0, 1, 2, 3, 4 -> "shp";
                case 5, 6 -> "shx";
                default -> "dbf";
            };
            byte[] original = switch (ext) {
                case "shp" -> valid.shp().bytes();
                case "shx" -> valid.shx().bytes();
                default -> valid.dbf().bytes();
            };
            StringBuilder how = new StringBuilder();
            byte[] mutated = mutate(original, random, how);
            ShapefileParts parts = valid.with(ext, mutated);
            ShapefileReader r = random.nextBoolean() ? reader : repairing;
            String label = "seed " + seed + ", iteration " + i + ", " + ext + ": " + how;
            try {
                // A hang check, not a speed test: the first read also loads the reader's classes.
                Duration limit = i == 0 ? Patience.WARM_UP : Patience.HANG;
                assertTimeoutPreemptively(limit, () -> r.read(parts), label + " (hung)");
            } catch (ShapefileException e) {
                rejected++;
                assertThat(e.getMessage()).as(label).contains(parts.layerName() + ".");
            } catch (org.opentest4j.AssertionFailedError e) {
                throw e;
            } catch (Throwable t) {
                fail(label + " threw " + t, t);
            }
        }
        return rejected;
    }

    private static byte[] mutate(byte[] bytes, Random random, StringBuilder how) {
        int kind = random.nextInt(5);
        // Half of the edits land in the first 140 bytes: headers and the first record header, where counts live.
        int limit = random.nextBoolean() ? Math.min(140, bytes.length) : bytes.length;
        switch (kind) {
            case 0 -> {
                int n = 1 + random.nextInt(8);
                for (int k = 0; k < n; k++) {
                    int at = random.nextInt(limit);
                    bytes[at] = (byte) random.nextInt(256);
                    how.append("byte@").append(at).append(' ');
                }
                return bytes;
            }
            case 1 -> {
                int at = random.nextInt(Math.max(1, limit - 4)) & ~3;
                int value = INTERESTING[random.nextInt(INTERESTING.length)];
                boolean big = random.nextBoolean();
                how.append("int ").append(value).append(big ? " BE@" : " LE@").append(at);
                return big ? ShpBytes.putIntBE(bytes, at, value) : ShpBytes.putIntLE(bytes, at, value);
            }
            case 2 -> {
                int length = random.nextInt(bytes.length + 1);
                how.append("truncate to ").append(length);
                return Arrays.copyOf(bytes, length);
            }
            case 3 -> {
                int at = random.nextInt(bytes.length);
                int n = 1 + random.nextInt(16);
                byte[] grown = new byte[bytes.length + n];
                System.arraycopy(bytes, 0, grown, 0, at);
                for (int k = 0; k < n; k++) {
                    grown[at + k] = (byte) random.nextInt(256);
                }
                System.arraycopy(bytes, at, grown, at + n, bytes.length - at);
                how.append("insert ").append(n).append('@').append(at);
                return grown;
            }
            default -> {
                int at = random.nextInt(bytes.length);
                int n = Math.min(bytes.length - at, 1 + random.nextInt(64));
                for (int k = 0; k < n; k++) {
                    bytes[at + k] = (byte) random.nextInt(256);
                }
                how.append("scramble ").append(n).append('@').append(at);
                return bytes;
            }
        }
    }
}
