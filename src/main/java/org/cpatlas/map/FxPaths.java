package org.cpatlas.map;

import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import org.cpatlas.render.WebMercator;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds one JavaFX shape per region in world-pixel coordinates of a zoom level. Built once per level
 * and moved by a transform, so panning never rebuilds geometry.
 *
 * <p>The shape is an {@link SVGPath}, not a {@code Path} of {@code LineTo} elements: each element is an object with
 * two property objects and a weak-reference queue (about 300 bytes a vertex, some 8 MB for the regions and the shaded
 * provinces), whereas path data is one compact string of about 20 bytes a vertex plus the float path that JavaFX
 * renders in both cases. Coordinates are written to 1/100 pixel, finer than that float path keeps at these sizes.
 */
final class FxPaths {

    private FxPaths() {
    }

    static SVGPath worldPath(Geometry geometry, int level) {
        StringBuilder data = new StringBuilder(64 + 24 * geometry.getNumPoints());
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                ring(data, polygon.getExteriorRing().getCoordinateSequence(), level);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(data, polygon.getInteriorRingN(h).getCoordinateSequence(), level);
                }
            }
        }
        SVGPath path = new SVGPath();
        path.setFillRule(FillRule.EVEN_ODD);
        path.setContent(data.toString());
        return path;
    }

    /** Number of moves, lines and closes in a path made here: what a frame has to rasterise. */
    static int commandCount(SVGPath path) {
        String data = path.getContent();
        int n = 0;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            n += c == 'M' || c == 'L' || c == 'Z' ? 1 : 0;
        }
        return n;
    }

    private static void ring(StringBuilder out, CoordinateSequence seq, int level) {
        int n = seq.size();
        if (n < 3) {
            return;
        }
        double lastX = WebMercator.lonToX(seq.getX(0), level);
        double lastY = WebMercator.latToY(seq.getY(0), level);
        out.append('M');
        point(out, lastX, lastY);
        for (int i = 1; i < n; i++) {
            double x = WebMercator.lonToX(seq.getX(i), level);
            double y = WebMercator.latToY(seq.getY(i), level);
            // Half a pixel at this level: finer steps cannot be seen until the next level is built.
            if (Math.abs(x - lastX) < 0.5 && Math.abs(y - lastY) < 0.5 && i < n - 1) {
                continue;
            }
            out.append('L');
            point(out, x, y);
            lastX = x;
            lastY = y;
        }
        out.append('Z');
    }

    private static void point(StringBuilder out, double x, double y) {
        hundredths(out, x);
        out.append(' ');
        hundredths(out, y);
    }

    /** A number to two decimals without Double.toString's cost and exponents (world pixels are never huge). */
    private static void hundredths(StringBuilder out, double v) {
        long h = Math.round(v * 100);
        if (h < 0) {
            out.append('-');
            h = -h;
        }
        out.append(h / 100).append('.');
        long frac = h % 100;
        if (frac < 10) {
            out.append('0');
        }
        out.append(frac);
    }
}
