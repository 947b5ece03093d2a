package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cpatlas.cli.AtlasCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random command lines for {@code atlas identify} (numbers in every spelling, options, junk), run in-process against
 * small map layers. Each ends with exit 0 and a well-formed answer for the point, or with one line on stderr (exit 2
 * with a usage hint for bad arguments, exit 1 for a maps folder that cannot be read). A point that is a plain
 * decimal within range is always identified.
 */
class IdentifyArgumentsFuzzTest {

    private static final List<String> NUMBERS = List.of("0", "-0", "+5", "109", "-109", "30.5", ".5", "-.5", "5.",
            "180", "-180", "90", "-90", "180.0000001", "-90.5", "1e2", "1E1", "-1e-3", "1e400", "1e-400", "NaN",
            "Infinity", "-Infinity", "0x10", "0x1p3", "1_000", "1,5", "１２", "٣٠", "12d", "12f", "", " ", " 109 ",
            "109\t", "+", "-", ".", "e3", "1e", "--", "1..2", "9".repeat(400), "0." + "0".repeat(400) + "1");
    private static final List<String> JUNK = List.of("--format", "json", "text", "JSON", " Text ", "xml", "--maps",
            "--help", "-h", "--version", "-V", "--db", "identify", "regions", "=", "--format=json", "--format=", "-x",
            "--", "'", "\"", "\\", "\u0000", "西藏", "%s", "${HOME}", "@file",
            // argument files are off: these are taken as they are (were: a hang, the file echoed, a stack trace)
            "@/dev/zero", "@/etc/passwd", "@/tmp", "@", "-", "a\nb", "\u001B[2J", "x".repeat(10_000));

    @TempDir
    static Path maps;

    @BeforeAll
    static void smallMaps() {
        MapsFolderFaultsTest.writeValidMaps(maps);
    }

    @Test
    void shortSeededRunGivesAnAnswerOrOneLineAndAnExitCode() {
        Fuzz.Tally tally = Fuzz.run("identify arguments", Fuzz.seed(20251125L), Fuzz.iterations(300),
                IdentifyArgumentsFuzzTest::identify);
        assertThat(tally.accepted()).isGreaterThan(30);
        assertThat(tally.rejected()).isGreaterThan(30);
    }

    @Test
    @Tag(Fuzz.LONG)
    void longRunGivesAnAnswerOrOneLineAndAnExitCode() {
        Fuzz.run("identify arguments", Fuzz.longRunSeed(), Fuzz.iterations(10_000), IdentifyArgumentsFuzzTest::identify);
    }

    private static Fuzz.Outcome identify(Random random, StringBuilder how) throws Exception {
        List<String> args = new ArrayList<>(List.of("identify"));
        String lon = number(random);
        String lat = number(random);
        args.add(lon);
        args.add(lat);
        boolean clean = true;
        boolean json = false;
        if (random.nextInt(3) == 0) {
            json = random.nextBoolean();
            args.add("--format");
            args.add(json ? "json" : "text");
        }
        boolean goodMaps = random.nextInt(10) > 0;
        args.add("--maps");
        args.add(goodMaps ? maps.toString() : maps.resolve(Fuzz.pick(random, List.of("nope", "regions.shp"))).toString());
        if (random.nextInt(4) == 0) {
            clean = false;
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                args.add(random.nextInt(args.size() + 1), random.nextBoolean() ? Fuzz.pick(random, JUNK) : junk(random));
            }
        }
        how.append(args);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtlasCli.execute(args.toArray(String[]::new), db -> {
            throw new AssertionError("identify must not open the database");
        }, new PrintWriter(out), new PrintWriter(err), null);

        assertThat(code).as(how + " " + err).isIn(0, 1, 2);
        if (code == 0) {
            assertThat(err.toString()).as(how.toString()).isEmpty();
            if (clean) {
                checkAnswer(out.toString(), lon, lat, json, how);
            }
            return Fuzz.Outcome.ACCEPTED;
        }
        assertThat(out.toString()).as(how.toString()).isEmpty();
        assertThat(err.toString().lines().count()).as(how + ": " + err).isEqualTo(1);
        assertThat(err.toString()).as(how.toString()).doesNotContain("Exception", "\tat ", "root:x:0", "\u001B")
                .hasSizeLessThan(1_200);
        if (code == 2) {
            assertThat(err.toString()).as(how.toString()).contains("(see 'atlas");
        } else {
            assertThat(err.toString()).as(how.toString()).startsWith("identify: ");
            // Junk may land after --maps and become the folder; only a clean command line has a known folder.
            assertThat(clean && goodMaps).as(how + " failed with exit 1 on readable maps: " + err).isFalse();
        }
        if (clean && goodMaps && isCoordinate(lon, 180) && isCoordinate(lat, 90)) {
            throw new AssertionError(how + ": a plain decimal point within range was refused: " + err);
        }
        return Fuzz.Outcome.REJECTED;
    }

    private static void checkAnswer(String out, String lon, String lat, boolean json, StringBuilder how)
            throws Exception {
        assertThat(isCoordinate(lon, 180) && isCoordinate(lat, 90)).as(how + " accepted: " + out).isTrue();
        double x = new BigDecimal(lon.trim()).doubleValue();
        double y = new BigDecimal(lat.trim()).doubleValue();
        if (json) {
            JsonNode node = new ObjectMapper().readTree(out);
            assertThat(node.get("lon").asDouble()).as(how.toString()).isEqualTo(x);
            assertThat(node.get("lat").asDouble()).as(how.toString()).isEqualTo(y);
            assertThat(node.has("region") && node.has("province") && node.has("county")).isTrue();
        } else {
            assertThat(out).as(how.toString()).startsWith("point:    " + x + ", " + y).contains("region:", "county:");
        }
    }

    /** The specification, independently of the code: an ASCII decimal (sign, point, exponent) within +-limit. */
    private static boolean isCoordinate(String text, int limit) {
        String t = text.trim();
        if (t.isEmpty() || !t.chars().allMatch(c -> c < 128) || !t.matches("[-+0-9.eE]+")) {
            return false;
        }
        try {
            BigDecimal value = new BigDecimal(t);
            return value.abs().compareTo(BigDecimal.valueOf(limit)) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String number(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> Fuzz.pick(random, NUMBERS);
            case 1 -> Double.toString((random.nextDouble() - 0.5) * 800);
            case 2 -> String.format(java.util.Locale.ROOT, "%.6f", (random.nextDouble() - 0.5) * 200);
            default -> Integer.toString(random.nextInt(500) - 250);
        };
    }

    private static String junk(Random random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.appendCodePoint(random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x3000));
        }
        return s.toString();
    }
}
