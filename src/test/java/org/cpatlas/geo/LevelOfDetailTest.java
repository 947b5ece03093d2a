package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.junit.jupiter.api.Test;

class LevelOfDetailTest {

    private static final GeometryFactory GF = new GeometryFactory();

    /** A 1° square whose edges carry a vertex every 0.001°: far more than any low zoom can show. */
    private static Geometry denseSquare() {
        List<Coordinate> ring = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ring.add(new Coordinate(100 + i * 0.001, 30));
        }
        for (int i = 0; i < 1000; i++) {
            ring.add(new Coordinate(101, 30 + i * 0.001));
        }
        for (int i = 0; i < 1000; i++) {
            ring.add(new Coordinate(101 - i * 0.001, 31));
        }
        for (int i = 0; i < 1000; i++) {
            ring.add(new Coordinate(100, 31 - i * 0.001));
        }
        ring.add(new Coordinate(100, 30));
        return GF.createPolygon(ring.toArray(Coordinate[]::new));
    }

    @Test
    void lowZoomsDrawFewerVerticesThanTheSource() {
        Geometry dense = denseSquare();
        LevelOfDetail detail = new LevelOfDetail(List.of(dense));
        Geometry atFour = detail.at(4).get(0);
        assertThat(atFour.getNumPoints()).isLessThan(10);
        assertThat(atFour.getArea()).isCloseTo(dense.getArea(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aGeometryThatLosesNoVertexIsSharedWithTheSourceNotCopied() {
        Geometry square = GF.createPolygon(new Coordinate[] {new Coordinate(100, 30), new Coordinate(101, 30),
            new Coordinate(101, 31), new Coordinate(100, 31), new Coordinate(100, 30)});
        LevelOfDetail detail = new LevelOfDetail(List.of(square, denseSquare()));
        for (int level = 0; level < LevelOfDetail.MAX_LEVEL; level++) {
            assertThat(detail.at(level).get(0)).isSameAs(square);
            assertThat(detail.at(level).get(1)).isNotSameAs(detail.source().get(1));
        }
    }

    @Test
    void levelsBeyondTheVertexBudgetAreDroppedLeastRecentFirstAndBuiltAgainAlike() {
        Geometry dense = denseSquare();
        LevelOfDetail unbounded = new LevelOfDetail(List.of(dense));
        // Every level of the straight-edged square is a 5-vertex copy: room for two levels.
        LevelOfDetail bounded = new LevelOfDetail(List.of(dense), 2 * unbounded.at(10).get(0).getNumPoints());
        for (int level = 0; level < LevelOfDetail.MAX_LEVEL; level++) {
            assertThat(bounded.at(level).get(0).equalsExact(unbounded.at(level).get(0))).isTrue();
        }
        assertThat(bounded.keptLevels()).isEqualTo(2);
        List<Geometry> ten = bounded.at(10);
        assertThat(bounded.at(10)).isSameAs(ten);

        for (int level = 0; level < LevelOfDetail.MAX_LEVEL; level++) {
            assertThat(bounded.at(level).get(0).equalsExact(unbounded.at(level).get(0))).isTrue();
        }
        assertThat(unbounded.keptLevels()).isEqualTo(LevelOfDetail.MAX_LEVEL);
    }
}
