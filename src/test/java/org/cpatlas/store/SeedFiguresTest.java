package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.Observation;
import org.cpatlas.domain.SubjectKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures of the seed documents besides Table 1, checked against values typed by hand from the seed texts
 * (003: Sec. 3 para 1, Tables 2 and 3, Sec. 3.1-3.3; 000: body para 1-2).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedFiguresTest {

    private AtlasStore store;
    private Map<String, Observation> byId;

    @BeforeAll
    void openStore() {
        store = TestStores.inMemory();
        byId = store.repository().observations().stream().collect(Collectors.toMap(Observation::id, Function.identity()));
    }

    @AfterAll
    void closeStore() {
        store.close();
    }

    @ParameterizedTest(name = "{0} = {1} ({2})")
    @CsvSource({
            // Sec. 3 para 1: Wuling prefectures' urbanization rates 2012, and their provinces
            "d3_enshi_urbanization_2012, 34.5, 2012",
            "d3_huaihua_urbanization_2012, 39, 2012",
            "d3_tongren_urbanization_2012, 35, 2012",
            "d3_qianjiang_urbanization_2012, 42, 2012",
            "d3_hubei_urbanization_2012, 53.5, 2012",
            "d3_hunan_urbanization_2012, 46.7, 2012",
            "d3_guizhou_urbanization_2012, 36.5, 2012",
            "d3_chongqing_urbanization_2012, 57, 2012",
            // Table 3: industrial structure 2011
            "t3_swchongqing_primary_2011, 10.6, 2011",
            "t3_swchongqing_secondary_2011, 55.4, 2011",
            "t3_swchongqing_tertiary_2011, 34, 2011",
            "t3_enshi_primary_2011, 28.3, 2011",
            "t3_enshi_secondary_2011, 31.8, 2011",
            "t3_enshi_tertiary_2011, 39.9, 2011",
            "t3_huaihua_primary_2011, 14.8, 2011",
            "t3_huaihua_secondary_2011, 44.8, 2011",
            "t3_huaihua_tertiary_2011, 40.4, 2011",
            "t3_tongren_primary_2011, 28.9, 2011",
            "t3_tongren_secondary_2011, 27.9, 2011",
            "t3_tongren_tertiary_2011, 43.1, 2011",
            // Table 2 and Sec. 2: survey sample
            "d3_survey_questionnaires_issued, 1000, ",
            "d3_survey_questionnaires_valid, 954, ",
            "t2_gender_male_n, 546, ",
            "t2_gender_female_pct, 42.8, ",
            "t2_residence_village_n, 799, ",
            "t2_education_master_pct, 0.1, ",
            "t2_age_above_60_n, 168, ",
            "t2_occupation_others_pct, 19.8, ",
            // Sec. 3.1: incomes and poverty incidence 2012
            "d3_regions_rural_income_2012, 4839, 2012",
            "d3_regions_rural_income_vs_national_2012, 61.4, 2012",
            "d3_regions_poverty_incidence_2012, 24.4, 2012",
            "d3_qianxinan_rural_income_2012, 4625, 2012",
            // Sec. 3.2: roads and telephones
            "d3_wuling_town_concrete_road_pct, 75, ",
            "d3_wumeng_villages_no_concrete_road_pct, 76.8, ",
            "d3_ygg_villages_no_highway_pct, 17.4, ",
            "d3_enshi_phones_per100, 71.17, ",
            "d3_china_phones_per100, 94.9, ",
            // 000: farmers' income and county counts
            "d0_farmer_income_regions, 2676, ",
            "d0_counties_total, 680, ",
            "d0_lowest600_in_regions, 521, ",
    })
    void seedFigureHasThePrintedValue(String id, String value, Integer year) {
        Figure figure = byId.get(id).figure();
        assertThat(figure.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(figure.year()).isEqualTo(year);
    }

    @Test
    void wulingPrefectureRatesBelongToWulingAndTheirProvinces() {
        Observation enshi = byId.get("d3_enshi_urbanization_2012");
        assertThat(enshi.subject().kind()).isEqualTo(SubjectKind.PREFECTURE);
        assertThat(enshi.subject().regionCode()).isEqualTo("wuling");
        assertThat(enshi.subject().provinceCode()).isEqualTo("42");
        assertThat(store.repository().regionProfile("wuling").orElseThrow().otherFigures())
                .extracting(Observation::id)
                .contains("d3_enshi_urbanization_2012", "t3_tongren_tertiary_2011", "d2_xiangxi_key_projects");
    }

    @Test
    void pillarIndustriesAreWordsNotNumbers() {
        Figure tongren = byId.get("t3_tongren_pillar_2011").figure();
        assertThat(tongren.value()).isNull();
        assertThat(tongren.text()).isEqualTo("Metal process, tobacco, tourist");
        assertThat(tongren.isReported()).isTrue();
    }

    @Test
    void boundsAndAmbiguitiesAreFlaggedAsPrinted() {
        assertThat(byId.get("d3_wuling_univ_undergrads").figure().flags()).contains(Flag.LOWER_BOUND);
        assertThat(byId.get("d3_wuling_grads_gov_share").figure().flags()).contains(Flag.UPPER_BOUND);
        assertThat(byId.get("d3_regions_rural_pop").figure().flags()).contains(Flag.AMBIGUOUS, Flag.LOWER_BOUND);
        assertThat(byId.get("d3_regions_land_share").figure().text()).isEqualTo("more than one third");
    }

    @Test
    void citedRegionCountyCountsKeepTheirWebSource() {
        Observation liupan = store.repository().figuresOfRegion("liupan").stream()
                .filter(o -> o.indicator().code().equals("counties_in_official_list"))
                .findFirst().orElseThrow();
        assertThat(liupan.figure().value()).isEqualByComparingTo("61");
        assertThat(liupan.source().url()).startsWith("http");
        Observation tibetCounties = store.repository().figuresOfRegion("tibet").stream()
                .filter(o -> o.indicator().code().equals("counties_in_official_list"))
                .findFirst().orElseThrow();
        assertThat(tibetCounties.figure().flags()).contains(Flag.INFERRED);
    }
}
