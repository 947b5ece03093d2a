package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceIdentifierTest {

    private final PlaceIdentifier identifier =
            new PlaceIdentifier(GeoFixtures.regions(), GeoFixtures.provinces(), GeoFixtures.counties());

    @Test
    void pointInARegionGetsRegionProvinceCountyAndBoundaryQuality() {
        Place place = identifier.identify(107, 26);

        assertThat(place.region()).contains(new RegionInfo("wuling", "武陵山区", "Wuling Mountains", "approximate"));
        assertThat(place.province()).contains(new ProvinceInfo("42", "湖北省", "Hubei"));
        assertThat(place.county()).contains(new CountyInfo("420006", "县6"));
        assertThat(place.boundaryQuality()).contains("approximate");
        assertThat(place.region().orElseThrow().isApproximate()).isTrue();
    }

    @Test
    void pointOutsideEveryRegionStillGetsProvinceAndCounty() {
        Place place = identifier.identify(101, 21);

        assertThat(place.region()).isEmpty();
        assertThat(place.boundaryQuality()).isEmpty();
        assertThat(place.province().map(ProvinceInfo::code)).contains("42");
        assertThat(place.county().map(CountyInfo::code)).contains("420001");
    }

    @Test
    void pointOutsideTheMapGetsNothing() {
        assertThat(identifier.identify(-70, -30)).isEqualTo(
                new Place(-70, -30, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void sourcedRegionIsNotApproximate() {
        Place place = identifier.identify(85, 30);

        assertThat(place.region().map(RegionInfo::code)).contains("tibet");
        assertThat(place.region().orElseThrow().isApproximate()).isFalse();
        assertThat(place.province()).isEmpty();
    }

    @Test
    void loadsTheThreeLayersFromAMapsFolder(@TempDir Path dir) throws IOException {
        ShapefileWriter writer = new ShapefileWriter();
        writer.write(dir, GeoFixtures.regions());
        writer.write(dir, GeoFixtures.provinces());
        writer.write(dir, GeoFixtures.counties());

        PlaceIdentifier loaded = PlaceIdentifier.load(MapSource.directory(dir), new ShapefileReader());

        assertThat(loaded.identify(113, 33)).isEqualTo(identifier.identify(113, 33));
        assertThat(loaded.identify(113, 33).region().map(RegionInfo::nameZh)).contains("武陵山区");
    }
}
