package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpatlas.geo.ShapefileException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapSourceTest {

    @TempDir
    Path dir;

    private final MapSource bundled = new ClasspathMapSource(MapSourceTest.class, "/geo/maps/");

    @Test
    void userFolderComesFirst() {
        Path user = dir.resolve("user");

        assertThat(MapSource.locate(user, "/elsewhere", dir, bundled)).isEqualTo(MapSource.directory(user));
    }

    @Test
    void systemPropertyComesBeforeTheDefaultFolder() throws IOException {
        new ShapefileWriter().write(dir, GeoFixtures.regions());

        assertThat(MapSource.locate(null, " /from/property ", dir, bundled))
                .isEqualTo(MapSource.directory(Path.of("/from/property")));
    }

    @Test
    void defaultFolderIsUsedWhenItHoldsRegions() throws IOException {
        new ShapefileWriter().write(dir, GeoFixtures.regions());

        assertThat(MapSource.locate(null, null, dir, bundled)).isEqualTo(MapSource.directory(dir));
    }

    @Test
    void bundledLayersAreUsedWhenTheDefaultFolderHasNoRegions() {
        assertThat(MapSource.locate(null, "", dir.resolve("maps"), bundled)).isSameAs(bundled);
    }

    @Test
    void bundledLayerIsReadFromTheClasspath() {
        assertThat(bundled.has("regions")).isTrue();
        assertThat(bundled.has("nothing")).isFalse();

        FeatureLayer regions = bundled.readPolygons("regions", new ShapefileReader());

        assertThat(regions.features()).extracting(f -> f.text("name_zh")).containsExactly("武陵山区", "西藏区");
        assertThat(bundled.parts("regions").shp().label()).isEqualTo("classpath:/geo/maps/regions.shp");
    }

    @Test
    void missingBundledLayerSaysHowToGiveAFolder() {
        assertThatThrownBy(() -> bundled.parts("counties"))
                .isInstanceOfSatisfying(ShapefileException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_FILE))
                .hasMessageContaining("Missing classpath:/geo/maps/counties.shp")
                .hasMessageContaining("pass --maps DIR (or -Dcpatlas.maps=DIR)");
    }

    @Test
    void missingMapsFolderIsReportedAsSuch() {
        assertThatThrownBy(() -> MapSource.directory(dir.resolve("nope")).parts("regions"))
                .isInstanceOf(ShapefileException.class)
                .hasMessageContaining("The maps folder " + dir.resolve("nope") + " does not exist; pass --maps");
    }

    @Test
    void fileGivenAsMapsFolderIsReportedAsSuch() throws IOException {
        Path file = Files.writeString(dir.resolve("maps.txt"), "x");

        assertThatThrownBy(() -> MapSource.directory(file).parts("regions"))
                .isInstanceOf(ShapefileException.class)
                .hasMessageContaining("is a file, not a folder");
    }
}
