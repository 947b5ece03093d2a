package org.cpatlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.cpatlas.geo.BoundaryQuality;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;

/**
 * A region outline stroked only inside the clip must look exactly like the whole outline: same dashes in the same
 * places, the same join where a closed ring's last dash meets its first.
 */
class RingOutlineTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final MapViewport VIEW = new MapViewport(105, 32, 7, 400, 300);
    /** The view plus a margin wider than any stroke, as MapPainter cuts. */
    private static final Rectangle2D CLIP = new Rectangle2D.Double(-24, -24, 448, 348);

    /**
     * A jagged ring far larger than the view, crossing it several times (so it is cut into several pieces), with a
     * hole inside the view; its vertices start at {@code first}, so a test can put the ring's start in view or out.
     */
    private static Geometry jaggedPolygon(int first) {
        return jaggedPolygon(first, 120, 105.9, 1);
    }

    /** As above, {@code scale} times as large around a centre at {@code lon}. */
    private static Geometry jaggedPolygon(int first, int vertices, double lon, double scale) {
        List<Coordinate> shell = new ArrayList<>();
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            double radius = scale * (1.3 + (i % 2 == 0 ? 0.25 : 0) + 0.6 * Math.sin(5 * angle));
            shell.add(new Coordinate(lon + radius * Math.cos(angle), 32.2 + radius * Math.sin(angle)));
        }
        Collections.rotate(shell, -first);
        shell.add(shell.get(0));
        LinearRing hole = GF.createLinearRing(new Coordinate[] {new Coordinate(104.9, 31.8),
            new Coordinate(105.2, 31.8), new Coordinate(105.2, 32.1), new Coordinate(104.9, 32.1),
            new Coordinate(104.9, 31.8)});
        return GF.createPolygon(GF.createLinearRing(shell.toArray(Coordinate[]::new)), new LinearRing[] {hole});
    }

    private static int[] pixels(Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        MapPainter.prepare(g);
        g.setColor(new Color(0x41, 0x52, 0x5e));
        drawing.accept(g);
        g.dispose();
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /**
     * Pieces start at points computed along the ring: the last bit of a double can tip an anti-aliased edge pixel
     * by one level of 255. A misplaced dash or join changes pixels by far more.
     */
    private static final int ROUNDING = 2;

    /** The largest difference of any channel of any pixel. */
    private static int largestDifference(int[] a, int[] b) {
        int largest = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift < 32; shift += 8) {
                largest = Math.max(largest, Math.abs(((a[i] >> shift) & 0xff) - ((b[i] >> shift) & 0xff)));
            }
        }
        return largest;
    }

    private static int[] whole(Geometry geometry, BasicStroke stroke) {
        return pixels(g -> {
            g.setStroke(stroke);
            g.draw(GeometryPaths.toPath(geometry, VIEW));
        });
    }

    private static int[] cut(Geometry geometry, BasicStroke stroke) {
        return pixels(g -> RingOutline.of(geometry, VIEW).draw(g, stroke, CLIP));
    }

    @Test
    void cutDashedOutlinesDrawTheSamePixelsAsWholeOnes() {
        int withRingStartInside = 0;
        for (int first = 0; first < 120; first += 7) {
            Geometry polygon = jaggedPolygon(first);
            Coordinate start = polygon.getCoordinates()[0];
            if (CLIP.contains(VIEW.screenX(start.x), VIEW.screenY(start.y))) {
                withRingStartInside++;
            }
            for (BoundaryQuality quality : BoundaryQuality.values()) {
                // As MapPainter draws them at 1.5 px/pt: region outlines, then the selection with longer dashes.
                BasicStroke outline = MapPainter.qualityStroke(quality, 0.8 * 1.5, 1.5);
                BasicStroke selection = MapPainter.qualityStroke(quality, 2.0 * 1.5, 1.8 * 1.5);
                for (BasicStroke stroke : List.of(outline, selection)) {
                    assertThat(largestDifference(cut(polygon, stroke), whole(polygon, stroke)))
                            .as("%s, %s px, ring starting at vertex %d", quality, stroke.getLineWidth(), first)
                            .isLessThanOrEqualTo(ROUNDING);
                }
            }
        }
        assertThat(withRingStartInside).as("rings whose start (where dashes join) is in view").isGreaterThan(3);
    }

    @Test
    void theDashAcrossARingsStartIsDrawnSolidAndNoPieceNeedsADashPhase() {
        int solidPieces = 0;
        for (int first = 0; first < 120; first++) {
            SVGGraphics2D svg = new SVGGraphics2D(400, 300);
            svg.setColor(Color.BLACK);
            BasicStroke dashed = MapPainter.qualityStroke(BoundaryQuality.APPROXIMATE, 1.2, 1.5);
            RingOutline.of(jaggedPolygon(first), VIEW).draw(svg, dashed, CLIP);
            String out = svg.getSVGElement();
            // JFreeSVG writes no dash phase: cut pieces must not depend on one.
            assertThat(out).doesNotContain("dashoffset");
            solidPieces += out.split("<path").length - 1 - (out.split("stroke-dasharray").length - 1);
        }
        assertThat(solidPieces).as("rings whose last dash runs on into the first").isPositive();
    }

    @Test
    void cutOutlinesKeepOnlyWhatTheClipShows() {
        // Ten times as large, its centre east of the view: the view shows a small part of its outline.
        Geometry polygon = jaggedPolygon(0, 2000, 118, 10);
        BasicStroke stroke = MapPainter.qualityStroke(BoundaryQuality.PARTIAL, 1.2, 1.5);
        SVGGraphics2D whole = new SVGGraphics2D(400, 300);
        whole.setStroke(stroke);
        whole.draw(GeometryPaths.toPath(polygon, VIEW));
        SVGGraphics2D cut = new SVGGraphics2D(400, 300);
        RingOutline.of(polygon, VIEW).draw(cut, stroke, CLIP);
        assertThat(cut.getSVGElement().length()).isLessThan(whole.getSVGElement().length() / 2);
        int[] shown = whole(polygon, stroke);
        assertThat(Arrays.stream(shown).filter(argb -> argb != 0).count()).as("outline pixels in view")
                .isGreaterThan(500);
        assertThat(largestDifference(cut(polygon, stroke), shown)).isLessThanOrEqualTo(ROUNDING);
    }

    @Test
    void solidAndTranslucentOutlinesToo() {
        Geometry polygon = jaggedPolygon(11);
        BasicStroke solid = MapPainter.stroke(2.1);
        assertThat(largestDifference(cut(polygon, solid), whole(polygon, solid))).isLessThanOrEqualTo(ROUNDING);
        BasicStroke dashed = MapPainter.qualityStroke(BoundaryQuality.APPROXIMATE, 1.2, 1.5);
        int[] translucentWhole = pixels(g -> {
            g.setColor(new Color(0, 0, 0, 120));
            g.setStroke(dashed);
            g.draw(GeometryPaths.toPath(polygon, VIEW));
        });
        int[] translucentCut = pixels(g -> {
            g.setColor(new Color(0, 0, 0, 120));
            RingOutline.of(polygon, VIEW).draw(g, dashed, CLIP);
        });
        assertThat(translucentCut).as("translucent: drawn whole").isEqualTo(translucentWhole);
    }

    @Test
    void theAreaIsWhatGeometryPathsCutsFromTheSameVertices() {
        // Crossing the clip with its start in view and out of it, and a small one wholly inside (the fast path).
        for (Geometry geometry : List.of(jaggedPolygon(0), jaggedPolygon(37), jaggedPolygon(0, 40, 105, 0.05))) {
            Path2D.Double expected = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            GeometryPaths.append(expected, geometry, VIEW, CLIP);
            Path2D.Double area = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            RingOutline.of(geometry, VIEW).appendArea(area, CLIP);

            assertThat(segments(area)).isNotEmpty().isEqualTo(segments(expected));
        }
    }

    private static List<String> segments(Path2D path) {
        List<String> out = new ArrayList<>();
        double[] c = new double[6];
        for (java.awt.geom.PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            out.add(type + " " + c[0] + " " + c[1]);
        }
        return out;
    }

    @Test
    void boundsAreThoseOfTheWholePath() {
        Geometry polygon = jaggedPolygon(5);
        Path2D.Double path = GeometryPaths.toPath(polygon, VIEW);
        assertThat(RingOutline.of(polygon, VIEW).bounds()).isEqualTo(path.getBounds2D());
    }
}
