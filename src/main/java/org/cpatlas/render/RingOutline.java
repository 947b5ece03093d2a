package org.cpatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The outline of a geometry in a viewport's pixels, stroked only where it runs inside a clip rectangle. A region
 * sheet shows a corner of its neighbours: stroking their whole rings put every vertex of them into a PDF page though
 * the map frame clips all but that corner. A dashed outline cannot simply be cut, as the dash pattern starts anew with
 * each subpath: each piece starts where its whole ring starts a dash cycle, a little before the clip, so it needs no
 * dash phase (which JFreeSVG would not write). The one dash that runs across a closed ring's start, where Java2D's
 * dasher joins the ring's last dash to its first, is stroked as that one solid dash. Inside the clip the result is
 * the whole outline; the cut ends lie outside the clip, which must be wider than the picture by more than half the
 * stroke.
 */
final class RingOutline {

    private final List<Ring> rings;

    private RingOutline(List<Ring> rings) {
        this.rings = rings;
    }

    /** Polygon rings (closed) and lines (open) of the geometry, projected as {@link GeometryPaths} projects them. */
    static RingOutline of(Geometry geometry, MapViewport viewport) {
        double zoom = viewport.zoom();
        double ox = viewport.originX();
        double oy = viewport.originY();
        List<Ring> rings = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon polygon) {
                add(rings, GeometryPaths.project(polygon.getExteriorRing().getCoordinateSequence(), zoom, ox, oy),
                        true);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    add(rings, GeometryPaths.project(polygon.getInteriorRingN(h).getCoordinateSequence(), zoom, ox,
                            oy), true);
                }
            } else if (part instanceof LineString line) {
                add(rings, GeometryPaths.project(line.getCoordinateSequence(), zoom, ox, oy), false);
            }
        }
        return new RingOutline(rings);
    }

    private static void add(List<Ring> rings, double[][] xy, boolean closed) {
        if (xy != null) {
            rings.add(new Ring(xy[0], xy[1], closed));
        }
    }

    /**
     * Room in a path for what of the outline lies inside {@code clip}: a Path2D grown point by point copies its arrays
     * again and again, which was the largest single cost of drawing the region layer on an A4 page at 300 DPI. Rings
     * that cross the clip's edge get a little room only: most of a large region lies outside a tile.
     */
    int pathCapacity(Rectangle2D clip) {
        int points = 0;
        for (Ring ring : rings) {
            if (ring.within(clip)) {
                points += ring.xs.length + 1;
            } else if (ring.meets(clip)) {
                points += Math.min(ring.xs.length + 1, 64);
            }
        }
        return points;
    }

    /** Bounds of the whole geometry (not of what a clip keeps), in pixels: those of its whole path. */
    Rectangle2D bounds() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Ring ring : rings) {
            for (int i = 0; i < ring.xs.length; i++) {
                minX = Math.min(minX, ring.xs[i]);
                minY = Math.min(minY, ring.ys[i]);
                maxX = Math.max(maxX, ring.xs[i]);
                maxY = Math.max(maxY, ring.ys[i]);
            }
        }
        return rings.isEmpty() ? new Rectangle2D.Double()
                : new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * Strokes the outline with the graphics' colour, as drawing the whole geometry with this stroke would show it
     * inside {@code clip}. Cut only for an opaque colour (pieces drawn over one another would blend twice) and for
     * solid strokes or a plain dash (one dash, one gap, no phase), which covers every outline of the atlas.
     */
    void draw(Graphics2D g, BasicStroke stroke, Rectangle2D clip) {
        float[] dash = stroke.getDashArray();
        boolean plainDash = dash != null && dash.length == 2 && dash[0] > 0 && dash[1] >= 0
                && stroke.getDashPhase() == 0;
        boolean opaque = g.getPaint() instanceof Color colour && colour.getAlpha() == 255;
        boolean cut = opaque && (dash == null || plainDash);
        Path2D.Double outline = new Path2D.Double(Path2D.WIND_NON_ZERO, pathCapacity(clip));
        Path2D.Double acrossStarts = new Path2D.Double();
        for (Ring ring : rings) {
            if (!cut || ring.within(clip)) {
                // Wholly inside the clip (a page framed on the layer, a ring inside a tile): no piece to cut.
                ring.appendWhole(outline);
            } else if (!ring.meets(clip)) {
                continue;
            } else if (dash == null) {
                ring.appendSolid(outline, ring.spansInside(clip));
            } else {
                ring.appendDashed(outline, acrossStarts, ring.spansInside(clip), dash[0], dash[0] + dash[1]);
            }
        }
        g.setStroke(stroke);
        if (outline.getCurrentPoint() != null) {
            g.draw(outline);
        }
        if (acrossStarts.getCurrentPoint() != null) {
            g.setStroke(new BasicStroke(stroke.getLineWidth(), stroke.getEndCap(), stroke.getLineJoin(),
                    stroke.getMiterLimit()));
            g.draw(acrossStarts);
            g.setStroke(stroke);
        }
    }

    /**
     * Appends the polygons' area to {@code path} (even-odd) as {@link GeometryPaths#append(Path2D.Double,
     * Geometry, MapViewport, Rectangle2D)} does, from the vertices already projected for the outline: a region's fill
     * and outline need its vertices projected once, not twice.
     */
    void appendArea(Path2D.Double path, Rectangle2D clip) {
        for (Ring ring : rings) {
            if (!ring.closed || ring.within(clip)) {
                ring.appendWhole(path);
                continue;
            }
            double[][] cut = GeometryPaths.RingClipper.clip(ring.xs, ring.ys, ring.xs.length, clip);
            int m = cut[0].length;
            if (m < 3) {
                continue; // the ring lies wholly outside: nothing of it can be seen
            }
            path.moveTo(cut[0][0], cut[1][0]);
            for (int i = 1; i < m; i++) {
                path.lineTo(cut[0][i], cut[1][i]);
            }
            path.closePath();
        }
    }

    /** One ring or line: its vertices, their bounds and the distance along it to each vertex. */
    private static final class Ring {

        private final double[] xs;
        private final double[] ys;
        private final boolean closed;
        private final double minX;
        private final double minY;
        private final double maxX;
        private final double maxY;
        /**
         * at[i]: distance along the ring to point i; points are the vertices, then the first again if closed. Made
         * when first needed: only a ring that crosses the clip's edge is measured along.
         */
        private double[] at;

        Ring(double[] xs, double[] ys, boolean closed) {
            this.xs = xs;
            this.ys = ys;
            this.closed = closed;
            double x0 = Double.POSITIVE_INFINITY;
            double y0 = Double.POSITIVE_INFINITY;
            double x1 = Double.NEGATIVE_INFINITY;
            double y1 = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < xs.length; i++) {
                x0 = Math.min(x0, xs[i]);
                y0 = Math.min(y0, ys[i]);
                x1 = Math.max(x1, xs[i]);
                y1 = Math.max(y1, ys[i]);
            }
            minX = x0;
            minY = y0;
            maxX = x1;
            maxY = y1;
        }

        /** Every vertex inside the clip (closed, as {@code Rectangle2D.contains} counts points). */
        boolean within(Rectangle2D clip) {
            return clip.contains(minX, minY) && clip.contains(maxX, maxY);
        }

        /** Whether the ring's bounds meet the clip at all; a ring that does not has nothing inside it. */
        boolean meets(Rectangle2D clip) {
            return maxX >= clip.getMinX() && minX <= clip.getMaxX() && maxY >= clip.getMinY()
                    && minY <= clip.getMaxY();
        }

        private double[] at() {
            if (at == null) {
                int points = xs.length + (closed ? 1 : 0);
                double[] along = new double[points];
                for (int i = 1; i < points; i++) {
                    double dx = x(i) - x(i - 1);
                    double dy = y(i) - y(i - 1);
                    // Not Math.hypot: its care for overflow costs ten times a square root, a tenth of drawing a
                    // tile, and screen distances are far from overflowing.
                    along[i] = along[i - 1] + Math.sqrt(dx * dx + dy * dy);
                }
                at = along;
            }
            return at;
        }

        private double x(int point) {
            return xs[point % xs.length];
        }

        private double y(int point) {
            return ys[point % ys.length];
        }

        double length() {
            double[] along = at();
            return along[along.length - 1];
        }

        /** As {@link GeometryPaths} draws it. */
        void appendWhole(Path2D.Double path) {
            path.moveTo(xs[0], ys[0]);
            for (int i = 1; i < xs.length; i++) {
                path.lineTo(xs[i], ys[i]);
            }
            if (closed) {
                path.closePath();
            }
        }

        /** The stretches [from, to] (distances along the ring) that lie inside the rectangle, in ring order. */
        List<double[]> spansInside(Rectangle2D clip) {
            double[] along = at();
            List<double[]> spans = new ArrayList<>();
            double[] open = null;
            for (int i = 0; i + 1 < along.length; i++) {
                double length = along[i + 1] - along[i];
                if (length == 0) {
                    continue;
                }
                double[] t = liangBarsky(x(i), y(i), x(i + 1), y(i + 1), clip);
                if (t == null) {
                    open = null;
                    continue;
                }
                double from = t[0] == 0 ? along[i] : along[i] + t[0] * length;
                double to = t[1] == 1 ? along[i + 1] : along[i] + t[1] * length;
                if (open != null && t[0] == 0) {
                    open[1] = to;
                } else {
                    open = new double[] {from, to};
                    spans.add(open);
                }
                if (t[1] < 1) {
                    open = null;
                }
            }
            return spans;
        }

        /** Solid strokes: each span as an open line, the two meeting at a closed ring's start joined there. */
        void appendSolid(Path2D.Double path, List<double[]> spans) {
            if (isWhole(spans)) {
                appendWhole(path);
                return;
            }
            List<double[]> rest = new ArrayList<>(spans);
            if (wraps(rest)) {
                double[] first = rest.remove(0);
                double[] last = rest.remove(rest.size() - 1);
                path.moveTo(pointX(last[0]), pointY(last[0]));
                appendAlong(path, last[0], length());
                appendAlong(path, 0, first[1]);
            }
            for (double[] span : rest) {
                appendPiece(path, span[0], span[1]);
            }
        }

        /**
         * A plain dash ({@code on}, then a gap up to {@code period}): pieces that start at a whole number of periods
         * along the ring, so they dash as the ring does there. Where the ring's last dash runs on into its first (the
         * dasher joins them across a closed ring's start), that dash goes to {@code across}, to be drawn solid.
         */
        void appendDashed(Path2D.Double path, Path2D.Double across, List<double[]> spans, double on, double period) {
            List<double[]> pieces = new ArrayList<>();
            for (double[] span : spans) {
                double start = span[0] == 0 ? 0 : Math.floor(span[0] / period) * period;
                double[] previous = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
                if (previous != null && start <= previous[1]) {
                    previous[1] = span[1]; // the stretch between lies outside the clip: drawing it shows nothing
                } else {
                    pieces.add(new double[] {start, span[1]});
                }
            }
            if (isWhole(pieces)) {
                appendWhole(path);
                return;
            }
            if (wraps(pieces)) {
                double[] first = pieces.get(0);
                double[] last = pieces.get(pieces.size() - 1);
                double intoLastPeriod = length() % period;
                if (intoLastPeriod > 0 && intoLastPeriod <= on) {
                    double from = Math.max(last[0], length() - intoLastPeriod);
                    double to = Math.min(first[1], on);
                    across.moveTo(pointX(from), pointY(from));
                    appendAlong(across, from, length());
                    appendAlong(across, 0, to);
                    last[1] = from;
                    first[0] = period; // the rest of the first period is the gap
                }
            }
            for (double[] piece : pieces) {
                if (piece[1] > piece[0]) {
                    appendPiece(path, piece[0], piece[1]);
                }
            }
        }

        private boolean isWhole(List<double[]> spans) {
            return spans.size() == 1 && spans.get(0)[0] == 0 && spans.get(0)[1] == length();
        }

        /** A closed ring whose start is inside: its first stretch starts at 0 and its last ends at its length. */
        private boolean wraps(List<double[]> spans) {
            return closed && spans.size() > 1 && spans.get(0)[0] == 0
                    && spans.get(spans.size() - 1)[1] == length();
        }

        private void appendPiece(Path2D.Double path, double from, double to) {
            path.moveTo(pointX(from), pointY(from));
            appendAlong(path, from, to);
        }

        /** Lines to the points strictly after {@code from} up to {@code to}, then to the point at {@code to}. */
        private void appendAlong(Path2D.Double path, double from, double to) {
            double[] along = at();
            int i = Arrays.binarySearch(along, from);
            i = i >= 0 ? i : -i - 1;
            for (; i < along.length && along[i] < to; i++) {
                if (along[i] > from) {
                    lineToNew(path, x(i), y(i));
                }
            }
            lineToNew(path, pointX(to), pointY(to));
        }

        /** Skips a line to where the path already is: a zero-length segment turns a stroker's join. */
        private static void lineToNew(Path2D.Double path, double x, double y) {
            Point2D current = path.getCurrentPoint();
            if (current.getX() != x || current.getY() != y) {
                path.lineTo(x, y);
            }
        }

        private double pointX(double s) {
            return point(s, true);
        }

        private double pointY(double s) {
            return point(s, false);
        }

        /** The point {@code s} along the ring: a vertex where s falls on one, else on the segment it falls in. */
        private double point(double s, boolean wantX) {
            double[] along = at();
            int i = Arrays.binarySearch(along, s);
            if (i >= 0) {
                while (i > 0 && along[i - 1] == s) {
                    i--; // the first of equal distances: a zero-length step does not move
                }
                return wantX ? x(i) : y(i);
            }
            int next = -i - 1;
            if (next >= along.length) {
                return wantX ? x(along.length - 1) : y(along.length - 1);
            }
            int prev = next - 1;
            double t = (s - along[prev]) / (along[next] - along[prev]);
            return wantX ? x(prev) + t * (x(next) - x(prev)) : y(prev) + t * (y(next) - y(prev));
        }

        /** The parameters [t0, t1] of the part of segment (x0,y0)-(x1,y1) inside the rectangle, or null. */
        private static double[] liangBarsky(double x0, double y0, double x1, double y1, Rectangle2D r) {
            double dx = x1 - x0;
            double dy = y1 - y0;
            double[] p = {-dx, dx, -dy, dy};
            double[] q = {x0 - r.getMinX(), r.getMaxX() - x0, y0 - r.getMinY(), r.getMaxY() - y0};
            double t0 = 0;
            double t1 = 1;
            for (int k = 0; k < 4; k++) {
                if (p[k] == 0) {
                    if (q[k] < 0) {
                        return null;
                    }
                } else {
                    double t = q[k] / p[k];
                    if (p[k] < 0) {
                        t0 = Math.max(t0, t);
                    } else {
                        t1 = Math.min(t1, t);
                    }
                }
            }
            return t0 < t1 ? new double[] {t0, t1} : null;
        }
    }
}
