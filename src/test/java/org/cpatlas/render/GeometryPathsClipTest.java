package org.cpatlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;

class GeometryPathsClipTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final MapViewport VIEW = new MapViewport(105, 32, 7, 400, 300);
    private static final Rectangle2D CLIP = new Rectangle2D.Double(-24, -24, 448, 348);

    /** A concave polygon with a hole, much larger than the view, crossing all four of its edges. */
    private static Geometry bigConcaveWithHole() {
        LinearRing shell = GF.createLinearRing(new Coordinate[] {new Coordinate(95, 25), new Coordinate(115, 25),
            new Coordinate(115, 40), new Coordinate(105.3, 40), new Coordinate(105.3, 31.9),
            new Coordinate(104.8, 31.9), new Coordinate(104.8, 40), new Coordinate(95, 40), new Coordinate(95, 25)});
        LinearRing hole = GF.createLinearRing(new Coordinate[] {new Coordinate(104.2, 31.5),
            new Coordinate(104.6, 31.5), new Coordinate(104.6, 32.5), new Coordinate(104.2, 32.5),
            new Coordinate(104.2, 31.5)});
        return GF.createPolygon(shell, new LinearRing[] {hole});
    }

    private static int[] draw(Path2D.Double path) {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        MapPainter.prepare(g);
        g.setColor(new Color(200, 180, 120));
        g.fill(path);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.dispose();
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    @Test
    void cuttingRingsToAMarginAroundTheViewDrawsTheSamePixels() {
        Geometry polygon = bigConcaveWithHole();
        Path2D.Double whole = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        GeometryPaths.append(whole, polygon, VIEW);
        Path2D.Double cut = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        GeometryPaths.append(cut, polygon, VIEW, CLIP);

        assertThat(whole.getBounds2D().getWidth()).isGreaterThan(1500);
        assertThat(CLIP.contains(cut.getBounds2D())).isTrue();
        assertThat(draw(cut)).isEqualTo(draw(whole));
    }

    @Test
    void aRingWhollyOutsideTheClipIsLeftOut() {
        Geometry far = GF.createPolygon(new Coordinate[] {new Coordinate(120, 45), new Coordinate(121, 45),
            new Coordinate(121, 46), new Coordinate(120, 46), new Coordinate(120, 45)});
        Path2D.Double cut = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        GeometryPaths.append(cut, far, VIEW, CLIP);
        assertThat(cut.getPathIterator(null).isDone()).isTrue();
    }
}
