package org.cpatlas.geo;

import java.util.BitSet;
import java.util.function.DoubleUnaryOperator;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Exact point-in-area for a polygonal geometry of any number of parts and holes, in coordinates mapped from the
 * geometry's own (each axis on its own, as a projection to web Mercator is), with every vertex packed into two
 * arrays and every edge of every ring filed in one set of stripes ({@link EdgeStripes}). A point is inside when a
 * ray from it crosses the rings an odd number of times, JTS's {@link RayCrossingCounter} counting, which for a valid
 * (multi)polygon is JTS's own answer. It replaces a projected JTS copy of the geometry with an
 * {@code IndexedPointInAreaLocator}: a Coordinate object per vertex and an interval-tree node per edge, about 170
 * bytes a vertex against about 25 here, for outlines kept as long as the window runs (the labels' outlines).
 * Immutable, hence safe for concurrent queries.
 */
public final class PackedArea {

    private final double[] xs;
    private final double[] ys;
    /** Vertex i ends a ring: the edge (i, i + 1) joins two rings and is no edge. */
    private final BitSet ringEnds;
    private final EdgeStripes stripes;
    private final Envelope envelope;

    private PackedArea(double[] xs, double[] ys, BitSet ringEnds) {
        this.xs = xs;
        this.ys = ys;
        this.ringEnds = ringEnds;
        this.stripes = new EdgeStripes(ys, ringEnds);
        this.envelope = new Envelope();
        for (int i = 0; i < xs.length; i++) {
            envelope.expandToInclude(xs[i], ys[i]);
        }
    }

    /**
     * The area of the polygons in {@code polygonal} (other parts ignored), each vertex (x, y) mapped to
     * ({@code mapX(x)}, {@code mapY(y)}).
     */
    public static PackedArea of(Geometry polygonal, DoubleUnaryOperator mapX, DoubleUnaryOperator mapY) {
        int total = 0;
        for (int p = 0; p < polygonal.getNumGeometries(); p++) {
            if (polygonal.getGeometryN(p) instanceof Polygon polygon && !polygon.isEmpty()) {
                total += polygon.getNumPoints();
            }
        }
        double[] xs = new double[total];
        double[] ys = new double[total];
        BitSet ends = new BitSet(total);
        int next = 0;
        for (int p = 0; p < polygonal.getNumGeometries(); p++) {
            if (polygonal.getGeometryN(p) instanceof Polygon polygon && !polygon.isEmpty()) {
                next = pack(polygon.getExteriorRing().getCoordinateSequence(), xs, ys, next, mapX, mapY, ends);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    next = pack(polygon.getInteriorRingN(h).getCoordinateSequence(), xs, ys, next, mapX, mapY, ends);
                }
            }
        }
        return new PackedArea(xs, ys, ends);
    }

    private static int pack(CoordinateSequence ring, double[] xs, double[] ys, int at, DoubleUnaryOperator mapX,
            DoubleUnaryOperator mapY, BitSet ends) {
        for (int i = 0; i < ring.size(); i++) {
            xs[at + i] = mapX.applyAsDouble(ring.getX(i));
            ys[at + i] = mapY.applyAsDouble(ring.getY(i));
        }
        if (ring.size() > 0) {
            ends.set(at + ring.size() - 1);
        }
        return at + ring.size();
    }

    /** The bounds of the mapped vertices; null (empty) for an empty area. */
    public Envelope envelope() {
        return new Envelope(envelope);
    }

    /** Vertices held, over all rings. */
    public int vertices() {
        return xs.length;
    }

    /** Stripe entries held, for tests of the bound. */
    int entries() {
        return stripes.entries();
    }

    /** {@link Location#INTERIOR}, {@link Location#BOUNDARY} or {@link Location#EXTERIOR}. */
    public int locate(double x, double y) {
        if (!envelope.intersects(x, y) || stripes.outside(y)) {
            return Location.EXTERIOR;
        }
        RayCrossingCounter counter = new RayCrossingCounter(new Coordinate(x, y));
        Coordinate a = new Coordinate();
        Coordinate b = new Coordinate();
        // Edges of every ring that cannot reach y are in no stripe of y; the counter ignores those that can but do
        // not cross the ray, so this equals counting every edge of every ring.
        for (int k = stripes.from(y), end = stripes.to(y); k < end; k++) {
            int e = stripes.edge(k);
            a.x = xs[e];
            a.y = ys[e];
            b.x = xs[e + 1];
            b.y = ys[e + 1];
            counter.countSegment(a, b);
            if (counter.isOnSegment()) {
                return Location.BOUNDARY;
            }
        }
        return counter.getLocation();
    }
}
