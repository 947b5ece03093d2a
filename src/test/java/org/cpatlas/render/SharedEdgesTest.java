package org.cpatlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** County borders shared by two neighbours are stroked once, and the outlines look exactly as before. */
class SharedEdgesTest {

    @Test
    void aBorderOfTwoNeighboursIsStrokedOnce() {
        Path2D.Double path = new Path2D.Double();
        ring(path, 0, 0, 10, 0, 10, 10, 0, 10);
        // The neighbour runs along the common edge the other way, as the rings of adjacent polygons do.
        ring(path, 10, 0, 20, 0, 20, 10, 10, 10);

        List<double[]> segments = segments(SharedEdges.strokedOnce(path));

        assertThat(segments).hasSize(7);
        assertThat(segments.stream().filter(s -> sameSegment(s, 10, 0, 10, 10))).hasSize(1);
    }

    @Test
    void aRingOfItsOwnIsKeptWholeAndClosed() {
        Path2D.Double path = new Path2D.Double();
        ring(path, 0, 0, 10, 0, 10, 10, 0, 10);
        ring(path, 30, 0, 40, 0, 40, 10, 30, 10);

        Path2D.Double once = SharedEdges.strokedOnce(path);

        assertThat(kinds(once)).isEqualTo(kinds(path));
        assertThat(segments(once)).hasSize(8);
    }

    @Test
    void edgesThatOnlyLieCloseAreAllKept() {
        Path2D.Double path = new Path2D.Double();
        ring(path, 0, 0, 10, 0, 10, 10, 0, 10);
        ring(path, 10.001, 0, 20, 0, 20, 10, 10.001, 10);

        assertThat(segments(SharedEdges.strokedOnce(path))).hasSize(8);
    }

    @Test
    void aPathWithCurvesIsLeftAsItIs() {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, 0);
        path.quadTo(5, 5, 10, 0);

        assertThat(SharedEdges.strokedOnce(path)).isSameAs(path);
    }

    @Test
    void aMeshOfNeighboursLooksTheSameStrokedOnce() {
        // A 12 x 12 mesh of jittered quadrilaterals, each its own closed ring, as counties come from the layer.
        java.util.Random random = new java.util.Random(5);
        double[][] xs = new double[13][13];
        double[][] ys = new double[13][13];
        for (int i = 0; i <= 12; i++) {
            for (int j = 0; j <= 12; j++) {
                xs[i][j] = 10 + 30 * i + random.nextDouble() * 12;
                ys[i][j] = 10 + 30 * j + random.nextDouble() * 12;
            }
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 12; j++) {
                ring(path, xs[i][j], ys[i][j], xs[i + 1][j], ys[i + 1][j], xs[i + 1][j + 1], ys[i + 1][j + 1],
                        xs[i][j + 1], ys[i][j + 1]);
            }
        }
        Path2D.Double once = SharedEdges.strokedOnce(path);

        assertThat(segments(once)).hasSize(2 * 12 * 13);
        assertSamePicture(path, once, 400, 400, 1.04);
    }

    @Test
    void theCountyOutlinesOfAPrintedMapLookTheSame() {
        MapLayers layers = MapLayers.load(MapSource.directory(Path.of("maps")), new ShapefileReader(
                ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST)), true);
        // Gansu and its neighbours at about the scale of a whole-country A4 page at 300 DPI.
        MapViewport vp = MapViewport.fitting(new Envelope(98, 108, 32, 40), 700, 600, 0);
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        DrawableLayer counties = layers.counties();
        for (int i : counties.intersecting(vp.lonLatBounds())) {
            GeometryPaths.append(path, counties.geometryAt(i, vp.zoom()), vp);
        }
        Path2D.Double once = SharedEdges.strokedOnce(path);

        assertThat(segments(once).size()).isLessThan(segments(path).size() * 4 / 5);
        assertSamePicture(path, once, 700, 600, 300 / 72.0 * 0.25);
    }

    /**
     * Both stroked as the painter strokes county outlines: the same pixels but for the rounding of the anti-aliasing
     * (a cap where a join was), never a visible difference.
     */
    private static void assertSamePicture(Path2D.Double before, Path2D.Double after, int width, int height,
            double strokePx) {
        BufferedImage a = stroked(before, width, height, strokePx);
        BufferedImage b = stroked(after, width, height, strokePx);
        long inked = 0;
        long differing = 0;
        int largest = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = a.getRGB(x, y) & 0xff;
                int q = b.getRGB(x, y) & 0xff;
                inked += p < 255 ? 1 : 0;
                differing += p != q ? 1 : 0;
                largest = Math.max(largest, Math.abs(p - q));
            }
        }
        assertThat(inked).as("pixels the outlines touch").isGreaterThan(width * height / 50L);
        assertThat(largest).as("largest difference of a pixel, of 255").isLessThanOrEqualTo(12);
        assertThat(differing).as("pixels that differ at all").isLessThan(inked / 50);
    }

    private static BufferedImage stroked(Path2D.Double path, int width, int height, double strokePx) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        MapPainter.prepare(g);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setStroke(MapPainter.stroke(strokePx));
        g.draw(path);
        g.dispose();
        return image;
    }

    private static void ring(Path2D.Double path, double... xy) {
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.lineTo(xy[0], xy[1]);
        path.closePath();
    }

    private static boolean sameSegment(double[] s, double x1, double y1, double x2, double y2) {
        return s[0] == x1 && s[1] == y1 && s[2] == x2 && s[3] == y2 || s[0] == x2 && s[1] == y2 && s[2] == x1
                && s[3] == y1;
    }

    /** The path's segments of non-zero length, {x1, y1, x2, y2}. */
    private static List<double[]> segments(Path2D.Double path) {
        List<double[]> list = new ArrayList<>();
        double[] c = new double[6];
        double x = 0;
        double y = 0;
        double sx = 0;
        double sy = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int kind = it.currentSegment(c);
            if (kind == PathIterator.SEG_MOVETO) {
                x = sx = c[0];
                y = sy = c[1];
                continue;
            }
            double nx = kind == PathIterator.SEG_CLOSE ? sx : c[0];
            double ny = kind == PathIterator.SEG_CLOSE ? sy : c[1];
            if (nx != x || ny != y) {
                list.add(new double[] {x, y, nx, ny});
            }
            x = nx;
            y = ny;
        }
        return list;
    }

    private static List<Integer> kinds(Path2D.Double path) {
        List<Integer> list = new ArrayList<>();
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            list.add(it.currentSegment(new double[6]));
        }
        return list;
    }
}
