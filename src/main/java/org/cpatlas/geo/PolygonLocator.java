package org.cpatlas.geo;

import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Exact point-in-polygon for one polygon, over the polygon's own packed vertices. Each ring's edges are sorted into
 * horizontal stripes, so a query tests only the few edges whose height range can contain the point; each edge is
 * counted by JTS's {@link RayCrossingCounter}, the robust predicate behind JTS's own locators, so the answers
 * (interior, boundary, exterior) are the same as {@code PreparedGeometry}'s. It replaces a prepared geometry, whose
 * interval tree holds a node, a line segment and a Coordinate object for every edge (about 130 bytes an edge against
 * about 7 here): for the three layers of the atlas that is the difference between some 40 MB and 3 MB.
 * Immutable, hence safe for concurrent queries.
 */
final class PolygonLocator {

    /** Average number of edges per stripe: fewer costs memory, more costs time per query. */
    private static final int EDGES_PER_STRIPE = 4;

    /**
     * The most stripe entries a ring may hold per edge. An edge is listed in every stripe its height spans: in a
     * natural boundary one or two, but in a comb or a zigzag whose edges are tall for the ring's height, thousands,
     * which for a ring of 100,000 points would take gigabytes. Such a ring gets fewer, taller stripes instead.
     */
    static final int MAX_ENTRIES_PER_EDGE = 8;

    private final Envelope envelope;
    private final Ring shell;
    private final Ring[] holes;

    PolygonLocator(Polygon polygon) {
        this.envelope = polygon.getEnvelopeInternal();
        this.shell = new Ring(polygon.getExteriorRing().getCoordinateSequence());
        this.holes = new Ring[polygon.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = new Ring(polygon.getInteriorRingN(i).getCoordinateSequence());
        }
    }

    /** Stripe entries of all rings: at most {@link #MAX_ENTRIES_PER_EDGE} an edge, for tests of the bound. */
    long entries() {
        long total = shell.entries();
        for (Ring hole : holes) {
            total += hole.entries();
        }
        return total;
    }

    /** Whether the point lies inside the polygon or on its boundary. */
    boolean intersects(double x, double y) {
        return locate(x, y) != Location.EXTERIOR;
    }

    /** {@link Location#INTERIOR}, {@link Location#BOUNDARY} or {@link Location#EXTERIOR}. */
    int locate(double x, double y) {
        if (!envelope.intersects(x, y)) {
            return Location.EXTERIOR;
        }
        int inShell = shell.locate(x, y);
        if (inShell != Location.INTERIOR) {
            return inShell;
        }
        for (Ring hole : holes) {
            int inHole = hole.locate(x, y);
            if (inHole == Location.INTERIOR) {
                return Location.EXTERIOR;
            }
            if (inHole == Location.BOUNDARY) {
                return Location.BOUNDARY;
            }
        }
        return Location.INTERIOR;
    }

    /** One closed ring and its stripes: edges (i, i+1) listed per stripe in compressed rows. */
    private static final class Ring {

        private final CoordinateSequence points;
        private final double minY;
        private final double maxY;
        private final double stripeHeight;
        private final int stripes;
        /** Edges of stripe s are {@code edges[first[s]] .. edges[first[s + 1] - 1]}. */
        private final int[] first;
        private final int[] edges;

        Ring(CoordinateSequence points) {
            this.points = points;
            int edgeCount = Math.max(0, points.size() - 1);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < points.size(); i++) {
                lo = Math.min(lo, points.getY(i));
                hi = Math.max(hi, points.getY(i));
            }
            this.minY = lo;
            this.maxY = hi;
            // A flat (zero-height) ring has a single stripe; so does one too small to be worth dividing.
            int count = hi > lo ? Math.max(1, edgeCount / EDGES_PER_STRIPE) : 1;
            while (count > 1 && entries(points, edgeCount, lo, (hi - lo) / count, count)
                    > (long) MAX_ENTRIES_PER_EDGE * edgeCount) {
                count /= 2;
            }
            this.stripes = count;
            this.stripeHeight = hi > lo ? (hi - lo) / stripes : 1;
            this.first = new int[stripes + 1];
            for (int e = 0; e < edgeCount; e++) {
                for (int s = stripeOf(lowY(e)); s <= stripeOf(highY(e)); s++) {
                    first[s + 1]++;
                }
            }
            for (int s = 0; s < stripes; s++) {
                first[s + 1] += first[s];
            }
            this.edges = new int[first[stripes]];
            int[] next = java.util.Arrays.copyOf(first, stripes);
            for (int e = 0; e < edgeCount; e++) {
                for (int s = stripeOf(lowY(e)); s <= stripeOf(highY(e)); s++) {
                    edges[next[s]++] = e;
                }
            }
        }

        /** How many stripe entries the edges would make with this many stripes of this height. */
        private static long entries(CoordinateSequence points, int edgeCount, double minY, double height, int count) {
            long total = 0;
            for (int e = 0; e < edgeCount; e++) {
                double a = points.getY(e);
                double b = points.getY(e + 1);
                total += stripe(Math.max(a, b), minY, height, count) - stripe(Math.min(a, b), minY, height, count) + 1;
            }
            return total;
        }

        private static int stripe(double y, double minY, double height, int count) {
            int s = (int) Math.floor((y - minY) / height);
            return Math.max(0, Math.min(count - 1, s));
        }

        /** Stripe entries held, for tests of the bound. */
        int entries() {
            return edges.length;
        }

        private double lowY(int edge) {
            return Math.min(points.getY(edge), points.getY(edge + 1));
        }

        private double highY(int edge) {
            return Math.max(points.getY(edge), points.getY(edge + 1));
        }

        /**
         * Monotonic in y, so an edge whose height range contains y is filed under y's stripe: the stripes of its ends
         * bracket it.
         */
        private int stripeOf(double y) {
            return stripe(y, minY, stripeHeight, stripes);
        }

        int locate(double x, double y) {
            if (y < minY || y > maxY || edges.length == 0) {
                return Location.EXTERIOR;
            }
            Coordinate p = new Coordinate(x, y);
            RayCrossingCounter counter = new RayCrossingCounter(p);
            Coordinate a = new Coordinate();
            Coordinate b = new Coordinate();
            int s = stripeOf(y);
            // Edges that cannot reach y are in no stripe of y, and the counter ignores those that can but do not
            // cross the ray, so this equals counting every edge of the ring.
            for (int k = first[s]; k < first[s + 1]; k++) {
                int e = edges[k];
                a.x = points.getX(e);
                a.y = points.getY(e);
                b.x = points.getX(e + 1);
                b.y = points.getY(e + 1);
                counter.countSegment(a, b);
                if (counter.isOnSegment()) {
                    return Location.BOUNDARY;
                }
            }
            return counter.getLocation();
        }
    }
}
