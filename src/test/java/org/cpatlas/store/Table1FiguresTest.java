package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.ProvinceComparison;
import org.cpatlas.domain.RegionSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table 1 of Wang, Li &amp; He (2014) as the store serves it, checked against a list typed by hand from the seed
 * text (../shared/seeds/003_*.txt, lines 40-79), not read from the CSV the importer reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Table1FiguresTest {

    /** Region rates as printed; null = the cell is empty (Tibetan areas). */
    private static final Map<String, String> REGION_RATES = Map.ofEntries(
            Map.entry("liupan", "28.72"), Map.entry("qinba", "32.90"), Map.entry("wuling", "31.88"),
            Map.entry("wumeng", "26.00"), Map.entry("dian_gui_qian", "24.70"), Map.entry("dianxi", "27.00"),
            Map.entry("khingan", "34.10"), Map.entry("yanshan_taihang", "28.90"), Map.entry("luliang", "31.30"),
            Map.entry("dabie", "30.50"), Map.entry("luoxiao", "30.70"), Map.entry("tibet", "23.79"),
            Map.entry("south_xinjiang", "23.08"));

    /** region, province code, province rate, printed gap, computed gap (province rate minus region rate). */
    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("liupan", "62", "38.75", "10.03", "10.03"),
                Arguments.of("liupan", "61", "50.02", "21.30", "21.30"),
                Arguments.of("liupan", "64", "50.67", "21.95", "21.95"),
                Arguments.of("liupan", "63", "47.44", "18.72", "18.72"),
                Arguments.of("qinba", "61", "50.02", "17.12", "17.12"),
                Arguments.of("qinba", "42", "53.50", "20.60", "20.60"),
                Arguments.of("qinba", "51", "43.53", "10.63", "10.63"),
                Arguments.of("qinba", "50", "56.98", "24.08", "24.08"),
                Arguments.of("qinba", "41", "42.20", "9.30", "9.30"),
                Arguments.of("qinba", "62", "38.75", "5.85", "5.85"),
                Arguments.of("wuling", "43", "46.65", "14.77", "14.77"),
                Arguments.of("wuling", "42", "53.50", "21.62", "21.62"),
                Arguments.of("wuling", "50", "56.98", "25.10", "25.10"),
                Arguments.of("wuling", "52", "35.00", "3.12", "3.12"),
                Arguments.of("wumeng", "53", "39.30", "13.30", "13.30"),
                Arguments.of("wumeng", "52", "35.00", "9.00", "9.00"),
                Arguments.of("wumeng", "51", "43.53", "17.53", "17.53"),
                Arguments.of("dian_gui_qian", "45", "43.60", "18.90", "18.90"),
                Arguments.of("dian_gui_qian", "52", "35.00", "10.30", "10.30"),
                Arguments.of("dian_gui_qian", "53", "39.30", "14.60", "14.60"),
                Arguments.of("dianxi", "53", "39.30", "12.30", "12.30"),
                Arguments.of("khingan", "23", "56.50", "22.40", "22.40"),
                Arguments.of("khingan", "22", "59.75", "25.65", "25.65"),
                Arguments.of("khingan", "15", "57.70", "23.60", "23.60"),
                Arguments.of("yanshan_taihang", "13", "46.80", "17.90", "17.90"),
                Arguments.of("yanshan_taihang", "14", "51.26", "22.36", "22.36"),
                Arguments.of("yanshan_taihang", "15", "57.70", "28.80", "28.80"),
                Arguments.of("luliang", "14", "51.26", "19.96", "19.96"),
                Arguments.of("luliang", "61", "50.02", "18.72", "18.72"),
                Arguments.of("dabie", "34", "46.50", "16.00", "16.00"),
                Arguments.of("dabie", "41", "42.20", "11.70", "11.70"),
                Arguments.of("dabie", "42", "53.50", "23.00", "23.00"),
                Arguments.of("luoxiao", "36", "47.51", "16.81", "16.81"),
                Arguments.of("luoxiao", "43", "46.65", "15.95", "15.95"),
                Arguments.of("tibet", "54", "23.80", "2.21", "0.01"),
                Arguments.of("tibetan_areas", "53", "39.30", null, null),
                Arguments.of("tibetan_areas", "51", "43.53", null, null),
                Arguments.of("tibetan_areas", "62", "38.75", null, null),
                Arguments.of("tibetan_areas", "63", "47.44", null, null),
                Arguments.of("south_xinjiang", "65", "44.50", "21.42", "21.42"));
    }

    private AtlasStore store;
    private AtlasRepository repository;

    @BeforeAll
    void openStore() {
        store = TestStores.inMemory();
        repository = store.repository();
    }

    @AfterAll
    void closeStore() {
        store.close();
    }

    @ParameterizedTest(name = "{0} / {1}: rate {2}, printed gap {3}, computed gap {4}")
    @MethodSource("pairs")
    void everyTable1PairHasTheExactPrintedFigures(String region, String province, String rate, String printed,
                                                   String computed) {
        ProvinceComparison row = comparison(region, province);

        assertExact(row.provinceRate(), rate);
        assertExact(row.gapPrinted(), printed);
        assertExact(row.gapComputed(), computed);
        assertThat(row.gapComputed().flags()).contains(Flag.COMPUTED);
        assertThat(row.gapPrinted().flags()).doesNotContain(Flag.COMPUTED);
        for (Figure figure : List.of(row.provinceRate(), row.gapPrinted(), row.gapComputed())) {
            assertThat(figure.year()).isEqualTo(2010);
            assertThat(figure.source().document()).contains("Wang Zhizhang").contains("2014");
            assertThat(figure.source().location()).startsWith("Table 1, row ").endsWith(" – "
                    + row.provinceRate().source().quote().split(" ")[0]);
            assertThat(figure.source().citation()).startsWith("Wang, Li & He (2014), Table 1, row ");
        }
    }

    @Test
    void table1HasFortyPairsInFourteenRegions() {
        int pairs = repository.regions().stream()
                .mapToInt(r -> repository.provinceComparisons(r.code()).size())
                .sum();
        assertThat(repository.regions()).hasSize(14);
        assertThat(pairs).isEqualTo(40);
        assertThat(pairs).isEqualTo((int) pairs().count());
    }

    @Test
    void everyRegionRateIsTheOnePrinted() {
        Map<String, RegionSummary> regions = repository.regions().stream()
                .collect(Collectors.toMap(RegionSummary::code, r -> r));
        REGION_RATES.forEach((code, rate) -> assertExact(regions.get(code).urbanizationRate2010(), rate));
        assertThat(regions.get("tibetan_areas").urbanizationRate2010().value()).isNull();
    }

    @Test
    void tibetPrintedGapConflictsWithTheComputedOne() {
        ProvinceComparison tibet = comparison("tibet", "54");

        assertThat(tibet.gapPrinted().display()).isEqualTo("2.21");
        assertThat(tibet.gapComputed().display()).isEqualTo("0.01");
        assertThat(tibet.flags()).containsExactly(Flag.CONFLICT);
        assertThat(tibet.gapPrinted().flags()).contains(Flag.CONFLICT);
        assertThat(tibet.gapComputed().flags()).contains(Flag.CONFLICT, Flag.COMPUTED);
    }

    @Test
    void tibetsPrintedGapIsCitedByItsTableAndRowAsAReaderFindsIt() {
        ProvinceComparison tibet = comparison("tibet", "54");
        Figure regionRate = repository.findRegion("tibet").orElseThrow().urbanizationRate2010();

        assertThat(tibet.gapPrinted().source().citation())
                .isEqualTo("Wang, Li & He (2014), Table 1, row Tibet Region – Tibet");
        assertThat(tibet.gapPrinted().source().quote()).isEqualTo("Tibet 23.80% 2.21%");
        assertThat(tibet.gapPrinted().source().document()).isEqualTo("Wang Zhizhang, Li Mengzhu & He Cuicui (2014). "
                + "Inclusive Innovation Path Design of the New-Type Urbanization Development in Multiple-Block-Joint "
                + "Impoverished Regions. Studies in Sociology of Science, 5(1), 12-19");
        assertThat(regionRate.source().citation())
                .isEqualTo("Wang, Li & He (2014), Table 1, row Tibet Region, column “Urbanization rate”");
        assertThat(repository.figuresOfRegion("tibet")).filteredOn(o -> o.id().equals("t1_tibet_54_gap_computed"))
                .singleElement().satisfies(o -> assertThat(o.note()).isEqualTo("23.80 - 23.79: province rate on this "
                        + "row minus the region rate (Table 1, row Tibet Region, column “Urbanization rate”)"));
    }

    @Test
    void onlyTibetHasAConflict() {
        List<String> conflicts = repository.regions().stream()
                .flatMap(r -> repository.provinceComparisons(r.code()).stream()
                        .filter(c -> c.has(Flag.CONFLICT))
                        .map(c -> r.code() + "/" + c.provinceCode()))
                .toList();
        assertThat(conflicts).containsExactly("tibet/54");
    }

    @Test
    void tibetanAreasHaveNoRegionRateAndNoGapsNeverZero() {
        RegionSummary areas = repository.findRegion("tibetan_areas").orElseThrow();
        assertThat(areas.urbanizationRate2010().value()).isNull();
        assertThat(areas.urbanizationRate2010().flags()).contains(Flag.NOT_REPORTED);
        assertThat(areas.urbanizationRate2010().display()).isEqualTo("not reported");

        List<ProvinceComparison> rows = repository.provinceComparisons("tibetan_areas");
        assertThat(rows).extracting(ProvinceComparison::nameEn)
                .containsExactly("Yunnan", "Sichuan", "Gansu", "Qinghai");
        for (ProvinceComparison row : rows) {
            assertThat(row.provinceRate().value()).isNotNull();
            assertThat(row.gapPrinted().value()).isNull();
            assertThat(row.gapComputed().value()).isNull();
            assertThat(row.gapPrinted().flags()).contains(Flag.NOT_REPORTED);
            assertThat(row.gapComputed().flags()).contains(Flag.NOT_REPORTED, Flag.COMPUTED);
            assertThat(row.flags()).containsExactly(Flag.NOT_REPORTED);
        }
    }

    @Test
    void decimalsKeepThePrintedScale() {
        assertThat(comparison("wuling", "52").provinceRate().display()).isEqualTo("35.00");
        assertThat(comparison("qinba", "41").gapPrinted().display()).isEqualTo("9.30");
        assertThat(repository.findRegion("dianxi").orElseThrow().urbanizationRate2010().display()).isEqualTo("27.00");
    }

    private ProvinceComparison comparison(String region, String province) {
        return repository.provinceComparisons(region).stream()
                .filter(c -> c.provinceCode().equals(province))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Table 1 row " + region + "/" + province));
    }

    private static void assertExact(Figure figure, String expected) {
        if (expected == null) {
            assertThat(figure.value()).as("not reported, never 0").isNull();
            assertThat(figure.isReported()).isFalse();
        } else {
            // Equal as decimals and as printed text: 9.30 must not come back as 9.3.
            assertThat(figure.value()).isEqualByComparingTo(new BigDecimal(expected));
            assertThat(figure.display()).isEqualTo(expected);
        }
    }
}
