package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.domain.CountyMembership;
import org.cpatlas.domain.MembershipBasis;
import org.cpatlas.domain.MembershipList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

class RegionLayerBuilderTest {

    private static FeatureLayer regions;
    private static FeatureLayer counties;
    private static RegionLayerBuilder builder;

    @BeforeAll
    static void read() {
        ShapefileReader reader = new ShapefileReader();
        MapSource maps = MapSource.directory(Path.of("maps"));
        regions = maps.readPolygons("regions", reader);
        counties = maps.readPolygons("counties", reader);
        builder = new RegionLayerBuilder(regions, counties, new GeometryFactory());
    }

    @Test
    void theBundledListRebuildsTheBundledRegionsWithTheirCountsAndQuality() {
        MembershipList bundled = RegionLayerBuilder.listOf(counties, MembershipList.BUNDLED);
        List<Double> progress = new ArrayList<>();
        RegionLayerBuilder.Built built = builder.build(bundled, progress::add);
        assertThat(built.regions().size()).isEqualTo(14);
        assertThat(progress).hasSize(14).last().isEqualTo(1.0);
        for (int i = 0; i < 14; i++) {
            Feature original = regions.features().get(i);
            Feature rebuilt = built.regions().features().get(i);
            String code = original.text("code");
            assertThat(rebuilt.text("code")).isEqualTo(code);
            assertThat(rebuilt.text("quality")).as(code).isEqualTo(original.text("quality"));
            assertThat(rebuilt.number("n_counties")).as(code).isEqualTo(original.number("n_counties"));
            assertThat(rebuilt.number("n_official")).as(code).isEqualTo(original.number("n_official"));
            assertThat(rebuilt.geometry().symDifference(original.geometry()).getArea()).as(code)
                    .isLessThan(1e-9 * original.geometry().getArea());
        }
        assertThat(built.outcomes()).allSatisfy(o -> assertThat(o.method())
                .isEqualTo(CountyDissolver.Method.SHARED_EDGES));
    }

    @Test
    void aListThatMovesACountyRedrawsBothRegionsAndTheCountyLayer() {
        MembershipList bundled = RegionLayerBuilder.listOf(counties, MembershipList.BUNDLED);
        // 永登县 (620121) is in Liupan in the bundled list; this list puts it in Qinba instead.
        List<CountyMembership> rows = new ArrayList<>();
        for (CountyMembership row : bundled.members()) {
            rows.add(row.countyCode().equals("620121")
                    ? new CountyMembership("620121", "qinba", MembershipBasis.EXPLICIT, "a user's list", "", 7) : row);
        }
        RegionLayerBuilder.Built built = builder.build(new MembershipList("mine", rows), p -> { });
        Feature liupan = find(built.regions(), "liupan");
        Feature qinba = find(built.regions(), "qinba");
        Feature yongdeng = counties.features().stream().filter(f -> f.text("code").equals("620121")).findFirst()
                .orElseThrow();
        assertThat(liupan.number("n_counties")).isEqualTo(find(regions, "liupan").number("n_counties") - 1);
        assertThat(qinba.number("n_counties")).isEqualTo(find(regions, "qinba").number("n_counties") + 1);
        assertThat(qinba.geometry().covers(yongdeng.geometry().getInteriorPoint())).isTrue();
        assertThat(liupan.geometry().covers(yongdeng.geometry().getInteriorPoint())).isFalse();
        Feature county = built.counties().features().stream().filter(f -> f.text("code").equals("620121"))
                .findFirst().orElseThrow();
        assertThat(county.text("region")).isEqualTo("qinba");
        assertThat(county.text("basis")).isEqualTo("explicit");
        assertThat(county.text("source")).isEqualTo("a user's list");
    }

    @Test
    void aRegionWithoutCountiesIsEmptyAndPartialAndUnknownCountiesAreCounted() {
        List<CountyMembership> rows = List.of(
                new CountyMembership("620121", "liupan", MembershipBasis.EXPLICIT, "s", "", 2),
                new CountyMembership("999999", "liupan", MembershipBasis.EXPLICIT, "s", "", 3));
        RegionLayerBuilder.Built built = builder.build(new MembershipList("tiny", rows), p -> { });
        Feature qinba = find(built.regions(), "qinba");
        assertThat(qinba.geometry().isEmpty()).isTrue();
        assertThat(qinba.text("quality")).isEqualTo("partial");
        assertThat(qinba.number("n_counties")).isZero();
        RegionLayerBuilder.RegionOutcome liupan = built.outcomes().get(0);
        assertThat(liupan.code()).isEqualTo("liupan");
        assertThat(liupan.members()).isEqualTo(2);
        assertThat(liupan.drawn()).isEqualTo(1);
        assertThat(liupan.unmapped()).containsExactly("999999");
        assertThat(find(built.regions(), "liupan").number("n_unmapped")).isEqualTo(1.0);
    }

    @Test
    void qualityFollowsTheWeakestMemberAndTheOfficialCount() {
        CountyMembership explicit = new CountyMembership("1", "r", MembershipBasis.EXPLICIT, "", "", 0);
        CountyMembership prefecture = new CountyMembership("2", "r", MembershipBasis.WHOLE_PREFECTURE, "", "", 0);
        CountyMembership inferred = new CountyMembership("3", "r", MembershipBasis.INFERRED, "", "", 0);
        CountyMembership approximate = new CountyMembership("4", "r", MembershipBasis.APPROXIMATE, "", "", 0);
        assertThat(RegionLayerBuilder.quality(List.of(explicit, prefecture), 2)).isEqualTo(BoundaryQuality.SOURCED);
        assertThat(RegionLayerBuilder.quality(List.of(explicit, prefecture), 0)).isEqualTo(BoundaryQuality.SOURCED);
        assertThat(RegionLayerBuilder.quality(List.of(explicit, prefecture), 3)).isEqualTo(BoundaryQuality.PARTIAL);
        assertThat(RegionLayerBuilder.quality(List.of(explicit, inferred), 2)).isEqualTo(BoundaryQuality.PARTIAL);
        assertThat(RegionLayerBuilder.quality(List.of(explicit, approximate, inferred), 0))
                .isEqualTo(BoundaryQuality.APPROXIMATE);
        assertThat(RegionLayerBuilder.quality(List.of(), 0)).isEqualTo(BoundaryQuality.PARTIAL);
    }

    private static Feature find(FeatureLayer layer, String code) {
        return layer.features().stream().filter(f -> f.text("code").equals(code)).findFirst().orElseThrow();
    }
}
