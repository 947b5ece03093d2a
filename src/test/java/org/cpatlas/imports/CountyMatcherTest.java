package org.cpatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cpatlas.domain.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CountyMatcherTest {

    private static KeyMatcher counties;
    private static KeyMatcher provinces;
    private static KeyMatcher regions;

    @BeforeAll
    static void loadMaps() {
        Gazetteer gazetteer = ImportFixtures.gazetteer();
        counties = KeyMatcher.forLevel(Level.COUNTY, gazetteer);
        provinces = KeyMatcher.forLevel(Level.PROVINCE, gazetteer);
        regions = KeyMatcher.forLevel(Level.REGION, gazetteer);
    }

    private static KeyMatch county(String key) {
        return counties.match(key, KeyMatcher.Hints.NONE);
    }

    @Test
    void a2012CodeMatches() {
        KeyMatch m = county("620422");
        assertThat(m.status()).isEqualTo(KeyMatch.Status.MATCHED);
        assertThat(m.name()).isEqualTo("会宁县");
        assertThat(county("620422.0").code()).isEqualTo("620422");
        assertThat(county("620422000000").code()).isEqualTo("620422");
        assertThat(county("６２０４２２").code()).isEqualTo("620422");
    }

    @Test
    void aLaterCodeIsFollowedBackToOne2012UnitAndSaysSo() {
        KeyMatch m = county("130284"); // 滦州市, 2018, was 130223 滦县
        assertThat(m.status()).isEqualTo(KeyMatch.Status.MAPPED);
        assertThat(m.code()).isEqualTo("130223");
        assertThat(m.note()).contains("130284").contains("滦县").contains("滦州市 130284 ← 滦县 130223");
    }

    @Test
    void aCodeFormedFromSeveral2012UnitsIsAmbiguousNeverGuessed() {
        KeyMatch m = county("130606"); // 莲池区, 2015, from 北市区 130603 and 南市区 130604
        assertThat(m.status()).isEqualTo(KeyMatch.Status.AMBIGUOUS);
        assertThat(m.code()).isNull();
        assertThat(m.candidates()).hasSize(2).anyMatch(c -> c.contains("130603")).anyMatch(c -> c.contains("130604"));
    }

    @Test
    void aPrefectureCodeOrAnUnknownCodeIsNotACounty() {
        assertThat(county("620400").status()).isEqualTo(KeyMatch.Status.UNKNOWN);
        assertThat(county("620400").note()).isEqualTo("620400 is the code of 白银市, a prefecture, not a county");
        assertThat(county("999999").status()).isEqualTo(KeyMatch.Status.UNKNOWN);
    }

    @Test
    void aCarvedOutDistrictIsUnknownAndSaysWhereItCameFrom() {
        KeyMatch m = county("341504"); // 叶集区, carved out of 霍邱县 in 2015
        assertThat(m.status()).isEqualTo(KeyMatch.Status.UNKNOWN);
        assertThat(m.note()).contains("carved out of").contains("霍邱县");
    }

    @Test
    void namesMatchWithOrWithoutTheirSuffix() {
        assertThat(county("会宁县").code()).isEqualTo("620422");
        assertThat(county(" 会宁 县 ").code()).isEqualTo("620422");
        KeyMatch stem = county("会宁");
        assertThat(stem.code()).isEqualTo("620422");
        assertThat(stem.note()).startsWith("name without its suffix");
        assertThat(county("长阳县").code()).isEqualTo("420528"); // 长阳土家族自治县
        assertThat(county("长阳土家族自治县").note()).isEmpty();
    }

    @Test
    void aLaterNameIsFollowedBackToIts2012Unit() {
        KeyMatch m = county("滦州市");
        assertThat(m.status()).isEqualTo(KeyMatch.Status.MAPPED);
        assertThat(m.code()).isEqualTo("130223");
    }

    @Test
    void aNameOfSeveralCountiesIsAmbiguousUntilAProvinceColumnSays() {
        KeyMatch m = county("城关区");
        assertThat(m.status()).isEqualTo(KeyMatch.Status.AMBIGUOUS);
        assertThat(m.candidates()).anyMatch(c -> c.contains("540102")).anyMatch(c -> c.contains("620102"));
        assertThat(counties.match("城关区", new KeyMatcher.Hints("甘肃", null)).code()).isEqualTo("620102");
        assertThat(counties.match("城关区", new KeyMatcher.Hints("Tibet", null)).code()).isEqualTo("540102");
        assertThat(counties.match("城区", new KeyMatcher.Hints("山西省", "长治市")).code()).isEqualTo("140402");
        assertThat(county("和田").status()).isEqualTo(KeyMatch.Status.AMBIGUOUS); // 和田县 and 和田市
        assertThat(county("和田县").code()).isEqualTo("653221");
    }

    @Test
    void aNameOutsideTheGivenProvinceIsUnknown() {
        KeyMatch m = counties.match("会宁县", new KeyMatcher.Hints("湖北省", null));
        assertThat(m.status()).isEqualTo(KeyMatch.Status.UNKNOWN);
        assertThat(m.note()).contains("湖北省");
    }

    @Test
    void provincesAndRegionsMatchByCodeOrEitherName() {
        assertThat(provinces.match("62", KeyMatcher.Hints.NONE).code()).isEqualTo("62");
        assertThat(provinces.match("620000", KeyMatcher.Hints.NONE).code()).isEqualTo("62");
        assertThat(provinces.match("甘肃", KeyMatcher.Hints.NONE).code()).isEqualTo("62");
        assertThat(provinces.match("甘肃省", KeyMatcher.Hints.NONE).code()).isEqualTo("62");
        assertThat(provinces.match("广西", KeyMatcher.Hints.NONE).code()).isEqualTo("45");
        assertThat(provinces.match("gansu", KeyMatcher.Hints.NONE).code()).isEqualTo("62");
        assertThat(regions.match("武陵山区", KeyMatcher.Hints.NONE).code()).isEqualTo("wuling");
        assertThat(regions.match("武陵山片区", KeyMatcher.Hints.NONE).code()).isEqualTo("wuling");
        assertThat(regions.match("Wuling Mountains", KeyMatcher.Hints.NONE).code()).isEqualTo("wuling");
        assertThat(regions.match("wuling", KeyMatcher.Hints.NONE).code()).isEqualTo("wuling");
        assertThat(regions.match("Atlantis", KeyMatcher.Hints.NONE).status()).isEqualTo(KeyMatch.Status.UNKNOWN);
    }

    @Test
    void aRealCountyOffTheLayerIsOutsideItNotUnknown() {
        Gazetteer small = new Gazetteer(List.of(new County("620422", "会宁县", "62", "甘肃省", "白银市", List.of())),
                List.of(), List.of(), CodeHistory.bundled());
        KeyMatch m = KeyMatcher.forLevel(Level.COUNTY, small).match("620826", KeyMatcher.Hints.NONE);
        assertThat(m.status()).isEqualTo(KeyMatch.Status.OUTSIDE);
        assertThat(m.note()).contains("静宁县").contains("not on the map's county layer");
    }
}
