package org.cpatlas.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * Turns the rings of one shapefile polygon record into a JTS Polygon or MultiPolygon.
 *
 * <p>The specification says clockwise rings are shells and counter-clockwise rings are holes, but not which shell a
 * hole belongs to; each hole goes to the smallest shell that contains it. A hole that no shell contains is kept as a
 * shell of its own (as GDAL does), so a file with reversed rings still shows its areas rather than losing them.
 */
final class RingAssembler {

    private final GeometryFactory factory;
    private final List<Ring> shells = new ArrayList<>();
    private final List<Ring> holes = new ArrayList<>();

    RingAssembler(GeometryFactory factory) {
        this.factory = factory;
    }

    /** Above this many holes, shells get an indexed point locator instead of a linear ray-crossing scan per hole. */
    private static final int MANY_HOLES = 8;

    /** A closed ring with its envelope and signed area (negative = clockwise, in y-up lon/lat). */
    private static final class Ring {
        final LinearRing ring;
        final Envelope envelope;
        final double signedArea;
        private IndexedPointInAreaLocator locator;

        Ring(LinearRing ring, double signedArea) {
            this.ring = ring;
            this.envelope = ring.getEnvelopeInternal();
            this.signedArea = signedArea;
        }

        double area() {
            return Math.abs(signedArea);
        }

        /**
         * A dissolved region can have a mainland shell of tens of thousands of vertices and hundreds of holes; an
         * indexed locator makes each hole's test logarithmic instead of a scan of the whole shell.
         */
        int locate(Coordinate p, boolean manyTests) {
            if (!manyTests) {
                return RayCrossingCounter.locatePointInRing(p, ring.getCoordinateSequence());
            }
            if (locator == null) {
                locator = new IndexedPointInAreaLocator(ring);
            }
            return locator.locate(p);
        }
    }

    /** Adds a closed ring given as x,y pairs ({@code coords.length >= 8}, first point equal to last). */
    void add(double[] coords) {
        double area = signedArea(coords);
        LinearRing ring = factory.createLinearRing(new PackedCoordinateSequence.Double(coords, 2, 0));
        Ring r = new Ring(ring, area);
        if (area < 0) {
            shells.add(r);
        } else {
            holes.add(r);
        }
    }

    Geometry build() {
        List<List<LinearRing>> holesOfShell = new ArrayList<>();
        for (int i = 0; i < shells.size(); i++) {
            holesOfShell.add(new ArrayList<>());
        }
        List<Ring> orphans = new ArrayList<>();
        for (Ring hole : holes) {
            int owner = smallestShellContaining(hole);
            if (owner < 0) {
                orphans.add(hole);
            } else {
                holesOfShell.get(owner).add(hole.ring);
            }
        }
        List<Polygon> polygons = new ArrayList<>(shells.size() + orphans.size());
        for (int i = 0; i < shells.size(); i++) {
            polygons.add(factory.createPolygon(shells.get(i).ring, holesOfShell.get(i).toArray(LinearRing[]::new)));
        }
        for (Ring orphan : orphans) {
            polygons.add(factory.createPolygon(orphan.ring));
        }
        if (polygons.isEmpty()) {
            return factory.createPolygon();
        }
        return polygons.size() == 1 ? polygons.get(0) : factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private int smallestShellContaining(Ring hole) {
        int best = -1;
        double bestArea = Double.POSITIVE_INFINITY;
        for (int i = 0; i < shells.size(); i++) {
            Ring shell = shells.get(i);
            if (shell.area() < bestArea && shell.envelope.covers(hole.envelope) && contains(shell, hole)) {
                best = i;
                bestArea = shell.area();
            }
        }
        return best;
    }

    /** A hole may touch its shell, so the first vertex that is not on the shell's boundary decides. */
    private boolean contains(Ring shell, Ring hole) {
        var holePoints = hole.ring.getCoordinateSequence();
        boolean manyTests = holes.size() > MANY_HOLES;
        for (int i = 0; i < holePoints.size() - 1; i++) {
            Coordinate p = new Coordinate(holePoints.getX(i), holePoints.getY(i));
            int location = shell.locate(p, manyTests);
            if (location != Location.BOUNDARY) {
                return location == Location.INTERIOR;
            }
        }
        return true;
    }

    /** Shoelace sum relative to the first vertex, which keeps precision for small rings far from the origin. */
    static double signedArea(double[] coords) {
        double x0 = coords[0];
        double y0 = coords[1];
        double sum = 0;
        for (int i = 2; i + 3 < coords.length; i += 2) {
            double x1 = coords[i] - x0;
            double y1 = coords[i + 1] - y0;
            double x2 = coords[i + 2] - x0;
            double y2 = coords[i + 3] - y0;
            sum += x1 * y2 - x2 * y1;
        }
        return sum / 2;
    }
}
