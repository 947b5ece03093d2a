package org.cpatlas.render;

import java.awt.geom.Path2D;
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
        double zoom = viewport.zoom();
        double ox = viewport.originX();
        double oy = viewport.originY();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon polygon) {
                appendRing(path, polygon.getExteriorRing().getCoordinateSequence(), zoom, ox, oy, true);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    appendRing(path, polygon.getInteriorRingN(h).getCoordinateSequence(), zoom, ox, oy, true);
                }
            } else if (part instanceof LineString line) {
                appendRing(path, line.getCoordinateSequence(), zoom, ox, oy, false);
            }
        }
    }

    private static void appendRing(Path2D.Double path, CoordinateSequence seq, double zoom, double ox, double oy,
            boolean close) {
        int n = seq.size();
        if (n < 2) {
            return;
        }
        double lastX = WebMercator.lonToX(seq.getX(0), zoom) - ox;
        double lastY = WebMercator.latToY(seq.getY(0), zoom) - oy;
        path.moveTo(lastX, lastY);
        for (int i = 1; i < n; i++) {
            double x = WebMercator.lonToX(seq.getX(i), zoom) - ox;
            double y = WebMercator.latToY(seq.getY(i), zoom) - oy;
            boolean last = i == n - 1;
            if (!last && Math.abs(x - lastX) < MIN_STEP_PX && Math.abs(y - lastY) < MIN_STEP_PX) {
                continue;
            }
            path.lineTo(x, y);
            lastX = x;
            lastY = y;
        }
        if (close) {
            path.closePath();
        }
    }
}
