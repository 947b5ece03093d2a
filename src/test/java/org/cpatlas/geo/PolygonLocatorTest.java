package org.cpatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/** The striped locator must answer exactly as JTS's own indexed locator: interior, boundary and exterior alike. */
class PolygonLocatorTest {

    @Test
    void squareWithHoleInteriorBoundaryAndExterior() {
        PolygonLocator locator = new PolygonLocator(GeoFixtures.squareWithHole());
        Envelope hole = GeoFixtures.squareWithHole().getInteriorRingN(0).getEnvelopeInternal();

        assertThat(locator.locate(hole.getMinX() - 1e-9, hole.centre().y)).isEqualTo(Location.INTERIOR);
        assertThat(locator.locate(hole.centre().x, hole.centre().y)).isEqualTo(Location.EXTERIOR);
        assertThat(locator.locate(hole.getMinX(), hole.centre().y)).isEqualTo(Location.BOUNDARY);
        assertThat(locator.locate(1e6, 1e6)).isEqualTo(Location.EXTERIOR);
    }

    @Test
    void flatRingHasOnlyABoundary() {
        Polygon flat = GeoFixtures.GF.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(2, 0),
            new Coordinate(1, 0), new Coordinate(0, 0)});
        PolygonLocator locator = new PolygonLocator(flat);

        assertThat(locator.locate(1.5, 0)).isEqualTo(Location.BOUNDARY);
        assertThat(locator.locate(1.5, 1e-12)).isEqualTo(Location.EXTERIOR);
    }

    @Test
    void combOfTallTeethKeepsItsIndexSmallAndAgreesWithJts() {
        // 50,000 teeth, each edge nearly as tall as the ring: one stripe per 4 edges would list every edge in some
        // 12,000 stripes, 1.2 billion entries (was: an OutOfMemoryError from a valid ring of 100,000 points).
        int teeth = 50_000;
        Coordinate[] ring = new Coordinate[2 * teeth + 4];
        ring[0] = new Coordinate(100, 25);
        double width = 10.0 / teeth;
        for (int t = 0; t < teeth; t++) {
            ring[1 + 2 * t] = new Coordinate(100 + t * width, 26);
            ring[2 + 2 * t] = new Coordinate(100 + t * width + width / 2, 25.1 + 0.4 * (t % 2));
        }
        ring[2 * teeth + 1] = new Coordinate(110, 26);
        ring[2 * teeth + 2] = new Coordinate(110, 25);
        ring[2 * teeth + 3] = new Coordinate(100, 25);
        Polygon comb = GeoFixtures.GF.createPolygon(ring);

        PolygonLocator ours = new PolygonLocator(comb);

        assertThat(ours.entries()).isLessThanOrEqualTo((long) PolygonLocator.MAX_ENTRIES_PER_EDGE * (ring.length - 1));
        IndexedPointInAreaLocator jts = new IndexedPointInAreaLocator(comb);
        Random random = new Random(11);
        for (int i = 0; i < 2_000; i++) {
            double x = 99.9 + random.nextDouble() * 10.2;
            double y = 24.9 + random.nextDouble() * 1.2;
            assertThat(ours.locate(x, y)).as("(%s, %s)", x, y).isEqualTo(jts.locate(new Coordinate(x, y)));
        }
    }

    @Test
    void agreesWithJtsOnTheRealLayersAtVerticesEdgesAndRandomPoints() {
        MapSource maps = MapSource.locate(null);
        assumeTrue(maps.has(PlaceIdentifier.REGIONS), "no real maps at " + maps.describe());
        ShapefileReader reader = new ShapefileReader();
        List<Polygon> parts = new ArrayList<>();
        for (String name : List.of(PlaceIdentifier.REGIONS, PlaceIdentifier.PROVINCES, PlaceIdentifier.COUNTIES)) {
            for (Feature f : maps.readPolygons(name, reader).features()) {
                Geometry g = f.geometry();
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    parts.add((Polygon) g.getGeometryN(i));
                }
            }
        }
        Random random = new Random(7);
        int boundary = 0;
        for (Polygon part : parts) {
            PolygonLocator ours = new PolygonLocator(part);
            IndexedPointInAreaLocator jts = new IndexedPointInAreaLocator(part);
            List<Coordinate> probes = new ArrayList<>();
            CoordinateSequence shell = part.getExteriorRing().getCoordinateSequence();
            for (int i = 0; i + 1 < shell.size(); i += 7) {
                probes.add(new Coordinate(shell.getX(i), shell.getY(i)));
                probes.add(new Coordinate((shell.getX(i) + shell.getX(i + 1)) / 2,
                        (shell.getY(i) + shell.getY(i + 1)) / 2));
                // Same height as a vertex: the ray passes through it, the classic trap of crossing counts.
                probes.add(new Coordinate(shell.getX(i) - 0.01, shell.getY(i)));
            }
            Envelope env = part.getEnvelopeInternal();
            for (int i = 0; i < 50; i++) {
                probes.add(new Coordinate(env.getMinX() + random.nextDouble() * env.getWidth(),
                        env.getMinY() + random.nextDouble() * env.getHeight()));
            }
            for (Coordinate p : probes) {
                int expected = jts.locate(p);
                assertThat(ours.locate(p.x, p.y)).as("%s in part at %s", p, env).isEqualTo(expected);
                boundary += expected == Location.BOUNDARY ? 1 : 0;
            }
        }
        assertThat(boundary).as("vertices probed on the boundary").isGreaterThan(1000);
    }
}
