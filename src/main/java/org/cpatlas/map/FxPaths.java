package org.cpatlas.map;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.cpatlas.render.WebMercator;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds one JavaFX Path per region in world-pixel coordinates of a zoom level. Built once per level
 * and moved by a transform, so panning never rebuilds geometry.
 */
final class FxPaths {

    private FxPaths() {
    }

    static Path worldPath(Geometry geometry, int level) {
        List<PathElement> elements = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                ring(elements, polygon.getExteriorRing().getCoordinateSequence(), level);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(elements, polygon.getInteriorRingN(h).getCoordinateSequence(), level);
                }
            }
        }
        Path path = new Path(elements);
        path.setFillRule(FillRule.EVEN_ODD);
        return path;
    }

    private static void ring(List<PathElement> out, CoordinateSequence seq, int level) {
        int n = seq.size();
        if (n < 3) {
            return;
        }
        double lastX = WebMercator.lonToX(seq.getX(0), level);
        double lastY = WebMercator.latToY(seq.getY(0), level);
        out.add(new MoveTo(lastX, lastY));
        for (int i = 1; i < n; i++) {
            double x = WebMercator.lonToX(seq.getX(i), level);
            double y = WebMercator.latToY(seq.getY(i), level);
            // Half a pixel at this level: finer steps cannot be seen until the next level is built.
            if (Math.abs(x - lastX) < 0.5 && Math.abs(y - lastY) < 0.5 && i < n - 1) {
                continue;
            }
            out.add(new LineTo(x, y));
            lastX = x;
            lastY = y;
        }
        out.add(new ClosePath());
    }
}
