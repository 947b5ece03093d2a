package org.cpatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.store.TestStores;
import org.junit.jupiter.api.Test;

/** The {@code regions} and {@code region} commands, run in-process against a store built from {@code data/}. */
class RegionCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StoreFactory stores = db -> TestStores.inMemory();

    @Test
    void regionsTableListsTheFourteenRegionsWithTheirRates() {
        CliRun run = CliRun.of(stores, "regions");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("六盘山区", "Liupan Mountains", "28.72", "23.79", "not reported", "Sources",
                "Wang Zhizhang");
        long regionLines = run.out().lines().filter(l -> l.matches("^\\d+\\s+[a-z_]+\\s+.*")).count();
        assertThat(regionLines).isEqualTo(14);
    }

    @Test
    void regionsTableAlignsColumnsCountingChineseAsDoubleWidth() {
        List<String> lines = CliRun.of(stores, "regions").out().lines().limit(16).toList();
        // The rate column is right-aligned, so every row's rate ends at the same display column as the header's.
        String header = lines.get(0);
        int end = DisplayWidth.of(header.substring(0, header.indexOf("Urbanization 2010 (%)")))
                + "Urbanization 2010 (%)".length();
        for (String line : lines.subList(2, 16)) {
            String beforeProvinces = line.substring(0, line.indexOf("  ", line.indexOf(rateOf(line))) );
            assertThat(DisplayWidth.of(beforeProvinces)).as(line).isEqualTo(end);
        }
    }

    private static String rateOf(String line) {
        return line.contains("not reported") ? "not reported" : line.replaceAll(".*?\\s(\\d+\\.\\d\\d)\\s.*", "$1");
    }

    @Test
    void regionsCsvHasAByteOrderMarkAHeaderAndOneRowPerRegionWithProvinceNamesAndSources() throws Exception {
        CliRun run = CliRun.of(stores, "regions", "--format", "csv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("\uFEFFNo.,Region (Chinese),Region (English),Provinces (Chinese),"
                + "Provinces (English),Urbanization rate 2010 (Table 1) (%),");
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.RFC4180
                .parse(new java.io.StringReader(run.out().substring(1))).getRecords();
        assertThat(records).hasSize(15);
        List<String> header = records.get(0).toList();
        org.apache.commons.csv.CSVRecord liupan = records.get(1);
        assertThat(liupan.get(header.indexOf("Provinces (Chinese)"))).isEqualTo("甘肃、陕西、宁夏、青海");
        assertThat(liupan.get(header.indexOf("Provinces (English)"))).isEqualTo("Gansu, Shaanxi, Ningxia, Qinghai");
        assertThat(run.out()).doesNotContain("62;61;64;63");
        org.apache.commons.csv.CSVRecord areas = records.get(13);
        assertThat(areas.get(1)).isEqualTo("四省藏区");
        assertThat(areas.get(header.indexOf("Urbanization rate 2010 (Table 1) (%)"))).isEmpty();
        assertThat(areas.get(header.indexOf("Urbanization rate 2010 (Table 1): not reported"))).isEqualTo("yes");
        assertThat(records.get(12).get(header.indexOf("Urbanization rate 2010 (Table 1): source")))
                .startsWith("Wang Zhizhang, Li Mengzhu & He Cuicui (2014)").contains("Table 1");
    }

    @Test
    void regionsCsvWithoutTheByteOrderMarkStartsWithItsHeader() {
        assertThat(CliRun.of(stores, "regions", "--format", "csv", "--no-bom").out()).startsWith("No.,");
        assertThat(CliRun.of(stores, "regions", "--format", "csv", "--bom").out()).startsWith("\uFEFFNo.,");
    }

    @Test
    void regionsJsonGivesNumbersAsPrintedAndNullWhenNotReported() throws Exception {
        CliRun run = CliRun.of(stores, "regions", "--format", "json");

        JsonNode regions = JSON.readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(regions.size()).isEqualTo(14);
        JsonNode qinba = regions.get(1);
        assertThat(qinba.get("code").asText()).isEqualTo("qinba");
        assertThat(qinba.get("urbanization_rate_2010").decimalValue()).isEqualByComparingTo("32.90");
        assertThat(run.out()).contains("\"urbanization_rate_2010\": 32.90");
        JsonNode areas = regions.get(12);
        assertThat(areas.get("name_zh").asText()).isEqualTo("四省藏区");
        assertThat(areas.get("urbanization_rate_2010").isNull()).isTrue();
        assertThat(areas.get("flags").get(0).asText()).isEqualTo("NOT_REPORTED");
        for (JsonNode region : regions) {
            assertThat(region.get("source").get("document").asText()).isNotBlank();
            assertThat(region.get("source").get("location").asText()).startsWith("Table 1, row ");
            assertThat(region.get("source").get("citation").asText()).startsWith("Wang, Li & He (2014), Table 1, row ");
        }
        assertThat(regions.get(0).get("source").get("citation").asText())
                .isEqualTo("Wang, Li & He (2014), Table 1, row Liupanshan Region, column “Urbanization rate”");
    }

    @Test
    void regionJsonHasTheAgreedKeysAndTibetsConflict() throws Exception {
        CliRun run = CliRun.of(stores, "region", "Tibet", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode tibet = JSON.readTree(run.out());
        assertThat(fieldNames(tibet)).contains("name_zh", "name_en", "urbanization_rate_2010", "provinces", "sources");
        assertThat(tibet.get("name_zh").asText()).isEqualTo("西藏区");
        assertThat(tibet.get("urbanization_rate_2010").decimalValue()).isEqualByComparingTo("23.79");
        JsonNode province = tibet.get("provinces").get(0);
        assertThat(fieldNames(province)).contains("name_zh", "name_en", "urbanization_rate_2010", "gap_pp_printed",
                "gap_pp_computed", "flags");
        assertThat(province.get("gap_pp_printed").decimalValue()).isEqualByComparingTo("2.21");
        assertThat(province.get("gap_pp_computed").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(province.get("flags").get(0).asText()).isEqualTo("CONFLICT");
        assertThat(run.out()).contains("\"gap_pp_printed\": 2.21", "\"gap_pp_computed\": 0.01");
        // Tibet's 2.21 is cited as a reader finds it: the paper, its table and the row, with the printed words.
        assertThat(tibet.get("source").asText())
                .isEqualTo("Wang, Li & He (2014), Table 1, row Tibet Region, column “Urbanization rate”");
        assertThat(province.get("sources").get(0).asText()).isEqualTo("Wang, Li & He (2014), Table 1, row Tibet Region – Tibet");
        assertThat(tibet.get("sources").get(0).get("quote").asText()).isEqualTo("Tibet Region Tibet 23.79%");
        assertThat(tibet.get("sources").get(1).get("quote").asText()).isEqualTo("Tibet 23.80% 2.21%");
        assertThat(run.out()).doesNotContainPattern("(?i)line \\d+|seed text");
    }

    @Test
    void regionJsonOfTibetanAreasHasNullsNeverZeros() throws Exception {
        JsonNode areas = JSON.readTree(CliRun.of(stores, "region", "四省藏区", "--format", "json").out());

        assertThat(areas.get("urbanization_rate_2010").isNull()).isTrue();
        assertThat(areas.get("provinces").size()).isEqualTo(4);
        for (JsonNode province : areas.get("provinces")) {
            assertThat(province.get("urbanization_rate_2010").isNumber()).isTrue();
            assertThat(province.get("gap_pp_printed").isNull()).isTrue();
            assertThat(province.get("gap_pp_computed").isNull()).isTrue();
            assertThat(province.get("flags").get(0).asText()).isEqualTo("NOT_REPORTED");
        }
    }

    @Test
    void regionIsFoundByChineseNameEnglishNameOrCode() {
        for (String name : List.of("六盘山区", "六盘山", "Liupan", "liupan mountains", "LIUPAN", "Liupanshan Region")) {
            CliRun run = CliRun.of(stores, "region", name);
            assertThat(run.exitCode()).as(name).isZero();
            assertThat(run.out()).as(name).startsWith("六盘山区  Liupan Mountains  (liupan)");
        }
    }

    @Test
    void regionTableShowsProvincesGapsFlagsAndSources() {
        CliRun run = CliRun.of(stores, "region", "tibet");

        assertThat(run.out()).contains("Tibet     西藏          23.80              2.21               0.01  conflict");
        assertThat(run.out()).contains("printed gap 2.21, but 23.80 - 23.79 = 0.01");
        assertThat(run.out()).contains("Urbanization rate 2010: 23.79 %  (Wang, Li & He (2014), Table 1, row Tibet Region,"
                + " column “Urbanization rate”)");
        assertThat(run.out()).contains("conflict  Wang, Li & He (2014), Table 1, row Tibet Region – Tibet");
        assertThat(run.out()).contains("    Table 1, row Tibet Region – Tibet: \"Tibet 23.80% 2.21%\"");
        assertThat(run.out()).contains("  Wang, Li & He (2014): Wang Zhizhang, Li Mengzhu & He Cuicui (2014). Inclusive");
        assertThat(run.out()).doesNotContainPattern("(?i)line \\d+|seed text|wang2014_");
    }

    @Test
    void unknownRegionFailsWithExitCode2NamingTheClosestMatch() {
        CliRun run = CliRun.of(stores, "region", "Lupan");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).startsWith("atlas: unknown region 'Lupan'; closest matches: liupan (六盘山区, Liupan Mountains)");
    }

    @Test
    void badFormatIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of(stores, "region", "tibet", "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains("--format").contains("table, json, csv, xlsx");
    }

    @Test
    void missingRegionNameIsAUsageError() {
        CliRun run = CliRun.of(stores, "region");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("NAME").doesNotContain("Exception");
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of(stores, "mapz");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().count()).isEqualTo(1);
    }

    @Test
    void runtimeFailureIsOneLineWithExitCode1AndNoStackTrace() {
        StoreFactory broken = db -> {
            throw new IllegalStateException("disk on fire");
        };
        CliRun run = CliRun.of(broken, "regions");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().count()).isEqualTo(1);
        // The exception's own words may be a library's dump: they go to the log, the user is told where.
        assertThat(run.err()).isEqualTo("atlas: error: the command stopped on an unexpected problem; details in"
                + " atlas.log; please report it with that file" + System.lineSeparator());
    }

    @Test
    void storeWarningsGoToStderrAndTheCommandStillRuns() {
        StoreFactory warned = db -> TestStores.opener().openInMemory(new ArrayList<>(List.of("something to know")));
        CliRun run = CliRun.of(warned, "regions", "--format", "csv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("atlas: warning: something to know" + System.lineSeparator());
        assertThat(run.out()).startsWith("\uFEFFNo.,");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
