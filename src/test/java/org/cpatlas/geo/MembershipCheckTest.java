package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cpatlas.domain.CountyMembership;
import org.cpatlas.domain.MembershipBasis;
import org.cpatlas.domain.MembershipList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

class MembershipCheckTest {

    private static FeatureLayer counties;
    private static MembershipCheck check;

    @BeforeAll
    static void read() {
        ShapefileReader reader = new ShapefileReader();
        MapSource maps = MapSource.directory(Path.of("maps"));
        FeatureLayer regions = maps.readPolygons("regions", reader);
        counties = maps.readPolygons("counties", reader);
        check = new MembershipCheck(regions, new RegionLayerBuilder(regions, counties, new GeometryFactory()));
    }

    private static CountyMembership row(String county, String region, int row) {
        return new CountyMembership(county, region, MembershipBasis.EXPLICIT, "", "", row);
    }

    @Test
    void theBundledListHasEveryRegionAndNoCountyTwice() {
        MembershipCheck.Report report = check.check(RegionLayerBuilder.listOf(counties, "bundled"));
        assertThat(report.clean()).isTrue();
        assertThat(report.regions()).hasSize(14);
        MembershipCheck.RegionCount liupan = report.regions().get(0);
        assertThat(liupan.nameZh()).isEqualTo("六盘山区");
        assertThat(liupan.official()).isEqualTo(61);
        assertThat(liupan.listed()).isEqualTo(liupan.drawn());
        assertThat(report.regions()).filteredOn(r -> r.official() > 0).extracting(MembershipCheck.RegionCount::official)
                .containsExactlyInAnyOrder(61, 38, 56, 19, 33, 36, 23, 74, 24);
    }

    @Test
    void everyRowNeedingAttentionIsReportedWithItsFileRows() {
        MembershipList list = new MembershipList("mine", List.of(
                row("620121", "liupan", 2),
                row("620121", "qinba", 3),
                row("620122", "liupan", 4),
                row("620122", "liupan", 5),
                row("999999", "liupan", 6),
                row("620123", "atlantis", 7)));
        MembershipCheck.Report report = check.check(list);
        assertThat(report.clean()).isFalse();
        assertThat(report.countiesInTwoRegions()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("620121");
            assertThat(r.rows()).containsExactly(2, 3);
            assertThat(r.regions()).containsExactly("liupan", "qinba");
        });
        assertThat(report.duplicateRows()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("620122");
            assertThat(r.rows()).containsExactly(4, 5);
        });
        assertThat(report.countiesNotOnTheMap()).extracting(MembershipCheck.Rows::key).containsExactly("999999");
        assertThat(report.unknownRegions()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("atlantis");
            assertThat(r.rows()).containsExactly(7);
        });
        assertThat(report.regionsWithoutCounty()).hasSize(12).doesNotContain("liupan", "qinba");
        MembershipCheck.RegionCount liupan = report.regions().get(0);
        assertThat(liupan.listed()).isEqualTo(3);
        assertThat(liupan.drawn()).isEqualTo(2);
        assertThat(liupan.differsFromOfficial()).isTrue();
    }
}
