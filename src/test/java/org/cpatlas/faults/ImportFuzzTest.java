package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpatlas.imports.XlsxFixture.n;
import static org.cpatlas.imports.XlsxFixture.row;
import static org.cpatlas.imports.XlsxFixture.s;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cpatlas.imports.Gazetteer;
import org.cpatlas.imports.ImportException;
import org.cpatlas.imports.ImportFixtures;
import org.cpatlas.imports.ImportPlan;
import org.cpatlas.imports.ImportSettings;
import org.cpatlas.imports.RawTable;
import org.cpatlas.imports.ReadOptions;
import org.cpatlas.imports.TablePlanner;
import org.cpatlas.imports.TablePreview;
import org.cpatlas.imports.TableReader;
import org.cpatlas.imports.XlsxFixture;
import org.cpatlas.store.TestUserData;
import org.cpatlas.store.UserDataStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates users' tables (CSV bytes and cells in UTF-8 and GBK, XLSX packages) and runs the whole import path on
 * them: read, preview, plan, store. Every input must end in a stored dataset or a preview that says why it cannot be
 * stored, or an {@link ImportException} whose message names the file; nothing else may escape, and a failed store
 * leaves the user database as it was.
 */
class ImportFuzzTest {

    private static final List<String> CELLS = List.of("", " ", "\"", ",", ";", "\t", "0", "-", "—", "n/a", "#DIV/0!",
            "#N/A", "1,234.5", "12.3%", "１２３．４", "1e400", "NaN", "=1+2", "+1", "@SUM(A1)", "-5", "2015-03-01",
            "620422", "620422.0", "130284", "130606", "620400", "999999", "会宁县", "会宁", "城关区", "甘肃", "62",
            "wuling", "武陵山区", "\u0000", "\uFEFF", "\r", "a\nb", "x".repeat(5000), "人均GDP(元,2015)", "(", ")");

    @TempDir
    static Path tmp;

    private static Gazetteer gazetteer;
    private static UserDataStore store;
    private static byte[] workbook;

    @BeforeAll
    static void setUp() throws Exception {
        gazetteer = ImportFixtures.gazetteer();
        store = TestUserData.opener().open(tmp.resolve("datasets.db"));
        workbook = Files.readAllBytes(new XlsxFixture().sheet("S", List.of(row(s("代码"), s("人口(万人,2015)")),
                row(s("620422"), n("58.1")), row(s("620826"), n("47"))))
                .write(tmp.resolve("seed.xlsx")));
    }

    @AfterAll
    static void tearDown() {
        store.close();
    }

    @Test
    void mutatedTablesAreImportedOrRefusedInWords() {
        Fuzz.Tally tally = Fuzz.run("import", Fuzz.seed(17), Fuzz.iterations(120), this::oneInput);
        assertThat(tally.accepted()).isPositive();
        assertThat(tally.rejected()).isPositive();
    }

    @Test
    @Tag(Fuzz.LONG)
    void mutatedTablesLongRun() {
        long seed = Fuzz.longRunSeed();
        System.out.println("import fuzz seed " + seed);
        Fuzz.run("import", seed, Fuzz.iterations(10_000), this::oneInput);
    }

    private Fuzz.Outcome oneInput(Random random, StringBuilder how) throws Exception {
        boolean xlsx = random.nextInt(4) == 0;
        String name = "t" + random.nextInt(1_000_000) + (random.nextBoolean() ? ".csv" : ".xlsx");
        Path file = tmp.resolve(name);
        byte[] bytes = xlsx ? mutate(workbook.clone(), random, how) : csv(random, how);
        Files.write(file, bytes);
        how.append(" as ").append(name);
        int before = store.datasets().datasets().size();
        try {
            RawTable table = new TableReader().read(file, ReadOptions.detect());
            TablePreview preview = new TablePlanner(gazetteer, List.of("城镇化率")).preview(table,
                    ImportSettings.detect());
            if (!preview.canImport()) {
                assertThat(preview.blocking()).isNotEmpty();
                return Fuzz.Outcome.REJECTED;
            }
            ImportPlan plan = preview.plan("fuzz");
            if (store.datasets().findImported(plan.file().sha256(), plan.sheet()).isPresent()) {
                return Fuzz.Outcome.ACCEPTED;
            }
            store.datasets().store(plan, () -> false);
            assertThat(store.datasets().datasets()).hasSize(before + 1);
            return Fuzz.Outcome.ACCEPTED;
        } catch (ImportException e) {
            assertThat(e.getMessage()).startsWith(name).endsWith("(nothing was imported)");
            assertThat(store.datasets().datasets()).hasSize(before);
            return Fuzz.Outcome.REJECTED;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] csv(Random random, StringBuilder how) {
        List<String> lines = new ArrayList<>();
        lines.add("代码,县名,省份,人口(万人),面积(km²)");
        for (int i = 0; i < 4 + random.nextInt(8); i++) {
            List<String> cells = new ArrayList<>(List.of(
                    gazetteer.counties().get(random.nextInt(gazetteer.counties().size())).code(), "x", "甘肃",
                    Integer.toString(random.nextInt(100)), Integer.toString(random.nextInt(9000))));
            if (random.nextInt(3) == 0) {
                int c = random.nextInt(cells.size());
                String cell = Fuzz.pick(random, CELLS);
                cells.set(c, random.nextBoolean() ? cell : "\"" + cell.replace("\"", "\"\"") + "\"");
                how.append(" cell ").append(c).append("='").append(cell.length() > 20 ? cell.substring(0, 20) : cell)
                        .append("'");
            }
            lines.add(String.join(random.nextInt(6) == 0 ? ";" : ",", cells));
        }
        Charset charset = random.nextInt(4) == 0 ? Charset.forName("GBK") : StandardCharsets.UTF_8;
        byte[] bytes = String.join(random.nextBoolean() ? "\n" : "\r\n", lines).getBytes(charset);
        how.append(" ").append(charset.name());
        return random.nextInt(3) == 0 ? mutate(bytes, random, how) : bytes;
    }

    private static byte[] mutate(byte[] bytes, Random random, StringBuilder how) {
        switch (random.nextInt(4)) {
            case 0 -> {
                int at = random.nextInt(bytes.length);
                bytes[at] = (byte) random.nextInt(256);
                how.append(" byte ").append(at);
                return bytes;
            }
            case 1 -> {
                int length = random.nextInt(bytes.length + 1);
                how.append(" truncated to ").append(length);
                return java.util.Arrays.copyOf(bytes, length);
            }
            case 2 -> {
                int at = random.nextInt(bytes.length);
                int length = Math.min(bytes.length - at, 1 + random.nextInt(16));
                for (int i = 0; i < length; i++) {
                    bytes[at + i] = (byte) random.nextInt(256);
                }
                how.append(" scrambled ").append(at).append('+').append(length);
                return bytes;
            }
            default -> {
                how.append(" unchanged");
                return bytes;
            }
        }
    }
}
