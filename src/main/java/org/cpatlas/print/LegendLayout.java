package org.cpatlas.print;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.render.RegionStyling;

/**
 * The legend of a printed map measured and placed: choropleth classes, boundary styles, scale bar and north arrow,
 * each in a box of the height its text needs at its width. Stacked in a column beside the map, or in rows across a
 * band under it (a part that does not fit in what is left of a row starts the next row), so no part can overlap
 * another whatever the paper, orientation or figure width.
 */
record LegendLayout(Rectangle2D.Double classes, Rectangle2D.Double boundaries, Rectangle2D.Double scaleBar,
        Rectangle2D.Double northArrow) {

    static final double GAP = 10;
    static final double SCALE_W = 128;
    static final double SCALE_H = ScaleBarPainter.HEIGHT_PT;
    static final double ARROW_W = 22;
    static final double ARROW_H = 34;
    private static final double CLASSES_W = 150;
    private static final double BOUNDARIES_W = 200;
    private static final double MIN_SIDE_BY_SIDE_W = 100;
    private static final double MIN_SCALE_W = 90;
    /** Room right of the bar for its end label ("1000 km" centred on the bar's end) and left for "0". */
    private static final double BAR_LABEL_ROOM = 26;

    /** The parts stacked from (x, y) in a column of this width; scale bar and north arrow share the last row. */
    static LegendLayout column(LegendPainter painter, String title, RegionStyling styling, double x, double y,
            double width) {
        double classesH = painter.classesHeight(null, title, styling, width);
        Rectangle2D.Double classes = new Rectangle2D.Double(x, y, width, classesH);
        double by = classes.getMaxY() + GAP * 0.8;
        Rectangle2D.Double boundaries = new Rectangle2D.Double(x, by, width,
                painter.boundariesHeight(null, styling, width));
        double sy = boundaries.getMaxY() + GAP;
        double scaleW = Math.min(SCALE_W, width - ARROW_W - GAP);
        Rectangle2D.Double scale = new Rectangle2D.Double(x, sy, scaleW, SCALE_H);
        Rectangle2D.Double arrow = new Rectangle2D.Double(x + width - ARROW_W, sy, ARROW_W, ARROW_H);
        return new LegendLayout(classes, boundaries, scale, arrow);
    }

    /** The parts in rows across a band of this width from (x, y), each at its preferred width. */
    static LegendLayout band(LegendPainter painter, String title, RegionStyling styling, double x, double y,
            double width) {
        double classesW = Math.min(width, CLASSES_W);
        double boundariesW = Math.min(width, BOUNDARIES_W);
        double half = (width - GAP * 1.5) / 2;
        if (classesW + boundariesW + GAP * 1.5 > width && half >= MIN_SIDE_BY_SIDE_W) {
            // A narrow band (a one-column figure): classes and boundaries side by side, narrower, not stacked.
            classesW = half;
            boundariesW = half;
        }
        double[] widths = {classesW, boundariesW};
        double[] heights = {painter.classesHeight(null, title, styling, classesW),
            painter.boundariesHeight(null, styling, boundariesW)};
        Rectangle2D.Double[] boxes = new Rectangle2D.Double[2];
        double cx = x;
        double rowTop = y;
        double rowH = 0;
        for (int i = 0; i < 2; i++) {
            if (cx > x && cx + widths[i] > x + width + 1e-9) {
                rowTop += rowH + GAP;
                rowH = 0;
                cx = x;
            }
            boxes[i] = new Rectangle2D.Double(cx, rowTop, widths[i], heights[i]);
            rowH = Math.max(rowH, heights[i]);
            cx += widths[i] + GAP * 1.5;
        }
        // Scale bar and north arrow go together: in what is left of the row if the bar gets its least length there,
        // else on a row of their own; the arrow at the band's right end.
        double left = x + width - cx;
        if (cx > x && left < MIN_SCALE_W + GAP + ARROW_W) {
            rowTop += rowH + GAP;
            cx = x;
            left = width;
        }
        double scaleW = Math.min(SCALE_W, left - GAP - ARROW_W);
        Rectangle2D.Double scale = new Rectangle2D.Double(cx, rowTop, scaleW, SCALE_H);
        Rectangle2D.Double arrow = new Rectangle2D.Double(x + width - ARROW_W, rowTop, ARROW_W, ARROW_H);
        return new LegendLayout(boxes[0], boxes[1], scale, arrow);
    }

    /** The longest scale bar the scale bar's box holds, in points. */
    double maxBarPt() {
        return scaleBar.width - BAR_LABEL_ROOM;
    }

    Rectangle2D.Double bounds() {
        Rectangle2D.Double all = new Rectangle2D.Double();
        all.setRect(classes);
        all.add(boundaries);
        all.add(scaleBar);
        all.add(northArrow);
        return all;
    }

    /** The same layout moved down by dy points. */
    LegendLayout shifted(double dy) {
        return new LegendLayout(down(classes, dy), down(boundaries, dy), down(scaleBar, dy), down(northArrow, dy));
    }

    private static Rectangle2D.Double down(Rectangle2D.Double r, double dy) {
        return new Rectangle2D.Double(r.x, r.y + dy, r.width, r.height);
    }

    List<PageBox> boxes() {
        List<PageBox> list = new ArrayList<>();
        list.add(new PageBox("legend classes", classes));
        list.add(new PageBox("legend boundaries", boundaries));
        list.add(new PageBox("scale bar", scaleBar));
        list.add(new PageBox("north arrow", northArrow));
        return list;
    }
}
