package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Layers written by GDAL's ogr2ogr (src/test/resources/geo/gdal, from a GeoJSON with a hole, an island in a lake
 * and Chinese names), so the reader is checked against a writer other than our own.
 */
class GdalWrittenLayerTest {

    private final MapSource gdal = new ClasspathMapSource(GdalWrittenLayerTest.class, "/geo/gdal/");

    @ParameterizedTest
    @ValueSource(strings = {"counties_gbk", "counties_z"})
    void polygonWithHoleAndIslandInLakeAreReadAsWritten(String layerName) {
        FeatureLayer layer = gdal.readPolygons(layerName, new ShapefileReader());

        assertThat(layer.size()).isEqualTo(2);
        Geometry enshi = layer.features().get(0).geometry();
        assertThat(enshi).isInstanceOf(Polygon.class);
        assertThat(((Polygon) enshi).getNumInteriorRing()).isEqualTo(1);
        assertThat(enshi.getArea()).isCloseTo(1.0 - 0.04, org.assertj.core.data.Offset.offset(1e-9));

        Geometry chengguan = layer.features().get(1).geometry();
        assertThat(chengguan).isInstanceOf(MultiPolygon.class);
        assertThat(chengguan.getNumGeometries()).isEqualTo(3);
        assertThat(chengguan.isValid()).isTrue();
        assertThat(chengguan.getArea()).isCloseTo(4 - 1 + 0.16 + 0.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void gbkNamesAreDecodedThroughTheCp936Cpg() {
        FeatureLayer layer = gdal.read("counties_gbk", new ShapefileReader());

        assertThat(layer.features()).extracting(f -> f.text("name_zh")).containsExactly("恩施市", "城关区");
        assertThat(layer.features().get(0).number("area")).isEqualTo(3967.5);
        assertThat(layer.fieldNames()).containsExactly("code", "name_zh", "area");
    }

    @Test
    void identifyOnTheGdalLayerHonoursTheHoleAndTheIsland() {
        LayerIndex index = new LayerIndex(gdal.read("counties_z", new ShapefileReader()));

        assertThat(index.first(109.2, 30.1).map(f -> f.text("code"))).contains("422801");
        assertThat(index.first(109.5, 30.3)).isEmpty();
        assertThat(index.first(90.6, 29.6)).isEmpty();
        assertThat(index.first(91.0, 30.0).map(f -> f.text("name_zh"))).contains("城关区");
    }
}
