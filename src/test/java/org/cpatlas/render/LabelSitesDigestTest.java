package org.cpatlas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.cpatlas.geo.AtlasLayerPolicy;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.geo.ValidityMemo;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** The digest that keys remembered label sites is the same whether the coordinates are copied in bulk or one by one. */
class LabelSitesDigestTest {

    @Test
    void bulkAndVertexByVertexDigestsAgreeForEveryBundledOutline() {
        MapSource maps = MapSource.locate(null);
        assumeTrue(maps.has(PlaceIdentifier.COUNTIES), "no real maps at " + maps.describe());
        int outlines = 0;
        for (String name : List.of(PlaceIdentifier.REGIONS, PlaceIdentifier.PROVINCES, PlaceIdentifier.COUNTIES)) {
            FeatureLayer layer = maps.readPolygons(name, AtlasLayerPolicy.reader(ValidityMemo.NONE));
            for (var feature : layer.features()) {
                Geometry g = feature.geometry();
                assertThat(LabelSites.digest(g, 7, true)).as(name + " " + feature.text("code"))
                        .isEqualTo(LabelSites.digest(g, 7, false));
                outlines++;
            }
        }
        assertThat(outlines).isGreaterThan(3000);
    }

    @Test
    void outlinesNotPackedAreDigestedVertexByVertexAsBefore() {
        GeometryFactory plain = new GeometryFactory();
        Geometry square = plain.createPolygon(new Coordinate[] {new Coordinate(100, 30), new Coordinate(101, 30),
            new Coordinate(101, 31), new Coordinate(100, 31), new Coordinate(100, 30)});

        assertThat(LabelSites.digest(square, 7)).isEqualTo(LabelSites.digest(square, 7, false))
                .startsWith(LabelSites.digest(square, 7).substring(0, 4));
        // A moved vertex is another outline, whichever way it is read.
        Geometry moved = plain.createPolygon(new Coordinate[] {new Coordinate(100, 30), new Coordinate(101, 30),
            new Coordinate(101, 31.5), new Coordinate(100, 31), new Coordinate(100, 30)});
        assertThat(LabelSites.digest(moved, 7)).isNotEqualTo(LabelSites.digest(square, 7));
    }
}
