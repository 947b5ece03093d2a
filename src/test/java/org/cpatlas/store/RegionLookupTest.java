package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cpatlas.domain.Region;
import org.cpatlas.domain.RegionSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finding a region from what a person types. */
class RegionLookupTest {

    private static final List<Region> REGIONS = List.of(
            new Region("liupan", 1, "六盘山区", "Liupan Mountains", "Liupanshan Region"),
            new Region("luliang", 9, "吕梁山区", "Lüliang Mountains", "Lvliangshan Region"),
            new Region("yanshan_taihang", 8, "燕山-太行山区", "Yanshan-Taihang Mountains", "Yanshan—Taihangshan Region"),
            new Region("tibet", 12, "西藏区", "Tibet", "Tibet Region"),
            new Region("tibetan_areas", 13, "四省藏区", "Tibetan Areas of Yunnan, Sichuan, Gansu and Qinghai",
                    "Yunan-Sichuan-Gansu- Qinghai Region"));

    private final RegionMatcher matcher = new RegionMatcher(REGIONS);

    @ParameterizedTest(name = "''{0}'' finds {1}")
    @CsvSource({
            "liupan, liupan", "Liupan, liupan", "LIUPAN, liupan", "六盘山区, liupan", "六盘山, liupan",
            "六盘, liupan", "Liupan Mountains, liupan", "liupanshan region, liupan", "  liupan  , liupan",
            "Lüliang, luliang", "Luliang, luliang", "Lvliang, luliang", "吕梁, luliang",
            "yanshan-taihang, yanshan_taihang", "Yanshan Taihang Mountains, yanshan_taihang",
            "燕山-太行山区, yanshan_taihang", "Tibet, tibet", "西藏, tibet", "tibetan_areas, tibetan_areas",
            "四省藏区, tibetan_areas"
    })
    void regionIsFoundByAnyOfItsNames(String typed, String code) {
        assertThat(matcher.find(typed)).map(Region::code).contains(code);
    }

    @ParameterizedTest
    @CsvSource({"Lupan", "shan", "''", "mountains"})
    void textThatNamesNoRegionFindsNone(String typed) {
        assertThat(matcher.find(typed)).isEmpty();
    }

    @Test
    void closestMatchesComeByEditDistance() {
        assertThat(matcher.closest("Lupan", 2)).extracting(Region::code).containsExactly("liupan", "luliang");
        assertThat(matcher.closest("Tibett", 1)).extracting(Region::code).containsExactly("tibet");
        assertThat(matcher.closest("六盘水", 1)).extracting(Region::code).containsExactly("liupan");
    }

    @Test
    void editDistanceCountsChineseCharactersAsOne() {
        assertThat(RegionMatcher.levenshtein("六盘山", "六盘水")).isEqualTo(1);
        assertThat(RegionMatcher.levenshtein("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void repositoryFindsRegionsFromTheStore() {
        try (AtlasStore store = TestStores.inMemory()) {
            AtlasRepository repository = store.repository();
            assertThat(repository.findRegion("Wuling")).map(RegionSummary::code).contains("wuling");
            assertThat(repository.findRegion("滇桂黔石漠化区")).map(RegionSummary::code).contains("dian_gui_qian");
            assertThat(repository.findRegion("South Xinjiang")).map(RegionSummary::code).contains("south_xinjiang");
            assertThat(repository.findRegion("新疆")).isEmpty();
            assertThat(repository.closestRegions("新疆", 1)).extracting(RegionSummary::code)
                    .containsExactly("south_xinjiang");
            assertThat(repository.provincesOf("khingan")).extracting(p -> p.nameEn())
                    .containsExactly("Heilongjiang", "Jilin", "Inner Mongolia");
            assertThat(repository.regionProfile("nowhere")).isEmpty();
        }
    }
}
