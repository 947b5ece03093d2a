package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.cpatlas.testing.Patience;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.cpatlas.geo.ShapefileException.Reason;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Mutates a valid layer at random (seeded, so a failure replays) and requires that reading either succeeds or fails
 * with a {@link ShapefileException}: never an index or buffer exception, never an OutOfMemoryError, never a hang (a
 * hang check, not a speed limit). Besides byte-level damage, a quarter of the inputs get damage of the structure:
 * record counts that disagree (.dbf header, whole .shx entries), declared lengths and counts far beyond the file,
 * and polygons of many parts (up to 300,000), some beyond what {@link LayerBudget} admits.
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
        Map<Reason, Integer> rejected = fuzz(20240601L, 500);

        assertThat(rejected.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(100);
        assertThat(rejected).as("the structural damage reaches the new checks")
                .containsKeys(Reason.RECORD_COUNT_MISMATCH, Reason.TOO_LARGE);
    }

    @Test
    @Tag("fuzz-long")
    void manyMutatedLayersFailOnlyWithShapefileException() {
        fuzz(Long.getLong("fuzz.seed", System.nanoTime()), Integer.getInteger("fuzz.iterations", 20_000));
    }

    /** Returns how many mutants were rejected for each reason, to show the mutations reach the checks. */
    private static Map<Reason, Integer> fuzz(long seed, int iterations) {
        ShapefileParts valid = seed();
        ShapefileReader reader = new ShapefileReader();
        ShapefileReader repairing = new ShapefileReader(ShapefileReader.Options.defaults().repair());
        Random random = new Random(seed);
        Map<Reason, Integer> rejected = new EnumMap<>(Reason.class);
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
            ShapefileParts parts;
            if (random.nextInt(4) == 0) {
                ext = "structure";
                parts = damageStructure(valid, random, how);
            } else {
                parts = valid.with(ext, mutate(original, random, how));
            }
            ShapefileReader r = random.nextBoolean() ? reader : repairing;
            String label = "seed " + seed + ", iteration " + i + ", " + ext + ": " + how;
            try {
                // A hang check, not a speed test: the first read also loads the reader's classes.
                Duration limit = i == 0 ? Patience.WARM_UP : Patience.HANG;
                assertTimeoutPreemptively(limit, () -> r.read(parts), label + " (hung)");
            } catch (ShapefileException e) {
                rejected.merge(e.reason(), 1, Integer::sum);
                assertThat(e.getMessage()).as(label).contains(parts.layerName() + ".")
                        .as("words, no Java class names").doesNotContain("Exception", "java.");
            } catch (org.opentest4j.AssertionFailedError e) {
                throw e;
            } catch (Throwable t) {
                fail(label + " threw " + t, t);
            }
        }
        return rejected;
    }

    private static final int[] COUNTS = {0, 1, -1, 2, 1_000, 1_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE,
        Integer.MAX_VALUE / 16};

    /** Damage that byte flips rarely reach: counts that disagree or exceed the file, many parts. */
    private static ShapefileParts damageStructure(ShapefileParts valid, Random random, StringBuilder how) {
        int records = (valid.shx().size() - 100) / 8;
        switch (random.nextInt(5)) {
            case 0 -> {
                int count = random.nextBoolean() ? records + random.nextInt(3) - 1 : COUNTS[random.nextInt(COUNTS.length)];
                how.append("dbf declares ").append(count).append(" records");
                return valid.with("dbf", ShpBytes.putIntLE(valid.dbf().bytes(), 4, count));
            }
            case 1 -> {
                int k = 1 + random.nextInt(3);
                byte[] shx = valid.shx().bytes();
                boolean drop = random.nextBoolean();
                byte[] changed = drop ? Arrays.copyOf(shx, Math.max(100, shx.length - 8 * k)) : grow(shx, k);
                if (random.nextBoolean()) {
                    changed = ShpBytes.putIntBE(changed, 24, changed.length / 2);
                }
                how.append(drop ? "shx drops " : "shx repeats ").append(k).append(" entries");
                return valid.with("shx", changed);
            }
            case 2 -> {
                String ext = random.nextBoolean() ? "shp" : "shx";
                byte[] bytes = ext.equals("shp") ? valid.shp().bytes() : valid.shx().bytes();
                int words = pick(random, bytes.length / 2 + 1, bytes.length, Integer.MAX_VALUE, -1, 50);
                how.append(ext).append(" declares ").append(words).append(" words");
                return valid.with(ext, ShpBytes.putIntBE(bytes, 24, words));
            }
            case 3 -> {
                int record = random.nextInt(records);
                int parts = pick(random, 1_000, 20_000, 300_000);
                int points = pick(random, 0, 3, 4, 5);
                how.append("record ").append(record + 1).append(": ").append(parts).append(" parts of ")
                        .append(points).append(" points");
                return DamagedLayers.replaceContent(valid, record, DamagedLayers.manySquares(parts, points));
            }
            default -> {
                // Counts in the first record's header, with its length left as it is.
                byte[] shp = valid.shp().bytes();
                int at = 100 + 8 + (random.nextBoolean() ? 36 : 40);
                int value = COUNTS[random.nextInt(COUNTS.length)];
                how.append("record 1 count@").append(at).append(" = ").append(value);
                return valid.with("shp", ShpBytes.putIntLE(shp, at, value));
            }
        }
    }

    private static byte[] grow(byte[] shx, int entries) {
        byte[] grown = Arrays.copyOf(shx, shx.length + 8 * entries);
        for (int k = 0; k < entries; k++) {
            System.arraycopy(shx, shx.length - 8, grown, shx.length + 8 * k, 8);
        }
        return grown;
    }

    private static int pick(Random random, int... values) {
        return values[random.nextInt(values.length)];
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
