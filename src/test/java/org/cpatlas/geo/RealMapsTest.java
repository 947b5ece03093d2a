package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Point;

/**
 * Identify against the real map layers: {@code -Dcpatlas.maps=DIR}, else {@code ./maps}, else the bundled
 * {@code /maps/}. Skipped (not failed) where no regions.shp exists yet, so the branch stays green before maps land.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealMapsTest {

    private MapSource maps;
    private FeatureLayer regions;
    private FeatureLayer provinces;
    private FeatureLayer counties;
    private PlaceIdentifier identifier;

    @BeforeAll
    void loadRealMaps() {
        maps = MapSource.locate(null);
        assumeTrue(maps.has(PlaceIdentifier.REGIONS), "no real maps (regions.shp) at " + maps.describe());
        // The default policy: the real layers must be valid polygons, or this fails naming the record.
        ShapefileReader reader = new ShapefileReader();
        regions = maps.readPolygons(PlaceIdentifier.REGIONS, reader);
        provinces = maps.readPolygons(PlaceIdentifier.PROVINCES, reader);
        counties = maps.readPolygons(PlaceIdentifier.COUNTIES, reader);
        identifier = new PlaceIdentifier(regions, provinces, counties);
    }

    @Test
    void regionsLayerHasTheFourteenRegionsOfTheDataTable() throws IOException {
        Map<String, String> expected = regionNamesFromData();

        assertThat(regions.size()).isEqualTo(14);
        Map<String, String> actual = new LinkedHashMap<>();
        regions.features().forEach(f -> actual.put(f.text("code"), f.text("name_zh")));
        if (!expected.isEmpty()) {
            assertThat(actual).isEqualTo(expected);
        }
        assertThat(regions.features()).allSatisfy(f ->
                assertThat(f.text("quality")).isIn("sourced", "partial", "approximate"));
        assertThat(regions.fieldNames()).contains("code", "seq", "name_zh", "name_en", "n_counties", "quality");
    }

    @Test
    void layersAreInLonLatAroundChina() {
        assertThat(regions.bounds().getMinX()).isGreaterThan(70);
        assertThat(regions.bounds().getMaxX()).isLessThan(136);
        assertThat(provinces.bounds().getMinY()).isGreaterThan(3);
        assertThat(provinces.bounds().getMaxY()).isLessThan(54);
        assertThat(counties.fieldNames()).contains("code", "name_zh", "prov_code", "region");
    }

    @Test
    void lhasaIsInTibet() {
        Place lhasa = identifier.identify(91.13, 29.65);

        assertThat(lhasa.region().map(RegionInfo::code)).contains("tibet");
        assertThat(lhasa.province().map(ProvinceInfo::code)).contains("54");
        assertThat(lhasa.county().map(CountyInfo::code)).contains("540102");
        assertThat(lhasa.boundaryQuality()).isPresent();
    }

    @Test
    void kashgarIsInSouthernXinjiang() {
        Place kashgar = identifier.identify(75.99, 39.47);

        assertThat(kashgar.region().map(RegionInfo::code)).contains("south_xinjiang");
        assertThat(kashgar.province().map(ProvinceInfo::code)).contains("65");
        assertThat(kashgar.county().map(CountyInfo::code)).contains("653101");
    }

    @Test
    void enshiIsInWulingOnceWulingHasABoundary() {
        Optional<Feature> wuling = regions.features().stream().filter(f -> f.text("code").equals("wuling")).findFirst();
        assumeTrue(wuling.isPresent() && !wuling.get().geometry().isEmpty(), "wuling has no boundary in this build");

        Place enshi = identifier.identify(109.49, 30.27);

        assertThat(enshi.region().map(RegionInfo::code)).contains("wuling");
        assertThat(enshi.province().map(ProvinceInfo::code)).contains("42");
        assertThat(enshi.county().map(CountyInfo::code)).contains("422801");
    }

    @Test
    void beijingIsInNoRegion() {
        Place beijing = identifier.identify(116.40, 39.90);

        assertThat(beijing.region()).isEmpty();
        assertThat(beijing.boundaryQuality()).isEmpty();
        assertThat(beijing.province().map(ProvinceInfo::code)).contains("11");
    }

    @Test
    void shanghaiIsInNoRegion() {
        Place shanghai = identifier.identify(121.47, 31.23);

        assertThat(shanghai.region()).isEmpty();
        assertThat(shanghai.province().map(ProvinceInfo::code)).contains("31");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
            "central Beijing (Tiananmen), 116.397, 39.909, 11, 110101",
            "central Shanghai (People's Square), 121.475, 31.232, 31, 310101",
            "central Tianjin (Heping), 117.201, 39.133, 12, 120101",
            "central Guangzhou (Yuexiu), 113.264, 23.129, 44, 440104"})
    void aCountyAnswersEverywhereOnTheMainlandEvenOutsideTheRegionsProvinces(String place, double lon, double lat,
                                                                           String province, String county) {
        Place here = identifier.identify(lon, lat);

        assertThat(here.province().map(ProvinceInfo::code)).as(place).contains(province);
        assertThat(here.county().map(CountyInfo::code)).as(place).contains(county);
        assertThat(here.region()).as(place).isEmpty();
    }

    @Test
    void hongKongAnswersWithTheDistrictAsTheMapPackageNamesIt() {
        Place central = identifier.identify(114.158, 22.282);

        assertThat(central.province().map(ProvinceInfo::code)).contains("81");
        assertThat(central.county().map(CountyInfo::nameZh)).contains("中西区");
        assertThat(central.county().map(CountyInfo::code)).contains("");
    }

    @Test
    void countyInteriorPointsIdentifyTheRegionTheCountyIsAssignedTo() {
        // The regions layer is built from these counties, so a point well inside a county of a region must fall in
        // that region; simplification may shift a few sliver-thin counties, hence a tolerance of 1 %.
        List<Feature> assigned = counties.features().stream()
                .filter(f -> !f.text("region").isEmpty() && !f.geometry().isEmpty()).toList();
        assumeTrue(!assigned.isEmpty(), "no county carries a region yet");
        List<String> mismatches = assigned.stream().filter(county -> {
            Point inside = county.geometry().getInteriorPoint();
            String found = identifier.identify(inside.getX(), inside.getY()).region().map(RegionInfo::code).orElse("");
            return !found.equals(county.text("region"));
        }).map(county -> county.text("code") + " " + county.text("name_zh") + " (" + county.text("region") + ")").toList();

        assertThat(mismatches.size()).as("counties whose interior point is outside their region: %s", mismatches)
                .isLessThanOrEqualTo(assigned.size() / 100);
    }

    @Test
    void countriesLayerReadsIfPresent() {
        assumeTrue(maps.has("countries"));

        FeatureLayer countries = maps.readPolygons("countries", new ShapefileReader());

        assertThat(countries.size()).isPositive();
        assertThat(countries.features()).allSatisfy(f -> assertThat(f.text("name_en")).isNotBlank());
    }

    /** code → name_zh from data/regions.csv, the project's table of the 14 regions; empty if not on disk. */
    private static Map<String, String> regionNamesFromData() throws IOException {
        Path csv = Path.of("data", "regions.csv");
        Map<String, String> names = new LinkedHashMap<>();
        if (!Files.exists(csv)) {
            return names;
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", 4);
            names.put(cells[0], cells[2]);
        }
        return names;
    }
}
