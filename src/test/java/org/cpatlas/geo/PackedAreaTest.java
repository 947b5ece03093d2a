package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * A packed area must answer exactly as JTS's indexed locator over a copy of the geometry mapped the same way, for
 * whole multipolygons: islands, holes, islands in holes, vertices and edges.
 */
class PackedAreaTest {

    private static final DoubleUnaryOperator SAME = v -> v;
    /** Web Mercator's y of a latitude: a mapping that bends, as the labels' outlines are mapped. */
    private static final DoubleUnaryOperator MERCATOR_Y =
            lat -> -Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2));
    private static final DoubleUnaryOperator SCALED_X = lon -> (lon + 180) / 360 * 256;

    @Test
    void islandInALakeIsInsideAndTheLakeIsNot() {
        Geometry g = GeoFixtures.islandInLake();
        PackedArea area = PackedArea.of(g, SAME, SAME);
        IndexedPointInAreaLocator jts = new IndexedPointInAreaLocator(g);
        Envelope env = g.getEnvelopeInternal();
        Random random = new Random(3);
        int inside = 0;
        int outside = 0;
        for (int i = 0; i < 4_000; i++) {
            double x = env.getMinX() - 1 + random.nextDouble() * (env.getWidth() + 2);
            double y = env.getMinY() - 1 + random.nextDouble() * (env.getHeight() + 2);
            int expected = jts.locate(new Coordinate(x, y));
            assertThat(area.locate(x, y)).as("(%s, %s)", x, y).isEqualTo(expected);
            inside += expected == Location.INTERIOR ? 1 : 0;
            outside += expected == Location.EXTERIOR ? 1 : 0;
        }
        assertThat(inside).as("points in the land and on the island").isGreaterThan(100);
        assertThat(outside).as("points in the lake and beyond").isGreaterThan(100);
        assertThat(area.vertices()).isEqualTo(g.getNumPoints());
        assertThat(area.envelope()).isEqualTo(env);
    }

    @Test
    void anEmptyGeometryContainsNothing() {
        PackedArea area = PackedArea.of(GeoFixtures.GF.createMultiPolygon(), SAME, SAME);

        assertThat(area.locate(0, 0)).isEqualTo(Location.EXTERIOR);
        assertThat(area.vertices()).isZero();
        assertThat(area.envelope().isNull()).isTrue();
    }

    @Test
    void agreesWithJtsOnTheRealRegionsAndProvincesMappedToMercator() {
        MapSource maps = MapSource.locate(null);
        assumeTrue(maps.has(PlaceIdentifier.REGIONS), "no real maps at " + maps.describe());
        ShapefileReader reader = new ShapefileReader();
        Random random = new Random(5);
        int boundary = 0;
        int interior = 0;
        for (String name : List.of(PlaceIdentifier.REGIONS, PlaceIdentifier.PROVINCES)) {
            for (Feature f : maps.readPolygons(name, reader).features()) {
                Geometry mapped = mapped(f.geometry());
                PackedArea ours = PackedArea.of(f.geometry(), SCALED_X, MERCATOR_Y);
                IndexedPointInAreaLocator jts = new IndexedPointInAreaLocator(mapped);
                assertThat((long) ours.entries()).isLessThanOrEqualTo(
                        (long) EdgeStripes.MAX_ENTRIES_PER_EDGE * Math.max(1, ours.vertices()));
                for (Coordinate p : probes(mapped, random)) {
                    int expected = jts.locate(p);
                    assertThat(ours.locate(p.x, p.y)).as("%s in %s", p, f.text("code")).isEqualTo(expected);
                    boundary += expected == Location.BOUNDARY ? 1 : 0;
                    interior += expected == Location.INTERIOR ? 1 : 0;
                }
            }
        }
        assertThat(boundary).as("vertices probed on the boundary").isGreaterThan(1000);
        assertThat(interior).as("points probed inside").isGreaterThan(1000);
    }

    private static Geometry mapped(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        copy.apply(new org.locationtech.jts.geom.CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                seq.setOrdinate(i, 0, SCALED_X.applyAsDouble(seq.getX(i)));
                seq.setOrdinate(i, 1, MERCATOR_Y.applyAsDouble(seq.getY(i)));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    private static List<Coordinate> probes(Geometry g, Random random) {
        List<Coordinate> probes = new ArrayList<>();
        for (int p = 0; p < g.getNumGeometries(); p++) {
            CoordinateSequence shell = ((Polygon) g.getGeometryN(p)).getExteriorRing().getCoordinateSequence();
            for (int i = 0; i + 1 < shell.size(); i += 11) {
                probes.add(new Coordinate(shell.getX(i), shell.getY(i)));
                probes.add(new Coordinate((shell.getX(i) + shell.getX(i + 1)) / 2,
                        (shell.getY(i) + shell.getY(i + 1)) / 2));
                // Same height as a vertex: the ray passes through it, the classic trap of crossing counts.
                probes.add(new Coordinate(shell.getX(i) - 0.001, shell.getY(i)));
            }
        }
        Envelope env = g.getEnvelopeInternal();
        for (int i = 0; i < 200; i++) {
            probes.add(new Coordinate(env.getMinX() + random.nextDouble() * env.getWidth(),
                    env.getMinY() + random.nextDouble() * env.getHeight()));
        }
        return probes;
    }
}
