package org.cpatlas.render;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Turns lon/lat JTS geometries into Java2D paths in the pixel space of a viewport. */
public final class GeometryPaths {

    /** Vertices closer than this to the previous one (in pixels) add nothing visible and are skipped. */
    private static final double MIN_STEP_PX = 0.25;

    private GeometryPaths() {
    }

    /** Polygons and lines as one path; polygon holes are honoured through the even-odd rule. */
    public static Path2D.Double toPath(Geometry geometry, MapViewport viewport) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        append(path, geometry, viewport);
        return path;
    }

    public static void append(Path2D.Double path, Geometry geometry, MapViewport viewport) {
        append(path, geometry, viewport, null);
    }

    /**
     * As {@link #append(Path2D.Double, Geometry, MapViewport)}, with polygon rings cut to {@code clip} (pixels of the
     * viewport). For output that is itself clipped to a rectangle inside {@code clip} with a margin wider than any
     * stroke, the result looks the same; the cut edges run along {@code clip}, outside what is seen. It keeps a page's
     * vector paths (PDF, SVG) and a tile's strokes to what the frame shows, not whole provinces around it.
     */
    public static void append(Path2D.Double path, Geometry geometry, MapViewport viewport, Rectangle2D clip) {
        double zoom = viewport.zoom();
        double ox = viewport.originX();
        double oy = viewport.originY();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon polygon) {
                appendRing(path, polygon.getExteriorRing().getCoordinateSequence(), zoom, ox, oy, true, clip);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    appendRing(path, polygon.getInteriorRingN(h).getCoordinateSequence(), zoom, ox, oy, true, clip);
                }
            } else if (part instanceof LineString line) {
                appendRing(path, line.getCoordinateSequence(), zoom, ox, oy, false, null);
            }
        }
    }

    private static void appendRing(Path2D.Double path, CoordinateSequence seq, double zoom, double ox, double oy,
            boolean close, Rectangle2D clip) {
        double[][] ring = project(seq, zoom, ox, oy);
        if (ring == null) {
            return;
        }
        double[] xs = ring[0];
        double[] ys = ring[1];
        int m = xs.length;
        if (clip != null && close && !inside(xs, ys, m, clip)) {
            double[][] cut = RingClipper.clip(xs, ys, m, clip);
            xs = cut[0];
            ys = cut[1];
            m = xs.length;
            if (m < 3) {
                return; // the ring lies wholly outside: nothing of it can be seen
            }
        }
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < m; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        if (close) {
            path.closePath();
        }
    }

    /**
     * The vertices of a ring or line in the viewport's pixels, {x[], y[]}, skipping those that add nothing visible
     * (the last one is always kept, so a closed ring stays closed); null for fewer than two.
     */
    static double[][] project(CoordinateSequence seq, double zoom, double ox, double oy) {
        int n = seq.size();
        if (n < 2) {
            return null;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        int m = 0;
        double lastX = WebMercator.lonToX(seq.getX(0), zoom) - ox;
        double lastY = WebMercator.latToY(seq.getY(0), zoom) - oy;
        xs[m] = lastX;
        ys[m++] = lastY;
        for (int i = 1; i < n; i++) {
            double x = WebMercator.lonToX(seq.getX(i), zoom) - ox;
            double y = WebMercator.latToY(seq.getY(i), zoom) - oy;
            boolean last = i == n - 1;
            if (!last && Math.abs(x - lastX) < MIN_STEP_PX && Math.abs(y - lastY) < MIN_STEP_PX) {
                continue;
            }
            xs[m] = x;
            ys[m++] = y;
            lastX = x;
            lastY = y;
        }
        return new double[][] {java.util.Arrays.copyOf(xs, m), java.util.Arrays.copyOf(ys, m)};
    }

    private static boolean inside(double[] xs, double[] ys, int m, Rectangle2D clip) {
        for (int i = 0; i < m; i++) {
            if (!clip.contains(xs[i], ys[i])) {
                return false;
            }
        }
        return true;
    }

    /** Sutherland-Hodgman against an axis-aligned rectangle: exact for the part of a ring inside it. */
    static final class RingClipper {

        private RingClipper() {
        }

        static double[][] clip(double[] xs, double[] ys, int n, Rectangle2D r) {
            double[][] cur = {java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)};
            cur = edge(cur, 0, r.getMinX());
            cur = edge(cur, 1, r.getMaxX());
            cur = edge(cur, 2, r.getMinY());
            cur = edge(cur, 3, r.getMaxY());
            return cur;
        }

        /** One clipping edge: 0 keeps x &gt;= v, 1 keeps x &lt;= v, 2 keeps y &gt;= v, 3 keeps y &lt;= v. */
        private static double[][] edge(double[][] in, int side, double v) {
            double[] x = in[0];
            double[] y = in[1];
            int n = x.length;
            if (n == 0) {
                return in;
            }
            double[] ox = new double[n * 2];
            double[] oy = new double[n * 2];
            int k = 0;
            double px = x[n - 1];
            double py = y[n - 1];
            boolean pIn = keep(side, px, py, v);
            for (int i = 0; i < n; i++) {
                double cx = x[i];
                double cy = y[i];
                boolean cIn = keep(side, cx, cy, v);
                if (cIn != pIn) {
                    double t = side < 2 ? (v - px) / (cx - px) : (v - py) / (cy - py);
                    ox[k] = side < 2 ? v : px + t * (cx - px);
                    oy[k++] = side < 2 ? py + t * (cy - py) : v;
                }
                if (cIn) {
                    ox[k] = cx;
                    oy[k++] = cy;
                }
                px = cx;
                py = cy;
                pIn = cIn;
            }
            return new double[][] {java.util.Arrays.copyOf(ox, k), java.util.Arrays.copyOf(oy, k)};
        }

        private static boolean keep(int side, double x, double y, double v) {
            return switch (side) {
                case 0 -> x >= v;
                case 1 -> x <= v;
                case 2 -> y >= v;
                default -> y <= v;
            };
        }
    }
}
