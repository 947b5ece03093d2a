package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class CountyDissolverTest {

    private final GeometryFactory factory = new GeometryFactory();
    private final CountyDissolver dissolver = new CountyDissolver(factory);

    @Test
    void eachBundledRegionIsItsMemberCountiesDissolvedAlongSharedEdges() {
        ShapefileReader reader = new ShapefileReader();
        MapSource maps = MapSource.directory(Path.of("maps"));
        FeatureLayer regions = maps.readPolygons("regions", reader);
        FeatureLayer counties = maps.readPolygons("counties", reader);
        for (Feature region : regions.features()) {
            String code = region.text("code");
            List<Geometry> members = new ArrayList<>();
            for (Feature county : counties.features()) {
                if (List.of(county.text("region").split(";")).contains(code)) {
                    members.add(county.geometry());
                }
            }
            CountyDissolver.Result result = dissolver.dissolve(members);
            Geometry built = result.geometry();
            Geometry bundled = region.geometry();
            assertThat(result.method()).as(code).isEqualTo(CountyDissolver.Method.SHARED_EDGES);
            assertThat(built.isValid()).as(code).isTrue();
            assertThat(built.getNumGeometries()).as(code + " parts").isEqualTo(bundled.getNumGeometries());
            double difference = built.symDifference(bundled).getArea();
            assertThat(difference / bundled.getArea()).as(code + " area outside the bundled outline")
                    .isLessThan(1e-9);
        }
    }

    @Test
    void neighboursSharingAnEdgeBecomeOnePolygonWithoutTheEdge() {
        CountyDissolver.Result result = dissolver.dissolve(List.of(square(0, 0), square(1, 0)));
        assertThat(result.method()).isEqualTo(CountyDissolver.Method.SHARED_EDGES);
        assertThat(result.geometry().getNumGeometries()).isEqualTo(1);
        assertThat(result.geometry().getArea()).isEqualTo(2.0);
        assertThat(result.geometry().getCoordinates()).doesNotContain(new Coordinate(1, 0.5));
        assertThat(result.geometry().getEnvelopeInternal().getWidth()).isEqualTo(2.0);
    }

    @Test
    void aRingOfCountiesAroundAnotherKeepsTheHole() {
        List<Geometry> ring = new ArrayList<>();
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 3; y++) {
                if (x != 1 || y != 1) {
                    ring.add(square(x, y));
                }
            }
        }
        CountyDissolver.Result result = dissolver.dissolve(ring);
        assertThat(result.method()).isEqualTo(CountyDissolver.Method.SHARED_EDGES);
        Polygon polygon = (Polygon) result.geometry().getGeometryN(0);
        assertThat(result.geometry().getNumGeometries()).isEqualTo(1);
        assertThat(polygon.getNumInteriorRing()).isEqualTo(1);
        assertThat(polygon.getArea()).isEqualTo(8.0);
    }

    @Test
    void separatedCountiesStaySeparateParts() {
        CountyDissolver.Result result = dissolver.dissolve(List.of(square(0, 0), square(5, 5)));
        assertThat(result.geometry().getNumGeometries()).isEqualTo(2);
        assertThat(result.geometry().getArea()).isEqualTo(2.0);
    }

    @Test
    void overlappingPolygonsFromElsewhereAreUnionedExactly() {
        Geometry a = factory.toGeometry(new org.locationtech.jts.geom.Envelope(0, 2, 0, 2));
        Geometry b = factory.toGeometry(new org.locationtech.jts.geom.Envelope(1, 3, 1, 3));
        CountyDissolver.Result result = dissolver.dissolve(List.of(a, b));
        assertThat(result.method()).isEqualTo(CountyDissolver.Method.OVERLAY_UNION);
        assertThat(result.geometry().getArea()).isEqualTo(7.0);
        assertThat(result.geometry().isValid()).isTrue();
    }

    @Test
    void neighboursWhoseSharedEdgeIsNotNodedAlikeAreStillUnionedWithoutASliver() {
        // The right square's left edge has an extra vertex at (1, 0.5): the edges are not the same segments.
        Geometry left = square(0, 0);
        Geometry right = factory.createPolygon(new Coordinate[] {new Coordinate(1, 0), new Coordinate(2, 0),
            new Coordinate(2, 1), new Coordinate(1, 1), new Coordinate(1, 0.5), new Coordinate(1, 0)});
        CountyDissolver.Result result = dissolver.dissolve(List.of(left, right));
        assertThat(result.method()).isEqualTo(CountyDissolver.Method.OVERLAY_UNION);
        assertThat(result.geometry().getNumGeometries()).isEqualTo(1);
        assertThat(((Polygon) result.geometry().getGeometryN(0)).getNumInteriorRing()).isZero();
        assertThat(result.geometry().getArea()).isEqualTo(2.0);
    }

    @Test
    void noMembersGiveAnEmptyOutline() {
        CountyDissolver.Result result = dissolver.dissolve(List.of());
        assertThat(result.method()).isEqualTo(CountyDissolver.Method.EMPTY);
        assertThat(result.geometry().isEmpty()).isTrue();
    }

    private Geometry square(double x, double y) {
        return factory.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + 1, y),
            new Coordinate(x + 1, y + 1), new Coordinate(x, y + 1), new Coordinate(x, y)});
    }
}
