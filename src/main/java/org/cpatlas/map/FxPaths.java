package org.cpatlas.map;

import org.cpatlas.render.WebMercator;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a region's outline as SVG path data in world-pixel coordinates of a zoom level, for an {@code SVGPath}
 * built once per level and moved by a transform, so panning never rebuilds geometry.
 *
 * <p>Path data, not a {@code Path} of {@code LineTo} elements: each element is an object with two property objects
 * and a weak-reference queue (about 300 bytes a vertex), whereas path data is one compact string of about 20 bytes a
 * vertex plus the float path that JavaFX renders in both cases. Coordinates are written to 1/100 pixel, finer than
 * that float path keeps at these sizes.
 */
final class FxPaths {

    private FxPaths() {
    }

    static String worldPathData(Geometry geometry, int level) {
        StringBuilder data = new StringBuilder(64 + 24 * geometry.getNumPoints());
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                ring(data, polygon.getExteriorRing().getCoordinateSequence(), level);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(data, polygon.getInteriorRingN(h).getCoordinateSequence(), level);
                }
            }
        }
        return data.toString();
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
