package org.cpatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cpatlas.store.TestStores;
import org.cpatlas.testing.XlsxContent;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code region X --format csv|xlsx}, {@code regions --format xlsx}, {@code --out}, {@code --bom}, {@code --lang}. */
class TableCommandsTest {

    private final StoreFactory stores = db -> TestStores.inMemory();

    @TempDir
    Path dir;

    private static List<CSVRecord> csv(String text) throws Exception {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return CSVFormat.RFC4180.parse(new StringReader(body)).getRecords();
    }

    @Test
    void aRegionsProvincesAsCsvCarryTheConflictTheSourceAndBothNames() throws Exception {
        CliRun run = CliRun.of(stores, "region", "tibet", "--format", "csv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("\uFEFFProvince (Chinese),Province (English),Province rate 2010 (%),");
        List<CSVRecord> rows = csv(run.out());
        List<String> header = rows.get(0).toList();
        CSVRecord tibet = rows.get(1);
        assertThat(tibet.get(0)).isEqualTo("西藏");
        assertThat(tibet.get(header.indexOf("Gap printed (province \u2212 region) (pp)"))).isEqualTo("2.21");
        assertThat(tibet.get(header.indexOf("Gap computed (province \u2212 region) (pp)"))).isEqualTo("0.01");
        assertThat(tibet.get(header.indexOf("Gap printed (province \u2212 region): conflict"))).isEqualTo("yes");
        assertThat(tibet.get(header.indexOf("Gap printed (province \u2212 region): source")))
                .contains("(2014)").contains("Table 1");
    }

    @Test
    void aRegionsOtherFiguresAsCsvSayMoreThanAndLessThanInColumnsOfTheirOwn() throws Exception {
        CliRun run = CliRun.of(stores, "region", "wuling", "--format", "csv", "--table", "figures", "--no-bom");

        List<CSVRecord> rows = csv(run.out());
        List<String> header = rows.get(0).toList();
        assertThat(header).contains("Value", "Value: unit", "Value: more than (lower bound)",
                "Value: less than (upper bound)", "Value: ambiguous", "Value: source");
        CSVRecord undergraduates = rows.stream().filter(r -> r.get(0).equals("Undergraduate students per year"))
                .findFirst().orElseThrow();
        assertThat(undergraduates.get(header.indexOf("Value"))).isEqualTo("16000");
        assertThat(undergraduates.get(header.indexOf("Value: unit"))).isEqualTo("students per year");
        assertThat(undergraduates.get(header.indexOf("Value: more than (lower bound)"))).isEqualTo("yes");
        CSVRecord government = rows.stream().filter(r -> r.get(0).equals("Graduates working in government offices"))
                .findFirst().orElseThrow();
        assertThat(government.get(header.indexOf("Value"))).isEqualTo("10");
        assertThat(government.get(header.indexOf("Value: less than (upper bound)"))).isEqualTo("yes");
    }

    @Test
    void aRegionsCountyListAsCsvComesFromTheMapLayer() throws Exception {
        CliRun run = CliRun.of(stores, "region", "wuling", "--format", "csv", "--table", "counties");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<CSVRecord> rows = csv(run.out());
        assertThat(rows).hasSize(1 + 63);
        assertThat(rows.get(0).toList()).containsExactly("County code (2012)", "County", "Prefecture", "Province",
                "Basis of membership", "Source of membership");
    }

    @Test
    void aRegionAsXlsxHasItsProvincesFiguresAndCountiesAndASheetOfSources() throws Exception {
        Path file = dir.resolve("wuling.xlsx");
        CliRun run = CliRun.of(stores, "region", "wuling", "--format", "xlsx", "--out", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        XlsxContent book = XlsxContent.read(file);
        assertThat(book.sheetNames()).containsExactly("Provinces of Wuling Mountains", "Figures about Wuling Mountains",
                "Counties of Wuling Mountains", "Sources");
        String provinces = "Provinces of Wuling Mountains";
        int rate = book.column(provinces, "Province rate 2010 (%)");
        assertThat(book.cell(provinces, 1, rate).getType()).isEqualTo(CellType.NUMBER);
        assertThat(book.text(provinces, 1, 1)).isEqualTo("Hunan");
        assertThat(book.rowCount("Counties of Wuling Mountains")).isEqualTo(64);
        assertThat(book.header("Sources")).contains("Document");
        assertThat(book.rowCount("Sources")).isGreaterThan(2);
        String cited = book.text(provinces, 1, book.column(provinces, "Province rate 2010: source"));
        int number = Integer.parseInt(cited.substring(1, cited.indexOf(']')));
        assertThat(cited).contains(book.text("Sources", number, 1));
    }

    @Test
    void theRegionsAsXlsxHaveTheRegionsAndTableOnesPairs() throws Exception {
        Path file = dir.resolve("regions.xlsx");
        CliRun run = CliRun.of(stores, "regions", "--format", "xlsx", "--out", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        XlsxContent book = XlsxContent.read(file);
        assertThat(book.sheetNames()).containsExactly("Regions", "Region-province pairs (Table 1)", "Sources");
        assertThat(book.rowCount("Regions")).isEqualTo(15);
        assertThat(book.rowCount("Region-province pairs (Table 1)")).isEqualTo(41);
    }

    @Test
    void csvToAFileIsWrittenWholeWithItsMark() throws Exception {
        Path file = dir.resolve("regions.csv");
        CliRun run = CliRun.of(stores, "regions", "--format", "csv", "--out", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("六盘山区");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void theTextTableCanGoToAFileToo() throws Exception {
        Path file = dir.resolve("tibet.txt");
        CliRun run = CliRun.of(stores, "region", "tibet", "--out", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(file)).startsWith("西藏区  Tibet  (tibet)");
    }

    @Test
    void anOutputFolderThatDoesNotExistIsOneLineWithExitCode1AndNoFile() {
        Path file = dir.resolve("missing").resolve("x.xlsx");
        CliRun run = CliRun.of(stores, "regions", "--format", "xlsx", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("atlas: Cannot write " + file + ": the folder " + file.getParent()
                + " does not exist. Create it or choose another folder." + System.lineSeparator());
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test
    void chineseHeadersUnitsAndFlagsWithLangZh() throws Exception {
        CliRun run = CliRun.of(stores, "region", "tibet", "--format", "csv", "--lang", "zh");

        List<String> header = csv(run.out()).get(0).toList();
        assertThat(header).contains("省份（中文）", "省2010年城镇化率（%）", "差距（原文，省－片区）（个百分点）",
                "差距（原文，省－片区）：矛盾");
    }

    @Test
    void aMapLayerThatCannotBeReadLeavesItsColumnsNotReportedAndSaysWhy() throws Exception {
        Path emptyMaps = Files.createDirectory(dir.resolve("maps"));
        CliRun run = CliRun.of(stores, "regions", "--format", "csv", "--maps", emptyMaps.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).startsWith("atlas: warning: ").contains("regions.shp")
                .endsWith("; the columns from the map layer read 'not reported'" + System.lineSeparator());
        List<CSVRecord> rows = csv(run.out());
        List<String> header = rows.get(0).toList();
        assertThat(rows.get(1).get(header.indexOf("Counties in the map layer: not reported"))).isEqualTo("yes");
        assertThat(rows.get(1).get(header.indexOf("Urbanization rate 2010 (Table 1) (%)"))).isEqualTo("28.72");
    }
}
