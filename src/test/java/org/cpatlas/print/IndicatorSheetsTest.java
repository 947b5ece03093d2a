package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cpatlas.domain.Aggregation;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.IndicatorData;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.domain.Level;
import org.cpatlas.domain.Source;
import org.cpatlas.domain.UnitFigure;
import org.cpatlas.geo.BoundaryQuality;
import org.cpatlas.imports.CodeHistory;
import org.cpatlas.imports.County;
import org.cpatlas.imports.Gazetteer;
import org.cpatlas.imports.NamedUnit;
import org.junit.jupiter.api.Test;

/** Region sheets on another indicator than Table 1's, on a small made-up map of two provinces. */
class IndicatorSheetsTest {

    private static final Source SOURCE = new Source("s", "A yearbook (2016)", "table 3", "", "");
    /** Region r: two counties of province 52 and one of 53; 52 has a third county outside the region. */
    private static final Gazetteer MAP = new Gazetteer(List.of(
            new County("520101", "甲县", "520000", "贵州省", "", List.of("r")),
            new County("520102", "乙县", "520000", "贵州省", "", List.of("r")),
            new County("520103", "丙县", "520000", "贵州省", "", List.of()),
            new County("530101", "丁县", "530000", "云南省", "", List.of("r"))),
            List.of(new NamedUnit("520000", "贵州省", "Guizhou"), new NamedUnit("530000", "云南省", "Yunnan")),
            List.of(new NamedUnit("r", "某山区", "Some Mountains")), CodeHistory.bundled());
    private static final RegionSheet TABLE_1 = new RegionSheet("r", 1, "某山区", "Some Mountains",
            BoundaryQuality.APPROXIMATE, "23.80 %", "Source [1]", List.of(), List.of("Wang, Li & He (2014)"));

    private static IndicatorData data(Level level, Map<String, String> values) {
        Map<String, UnitFigure> figures = new HashMap<>();
        values.forEach((code, value) -> figures.put(code, new UnitFigure(code, code, Figure.of(new BigDecimal(value),
                "元", 2015, SOURCE, Set.of()), "")));
        return new IndicatorData(new IndicatorInfo("d1.1", "人均GDP", "元", 2015, level, 1L,
                "A yearbook (2016), table 3", figures.size()), figures);
    }

    @Test
    void aCountyIndicatorComparesTheComputedRegionWithEachProvinceAndChinaAndPrintsNoGap() {
        IndicatorData gdp = data(Level.COUNTY, Map.of("520101", "100", "520102", "200", "520103", "600"));

        RegionSheet sheet = new IndicatorSheets(MAP, gdp, Aggregation.MEAN, Map.of(), "").sheet(TABLE_1);

        assertThat(sheet.regionRate()).isEqualTo("150.00 元");
        assertThat(sheet.regionRateNote()).isEqualTo("Computed [1]: mean of 2 of 3 member counties; 1 not reported");
        assertThat(sheet.words().printedGaps()).isFalse();
        assertThat(sheet.words().rateLabel()).isEqualTo("人均GDP (元, 2015)");
        assertThat(sheet.rows()).extracting(ProvinceRow::provinceEn)
                .containsExactly("Guizhou", "Yunnan", IndicatorSheets.CHINA_EN);
        ProvinceRow guizhou = sheet.rows().get(0);
        assertThat(guizhou.provinceRate()).isEqualByComparingTo("300");
        assertThat(guizhou.printedGap()).isNull();
        assertThat(guizhou.computedGap()).isEqualByComparingTo("150");
        assertThat(guizhou.flags()).containsExactly(RowFlag.COMPUTED);
        assertThat(guizhou.sourceNote()).isEqualTo("[1] mean of 3 of 3 counties of the province on the map");
        ProvinceRow yunnan = sheet.rows().get(1);
        assertThat(yunnan.provinceRate()).as("not reported, never 0").isNull();
        assertThat(yunnan.computedGap()).isNull();
        assertThat(yunnan.flags()).contains(RowFlag.COMPUTED, RowFlag.NOT_REPORTED);
        assertThat(sheet.rows().get(2).provinceRate()).isEqualByComparingTo("300");
        assertThat(sheet.sources().get(0)).isEqualTo("[1] 人均GDP (元, 2015): A yearbook (2016), table 3");
        assertThat(sheet.code()).isEqualTo("r");
        assertThat(sheet.quality()).isEqualTo(BoundaryQuality.APPROXIMATE);
    }

    @Test
    void aSumWeighsNothingAndSaysSo() {
        IndicatorData gdp = data(Level.COUNTY, Map.of("520101", "100", "520102", "200", "530101", "50"));

        RegionSheet sheet = new IndicatorSheets(MAP, gdp, Aggregation.SUM, Map.of(), "").sheet(TABLE_1);

        assertThat(sheet.regionRate()).isEqualTo("350 元");
        assertThat(sheet.regionRateNote()).isEqualTo("Computed [1]: sum of 3 of 3 member counties");
        assertThat(sheet.rows().get(0).computedGap()).isEqualByComparingTo("-50");
    }

    @Test
    void aProvinceTableGivesThePrintedProvinceValuesAndNoValueForTheRegion() {
        IndicatorData gdp = data(Level.PROVINCE, Map.of("520000", "16000"));

        RegionSheet sheet = new IndicatorSheets(MAP, gdp, Aggregation.MEAN, Map.of(), "").sheet(TABLE_1);

        assertThat(sheet.regionRate()).isEqualTo("not reported");
        assertThat(sheet.rows()).extracting(ProvinceRow::provinceEn).containsExactly("Guizhou", "Yunnan");
        assertThat(sheet.rows().get(0).provinceRate()).isEqualByComparingTo("16000");
        assertThat(sheet.rows().get(0).flags()).doesNotContain(RowFlag.COMPUTED);
        assertThat(sheet.rows().get(0).sourceNote()).isEqualTo(SOURCE.citation());
        assertThat(sheet.rows().get(1).flags()).containsExactly(RowFlag.NOT_REPORTED);
    }

    @Test
    void aRegionTableGivesTheRegionsPrintedValueWithItsSource() {
        IndicatorData gdp = data(Level.REGION, Map.of("r", "9000"));

        RegionSheet sheet = new IndicatorSheets(MAP, gdp, Aggregation.MEAN, Map.of(), "").sheet(TABLE_1);

        assertThat(sheet.regionRate()).isEqualTo("9000 元");
        assertThat(sheet.regionRateNote()).isEqualTo(SOURCE.citation());
        assertThat(sheet.rows()).isEmpty();
    }
}
