package org.cpatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.domain.CountyMembership;
import org.cpatlas.domain.MembershipBasis;
import org.cpatlas.domain.MembershipDiff;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.MembershipCheck;
import org.cpatlas.geo.RegionLayerBuilder;
import org.cpatlas.geo.ShapefileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.GeometryFactory;

/** Membership lists read, matched and checked before anything is stored; every bad input named with its rows. */
class MembershipPlannerTest {

    private static final String HEADER = "county,province,region,basis,source,note";
    private static FeatureLayer regions;
    private static FeatureLayer counties;
    private static Gazetteer gazetteer;
    private static MembershipPlanner planner;

    @TempDir
    Path dir;

    @BeforeAll
    static void maps() {
        MapSource maps = MapSource.directory(Path.of("maps"));
        ShapefileReader reader = new ShapefileReader(
                ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST));
        regions = maps.read("regions", reader);
        counties = maps.read("counties", reader);
        gazetteer = Gazetteer.of(counties, maps.read("provinces", reader), regions, CodeHistory.bundled());
        planner = planner(gazetteer);
    }

    private static MembershipPlanner planner(Gazetteer g) {
        return new MembershipPlanner(g, new MembershipCheck(regions,
                new RegionLayerBuilder(regions, counties, new GeometryFactory())));
    }

    private MembershipPreview preview(Charset charset, String... lines) {
        Path file = ImportFixtures.text(dir.resolve("list.csv"), charset, lines);
        return planner.preview(new TableReader().read(file, ReadOptions.detect()), MembershipSettings.detect(), null);
    }

    private MembershipPreview preview(String... lines) {
        return preview(StandardCharsets.UTF_8, lines);
    }

    @Test
    void theBundledDataFileReadAsAListIsTheBundledListRowForRow() {
        MembershipPreview preview = planner.preview(new TableReader().read(Path.of("data/region_counties.csv"),
                ReadOptions.detect()), MembershipSettings.detect(), "copy");
        assertThat(preview.canImport()).as(String.join("\n", preview.blocking())).isTrue();
        assertThat(preview.roles()).contains("counties: F (county_code_2012)", "regions: A (region_code)",
                "basis: G (basis)", "source: H (source)", "note: I (note)");
        MembershipList bundled = RegionLayerBuilder.listOf(counties, MembershipList.BUNDLED);
        assertThat(preview.list().members()).hasSize(bundled.members().size());
        assertThat(MembershipDiff.between(bundled, preview.list(), List.of()).unchanged()).isTrue();
        CountyMembership first = preview.list().members().get(0);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.note()).as("the note of the file's row 2, whole").isEqualTo(new TableReader()
                .read(Path.of("data/region_counties.csv"), ReadOptions.detect()).rows().get(0).cell(8).text().strip());
        assertThat(first.note()).contains("INFERRED split");
        assertThat(preview.check().regions()).hasSize(regions.size());
    }

    @Test
    void aCountyInTwoRegionsStopsTheImportNamingBothRows() {
        MembershipPreview preview = preview(HEADER, "620422,甘肃省,六盘山区,,,", "620422,甘肃省,秦巴山区,,,");
        assertThat(preview.canImport()).isFalse();
        assertThat(preview.blocking()).singleElement().asString()
                .contains("会宁县 (620422) in liupan and qinba, rows [2, 3]").contains("keep one row for each");
    }

    @Test
    void unknownRegionNamesStopTheImportWithTheirRows() {
        MembershipPreview preview = preview(HEADER, "620422,甘肃省,六盘山区,,,", "620421,甘肃省,六盘,,,",
                "620423,甘肃省,陇中片区,,,");
        assertThat(preview.canImport()).isFalse();
        assertThat(preview.regionRows()).extracting(RowMatch::row).containsExactly(4);
        assertThat(preview.blocking()).singleElement().asString().contains("1 row names no region of the 14")
                .contains("row 4 '陇中片区'");
        assertThat(MembershipPreviewText.lines(preview)).contains("Cannot be imported as it is:");
    }

    @Test
    void countiesOfOtherYearsAreFollowedBackTo2012AndReported() {
        MembershipPreview preview = preview(HEADER, "130284,河北省,燕山-太行山区,,,", "620422,甘肃省,liupan,,,");
        assertThat(preview.canImport()).isTrue();
        assertThat(preview.list().members()).extracting(CountyMembership::countyCode)
                .containsExactly("130223", "620422");
        assertThat(preview.countyReport().mapped()).singleElement()
                .satisfies(m -> assertThat(m.describe()).contains("row 2").contains("130284"));
        assertThat(preview.plan().keys().get(0).matchNote()).contains("滦州市 130284 ← 滦县 130223");
        // a code formed from several 2012 counties is never guessed: left out with its row
        MembershipPreview merged = preview(HEADER, "130606,河北省,燕山-太行山区,,,", "620422,甘肃省,liupan,,,");
        assertThat(merged.plan().leftOut()).singleElement().satisfies(r -> assertThat(r.row()).isEqualTo(2));
    }

    @Test
    void aListNamingNoCountyOfTheMapIsEmptyAndStopped() {
        MembershipPreview preview = preview(HEADER, "999999,,六盘山区,,,", "不存在县,,六盘山区,,,");
        assertThat(preview.canImport()).isFalse();
        assertThat(preview.list().members()).isEmpty();
        assertThat(preview.blocking()).singleElement().asString().contains("no row names a county of the map");
        assertThatThrownBy(() -> preview(HEADER)).isInstanceOf(ImportException.class)
                .hasMessageContaining("the list has a header row but no rows");
    }

    @Test
    void aRegionLeftWithNoCountyIsReportedNotStopped() {
        MembershipPreview preview = preview(HEADER, "620422,甘肃省,六盘山区,explicit,Gansu list 2012,");
        assertThat(preview.canImport()).isTrue();
        assertThat(preview.check().regionsWithoutCounty()).hasSize(regions.size() - 1).doesNotContain("liupan");
        assertThat(String.join("\n", MembershipPreviewText.lines(preview))).contains("no county in this list")
                .contains("Regions with no county in this list");
    }

    @Test
    void aRepeatedRowIsLeftOutNamingTheRowItRepeats() {
        MembershipPreview preview = preview(HEADER, "620422,甘肃省,六盘山区,,,", "会宁县,甘肃省,六盘山区,,,");
        assertThat(preview.canImport()).isTrue();
        assertThat(preview.list().members()).hasSize(1);
        assertThat(preview.repeated()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(3);
            assertThat(r.reason()).contains("repeats row 2");
        });
    }

    @Test
    void aGbkFileWithoutADeclaredEncodingIsReadAsGb18030() {
        MembershipPreview preview = preview(Charset.forName("GBK"), "县名,省份,片区,依据",
                "会宁县,甘肃省,六盘山区,explicit", "静宁县,甘肃省,六盘山区,approximate");
        assertThat(preview.table().encoding()).isEqualTo("GB18030 (GBK)");
        assertThat(preview.list().members()).extracting(CountyMembership::countyCode)
                .containsExactly("620422", "620826");
        assertThat(preview.list().members().get(1).basis()).isEqualTo(MembershipBasis.APPROXIMATE);
    }

    @Test
    void aHugeListIsRefusedWhileItIsReadInBoundedMemory() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 30; i++) {
            lines.add("620422,甘肃省,六盘山区,,,");
        }
        Path file = ImportFixtures.text(dir.resolve("huge.csv"), StandardCharsets.UTF_8, lines.toArray(String[]::new));
        assertThatThrownBy(() -> new TableReader(20).read(file, ReadOptions.detect()))
                .isInstanceOf(ImportException.class).hasMessageContaining("the table has more than 20 rows");
    }

    @Test
    void aCountyOutsideTheLayerIsLeftOutAndSaysSo() {
        List<County> fewer = gazetteer.counties().stream().filter(c -> !c.code().equals("620421")).toList();
        MembershipPlanner smaller = planner(new Gazetteer(fewer, gazetteer.provinces(), gazetteer.regions(),
                gazetteer.history()));
        Path file = ImportFixtures.text(dir.resolve("outside.csv"), StandardCharsets.UTF_8, HEADER,
                "620422,甘肃省,六盘山区,,,", "620421,甘肃省,六盘山区,,,");
        MembershipPreview preview = smaller.preview(new TableReader().read(file, ReadOptions.detect()),
                MembershipSettings.detect(), "x");
        assertThat(preview.canImport()).isTrue();
        assertThat(preview.countyReport().outside()).singleElement()
                .satisfies(m -> assertThat(m.row()).isEqualTo(3));
        assertThat(preview.plan().leftOut()).singleElement().satisfies(r -> assertThat(r.row()).isEqualTo(3));
        assertThat(String.join("\n", MembershipPreviewText.lines(preview))).contains("Not on the map's county layer");
    }

    @Test
    void anUnknownBasisStopsTheImportAndTheBundledNameIsTaken() {
        MembershipPreview preview = preview(HEADER, "620422,甘肃省,六盘山区,maybe,,");
        assertThat(preview.blocking()).anySatisfy(b -> assertThat(b).contains("row 2: the basis 'maybe' is none of"));
        Path file = ImportFixtures.text(dir.resolve("b.csv"), StandardCharsets.UTF_8, HEADER, "620422,甘肃省,六盘山区,,,");
        MembershipPreview named = planner.preview(new TableReader().read(file, ReadOptions.detect()),
                MembershipSettings.detect(), "Bundled");
        assertThat(named.blocking()).anySatisfy(b -> assertThat(b).contains("the name of the atlas's own list"));
    }
}
