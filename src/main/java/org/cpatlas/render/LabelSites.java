package org.cpatlas.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cpatlas.geo.PackedArea;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Where a label may sit inside one feature, in web-Mercator world units of zoom 0 (the world is 256 units wide, y
 * down): every zoom is the same picture scaled by 2^zoom, so these are found once per feature and serve every view
 * and output. Each part's pole of inaccessibility (JTS {@link MaximumInscribedCircle}: the point farthest from the
 * outline, where the widest label fits) and a grid of points inside each part, each with its clearance (distance to
 * the outline), largest clearance first; the grid serves views that show only part of a feature. The projected
 * outline, packed and indexed for point lookups ({@link PackedArea}: kept for every labelled feature as long as the
 * window runs, where a projected JTS copy with its point-in-area index took 15 MB of the window's heap), answers
 * whether a label's box lies inside.
 */
public final class LabelSites {

    /** A point inside the feature and its distance to the outline, in world units of zoom 0. */
    public record Site(double x, double y, double clearance) {
    }

    private static final GeometryFactory GF = new GeometryFactory();
    /** Grid points per side of a part's envelope: enough that a view showing a tenth of a region holds one. */
    private static final int GRID = 12;
    /** Parts smaller than this share of the largest get no sites (islands, slivers): labels go on the main land. */
    private static final double MIN_PART_SHARE = 0.02;
    private static final int MAX_PARTS = 8;
    /** Points tested along each edge of a label's box. */
    private static final int EDGE_SAMPLES = 5;

    private final List<Site> sites;
    private final PackedArea world;
    private final Envelope bounds;

    /**
     * What a remembered digest stands for ({@link #digest}): bump it whenever the way sites are found changes (the
     * grid, the shares, the zoom the outline is simplified for), so that sites found the old way are not recalled.
     */
    static final String METHOD = "sites-1/grid" + GRID + "/share" + MIN_PART_SHARE + "/parts" + MAX_PARTS;

    private LabelSites(List<Site> sites, Geometry lonLat) {
        this.sites = List.copyOf(sites);
        this.world = PackedArea.of(lonLat, lon -> WebMercator.lonToX(lon, 0), lat -> WebMercator.latToY(lat, 0));
        this.bounds = world.envelope();
    }

    /** The sites of a lon/lat (multi)polygon. */
    public static LabelSites of(Geometry lonLat) {
        return of(lonLat, lonLat);
    }

    /**
     * The sites found on {@code simplified} (a copy simplified for a national view: finding poles on every vertex
     * took most of a second for the 14 regions), the outline that answers containment from {@code lonLat}.
     */
    public static LabelSites of(Geometry lonLat, Geometry simplified) {
        Geometry coarse = toWorld(simplified);
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < coarse.getNumGeometries(); i++) {
            if (coarse.getGeometryN(i) instanceof Polygon p && !p.isEmpty() && p.getArea() > 0) {
                parts.add(p);
            }
        }
        parts.sort(Comparator.comparingDouble((Polygon p) -> -p.getArea()));
        List<Site> sites = new ArrayList<>();
        double largest = parts.isEmpty() ? 0 : parts.get(0).getArea();
        for (int k = 0; k < parts.size() && k < MAX_PARTS; k++) {
            Polygon part = parts.get(k);
            if (part.getArea() < largest * MIN_PART_SHARE) {
                break;
            }
            addSites(part, sites);
        }
        sites.sort(Comparator.comparingDouble((Site s) -> -s.clearance()));
        return new LabelSites(sites, lonLat);
    }

    /** The sites of a lon/lat (multi)polygon as found before ({@link LabelSiteMemo}), largest clearance first. */
    static LabelSites recalled(Geometry lonLat, List<Site> sites) {
        return new LabelSites(sites, lonLat);
    }

    /**
     * A digest of an outline and of the way its sites are found: the outline's vertex count and two 32-bit checksums
     * of its coordinates with different polynomials (CRC-32C and CRC-32, as the layers' validity memo), so that sites
     * are recalled only for the very same outline.
     */
    static String digest(Geometry lonLat, int simplifiedForZoom) {
        return digest(lonLat, simplifiedForZoom, true);
    }

    /**
     * As {@link #digest(Geometry, int)}; {@code packed}: the coordinates of rings kept packed are copied in bulk
     * (the same bytes as one coordinate at a time, which took a sixth of recalling the labels' sites at start).
     */
    static String digest(Geometry lonLat, int simplifiedForZoom, boolean packed) {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16 * lonLat.getNumPoints() + 16);
        if (!packed || !putPacked(lonLat, bytes)) {
            bytes.clear();
            lonLat.apply((org.locationtech.jts.geom.CoordinateFilter) c -> bytes.putDouble(c.x).putDouble(c.y));
        }
        bytes.putInt(lonLat.getNumGeometries()).flip();
        return METHOD + "/z" + simplifiedForZoom + "/" + lonLat.getNumPoints() + ":"
                + org.cpatlas.files.TwoChecksums.hex(bytes) + "/"
                + org.locationtech.jts.JTSVersion.CURRENT_VERSION;
    }

    /**
     * Puts the x and y of every vertex in the order {@link Geometry#apply} visits them (each polygon's shell, then its
     * holes); false, with the buffer part-written, when a ring is not packed 2D and must be visited vertex by vertex.
     */
    private static boolean putPacked(Geometry polygonal, java.nio.ByteBuffer bytes) {
        for (int p = 0; p < polygonal.getNumGeometries(); p++) {
            if (!(polygonal.getGeometryN(p) instanceof Polygon polygon)) {
                return false;
            }
            for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
                org.locationtech.jts.geom.CoordinateSequence ring = (r < 0 ? polygon.getExteriorRing()
                        : polygon.getInteriorRingN(r)).getCoordinateSequence();
                if (!(ring instanceof org.locationtech.jts.geom.impl.PackedCoordinateSequence.Double packed)
                        || ring.getDimension() != 2) {
                    return false;
                }
                double[] xy = packed.getRawCoordinates();
                bytes.asDoubleBuffer().put(xy);
                bytes.position(bytes.position() + xy.length * Double.BYTES);
            }
        }
        return true;
    }

    private static void addSites(Polygon part, List<Site> sites) {
        Envelope env = part.getEnvelopeInternal();
        double tolerance = Math.max(env.getWidth(), env.getHeight()) / 300;
        try {
            MaximumInscribedCircle circle = new MaximumInscribedCircle(part, tolerance);
            Coordinate centre = circle.getCenter().getCoordinate();
            sites.add(new Site(centre.x, centre.y, circle.getRadiusLine().getLength()));
        } catch (RuntimeException e) {
            // A degenerate ring (collapsed by simplification) has no inscribed circle; its grid points still count.
        }
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(part);
        IndexedFacetDistance outline = new IndexedFacetDistance(part.getBoundary());
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                Coordinate c = new Coordinate(env.getMinX() + (i + 0.5) * env.getWidth() / GRID,
                        env.getMinY() + (j + 0.5) * env.getHeight() / GRID);
                if (inside.locate(c) == Location.INTERIOR) {
                    sites.add(new Site(c.x, c.y, outline.distance(GF.createPoint(c))));
                }
            }
        }
    }

    /** The geometry in world units of zoom 0: x east, y south. */
    static Geometry toWorld(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        copy.apply(new org.locationtech.jts.geom.CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lon = seq.getX(i);
                double lat = seq.getY(i);
                seq.setOrdinate(i, 0, WebMercator.lonToX(lon, 0));
                seq.setOrdinate(i, 1, WebMercator.latToY(lat, 0));
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

    /** Largest clearance first. */
    public List<Site> sites() {
        return sites;
    }

    /** The bounds of the feature's outline in world units of zoom 0 (null for an empty outline). */
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    /** Vertices of the outline that answers {@link #contains} and {@link #covers}: the feature's own. */
    public int outlineVertices() {
        return world.vertices();
    }

    /**
     * True when the rectangle (world units of zoom 0) lies inside the feature, as far as its centre and 20 points
     * round its edge tell: a label's box is small beside the outlines it sits in, and this costs a few point
     * lookups where an exact test of the box against every edge took most of a placement.
     */
    public boolean contains(Envelope worldBox) {
        if (!bounds.contains(worldBox)
                || !covers(worldBox.centre().x, worldBox.centre().y)) {
            return false;
        }
        for (int k = 0; k < EDGE_SAMPLES; k++) {
            double t = (double) k / EDGE_SAMPLES;
            double x = worldBox.getMinX() + t * worldBox.getWidth();
            double y = worldBox.getMinY() + t * worldBox.getHeight();
            if (!covers(x, worldBox.getMinY()) || !covers(x, worldBox.getMaxY())
                    || !covers(worldBox.getMinX(), y) || !covers(worldBox.getMaxX(), y)) {
                return false;
            }
        }
        return covers(worldBox.getMaxX(), worldBox.getMaxY());
    }

    /** True when the point (world units of zoom 0) is inside the feature. */
    public boolean covers(double x, double y) {
        return world.locate(x, y) != Location.EXTERIOR;
    }
}
