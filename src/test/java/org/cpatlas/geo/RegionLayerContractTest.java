package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * What issue "the region layer" promises of maps/, read through the reader the app uses: 14 valid regions with
 * their attributes, Chinese names intact, and every Table 1 province pair touching its region, except the pairs
 * whose counties are not yet traced, which are listed here and in data/COUNTIES.md so a fix to the data shows up.
 */
class RegionLayerContractTest {

    /** Table 1 pairs whose region has no county of that province (or next to it) in data/region_counties.csv yet. */
    private static final Set<String> UNTRACED_PAIRS = Set.of("qinba/41");

    private static FeatureLayer regions;
    private static FeatureLayer provinces;
    private static FeatureLayer counties;

    @BeforeAll
    static void read() {
        ShapefileReader reader = new ShapefileReader();
        MapSource maps = MapSource.directory(Path.of("maps"));
        regions = maps.readPolygons("regions", reader);
        provinces = maps.readPolygons("provinces", reader);
        counties = maps.readPolygons("counties", reader);
    }

    @Test
    void fourteenValidRegionsWithTheirAttributes() {
        assertThat(regions.size()).isEqualTo(14);
        assertThat(regions.fieldNames()).contains("code", "seq", "name_zh", "name_en", "n_counties", "quality");
        for (Feature f : regions.features()) {
            assertThat(f.geometry().isValid()).as(f.text("code")).isTrue();
            assertThat(f.geometry().isEmpty()).as(f.text("code")).isFalse();
            assertThat(f.text("quality")).isIn("sourced", "partial", "approximate");
            assertThat(f.number("n_counties")).as(f.text("code")).isPositive();
        }
        assertThat(regions.features().stream().map(f -> f.text("name_zh")))
                .contains("六盘山区", "滇桂黔石漠化区", "燕山-太行山区", "新疆南疆三地州", "四省藏区");
    }

    @Test
    void regionMembershipCountsMatchTheDataTable() throws IOException {
        Map<String, Long> rows = Files.readAllLines(Path.of("data/region_counties.csv"), StandardCharsets.UTF_8)
                .stream().skip(1).map(line -> line.substring(0, line.indexOf(',')))
                .collect(Collectors.groupingBy(code -> code, Collectors.counting()));
        for (Feature f : regions.features()) {
            assertThat(f.number("n_counties").longValue()).as(f.text("code")).isEqualTo(rows.get(f.text("code")));
        }
    }

    @Test
    void qinbasHubeiPlanScopeNamesAreNotMembers() {
        // The Hubei part of the Qinba *plan* (郧西, 郧县, 丹江口, 竹溪, 竹山, 房县, 茅箭区, 张湾区, 保康) is not the June-2012
        // list: the evidence keeps them as plan scope, and no Hubei county may carry the region.
        assertThat(counties.features()).filteredOn(f -> f.text("prov_code").equals("42"))
                .allSatisfy(f -> assertThat(f.text("region")).as(f.text("name_zh")).doesNotContain("qinba"));
        assertThat(counties.features()).filteredOn(f -> Set.of("420322", "420321", "420381", "420324", "420323",
                "420325", "420302", "420303", "420626").contains(f.text("code"))).hasSize(9)
                .allSatisfy(f -> assertThat(f.text("region")).isEmpty());
    }

    @Test
    void theThirdRoundsCountiesAreMembersWithTheirBasis() {
        Map<String, String> expected = Map.of("610826", "luliang", "610827", "luliang", "610828", "luliang",
                "610829", "luliang", "610830", "luliang", "610831", "luliang", "220822", "khingan",
                "411523", "dabie", "451226", "dian_gui_qian", "430522", "wuling");
        expected.forEach((code, region) -> assertThat(counties.features()).filteredOn(f -> f.text("code").equals(code))
                .singleElement().satisfies(f -> {
                    assertThat(f.text("region")).isEqualTo(region);
                    assertThat(f.text("basis")).isEqualTo("explicit");
                }));
    }

    @Test
    void countyLayerCoversTheTwentyOneProvincesWithUtf8Names() {
        assertThat(counties.size()).isBetween(2140, 2160);
        Set<String> provinceCodes = counties.features().stream().map(f -> f.text("prov_code"))
                .filter(code -> !code.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(provinceCodes).hasSize(21);
        assertThat(counties.features()).anySatisfy(f -> assertThat(f.text("name_zh")).isEqualTo("城关区"));
        assertThat(counties.features()).allSatisfy(f -> assertThat(f.text("name_zh")).doesNotContain("\uFFFD"));
    }

    @Test
    void everyTable1ProvinceTouchesItsRegion() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("data/table1_province_rows.csv"), StandardCharsets.UTF_8)
                .subList(1, 41)) {
            String[] cells = line.split(",", -1);
            Geometry region = byField(regions, "code", cells[0]);
            Geometry province = byField(provinces, "code", cells[1]);
            if (!region.intersects(province)) {
                missing.add(cells[0] + "/" + cells[1]);
            }
        }
        assertThat(missing).containsExactlyInAnyOrderElementsOf(UNTRACED_PAIRS);
    }

    private static Geometry byField(FeatureLayer layer, String field, String value) {
        return layer.features().stream().filter(f -> f.text(field).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError(field + "=" + value + " not in " + layer.name())).geometry();
    }
}
