package org.cpatlas.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Dissolves county polygons into one (multi)polygon along the edges they share.
 *
 * <p>The atlas's county layer is cut from one topology (maps/build: snapped, cleaned and simplified once, then
 * dissolved), so two neighbouring counties run along exactly the same vertices. An edge between two members then
 * occurs twice and the outline of their union is every edge that occurs once: a {@link Polygonizer} closes those into
 * rings. That is a hash table and a ring build, several times faster than an overlay union, and it cannot leave a
 * sliver between neighbours, because no coordinate is computed, only kept.
 *
 * <p>Counties that do not share exact edges (a layer from elsewhere, or one that was simplified per polygon) would
 * leave their common edges in the outline. The result is therefore checked: its area must equal the members' summed
 * area and it must be valid; if not, the members are unioned with JTS's overlay ({@link UnaryUnionOp}) instead,
 * which is exact for any input, only slower.
 */
public final class CountyDissolver {

    /** How a dissolve was done, so tests and benchmarks can tell the fast path from the fallback. */
    public enum Method { SHARED_EDGES, OVERLAY_UNION, EMPTY }

    /** A dissolved outline and how it was made. */
    public record Result(Geometry geometry, Method method) {
    }

    /** Relative difference of areas below which the outline is taken to enclose exactly the members. */
    private static final double AREA_TOLERANCE = 1e-9;

    private final GeometryFactory factory;

    public CountyDissolver(GeometryFactory factory) {
        this.factory = factory;
    }

    /** The union of the given polygonal geometries; an empty multipolygon when there are none. */
    public Result dissolve(Collection<Geometry> members) {
        List<Polygon> polygons = new ArrayList<>();
        for (Geometry member : members) {
            collectPolygons(member, polygons);
        }
        if (polygons.isEmpty()) {
            return new Result(factory.createMultiPolygon(), Method.EMPTY);
        }
        double area = 0;
        for (Polygon polygon : polygons) {
            area += polygon.getArea();
        }
        Geometry outline = alongSharedEdges(polygons);
        if (outline != null && outline.isValid()
                && Math.abs(outline.getArea() - area) <= AREA_TOLERANCE * Math.max(area, 1e-12)) {
            return new Result(asMultiPolygon(outline), Method.SHARED_EDGES);
        }
        Geometry union = UnaryUnionOp.union(new ArrayList<Geometry>(polygons), factory);
        return new Result(asMultiPolygon(union), Method.OVERLAY_UNION);
    }

    private static void collectPolygons(Geometry geometry, List<Polygon> into) {
        if (geometry instanceof Polygon polygon) {
            if (!polygon.isEmpty()) {
                into.add(polygon);
            }
            return;
        }
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part != geometry) {
                collectPolygons(part, into);
            }
        }
    }

    /** The outline from edges that occur an odd number of times, or null when it cannot be closed into polygons. */
    private Geometry alongSharedEdges(List<Polygon> polygons) {
        Map<Edge, int[]> counts = new HashMap<>();
        for (Polygon polygon : polygons) {
            countEdges(polygon.getExteriorRing(), counts);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                countEdges(polygon.getInteriorRingN(h), counts);
            }
        }
        LineMerger merger = new LineMerger();
        for (Map.Entry<Edge, int[]> entry : counts.entrySet()) {
            if ((entry.getValue()[0] & 1) == 1) {
                Edge e = entry.getKey();
                merger.add(factory.createLineString(new Coordinate[] {
                    new Coordinate(e.x1, e.y1), new Coordinate(e.x2, e.y2)}));
            }
        }
        @SuppressWarnings("unchecked")
        Collection<LineString> lines = merger.getMergedLineStrings();
        if (lines.isEmpty()) {
            return null;
        }
        Polygonizer polygonizer = new Polygonizer(true);
        polygonizer.add(new ArrayList<Geometry>(lines));
        if (!polygonizer.getDangles().isEmpty() || !polygonizer.getCutEdges().isEmpty()
                || !polygonizer.getInvalidRingLines().isEmpty()) {
            return null;
        }
        return polygonizer.getGeometry();
    }

    private static void countEdges(LinearRing ring, Map<Edge, int[]> counts) {
        var sequence = ring.getCoordinateSequence();
        for (int i = 0; i + 1 < sequence.size(); i++) {
            double x1 = sequence.getX(i);
            double y1 = sequence.getY(i);
            double x2 = sequence.getX(i + 1);
            double y2 = sequence.getY(i + 1);
            if (x1 == x2 && y1 == y2) {
                continue; // a repeated vertex is no edge
            }
            counts.computeIfAbsent(Edge.of(x1, y1, x2, y2), k -> new int[1])[0]++;
        }
    }

    private MultiPolygon asMultiPolygon(Geometry geometry) {
        if (geometry instanceof MultiPolygon multi) {
            return multi;
        }
        if (geometry instanceof Polygon polygon) {
            return factory.createMultiPolygon(new Polygon[] {polygon});
        }
        List<Polygon> parts = new ArrayList<>();
        if (geometry instanceof Polygonal || geometry.getNumGeometries() > 0) {
            collectPolygons(geometry, parts);
        }
        return factory.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    /** An undirected edge, its end points in a fixed order so both directions of a shared edge are one key. */
    private record Edge(double x1, double y1, double x2, double y2) {

        static Edge of(double ax, double ay, double bx, double by) {
            boolean aFirst = ax < bx || (ax == bx && ay < by);
            return aFirst ? new Edge(ax, ay, bx, by) : new Edge(bx, by, ax, ay);
        }
    }
}
