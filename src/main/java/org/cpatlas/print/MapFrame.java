package org.cpatlas.print;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.render.LabelSizes;
import org.cpatlas.render.MapLabelPainter;
import org.cpatlas.render.MapLayers;
import org.cpatlas.render.MapOptions;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.RegionStyling;
import org.cpatlas.render.SouthChinaSeaInset;

/**
 * A map placed on a page: its frame in points and the viewport that fills the frame at the output resolution, and,
 * on whole-country maps, the South China Sea islands inset in its bottom-right corner (a box labels keep clear of).
 * The viewport is in device pixels so the shared painter simplifies geometry for the real output detail.
 *
 * @param insetPt    the inset's box in points on the page, or null when the map has none
 * @param labelSizes type sizes of the map's labels (smaller on a narrow journal figure)
 */
record MapFrame(Rectangle2D.Double framePt, MapViewport viewport, double pxPerPt, Rectangle2D.Double insetPt,
        LabelSizes labelSizes) {

    /** Width of the inset as a share of the frame's width, within bounds in points. */
    private static final double INSET_SHARE = 0.17;
    private static final double INSET_MIN_PT = 52;
    private static final double INSET_MAX_PT = 96;
    private static final double INSET_MARGIN_PT = 4;

    MapFrame(Rectangle2D.Double framePt, MapViewport viewport, double pxPerPt) {
        this(framePt, viewport, pxPerPt, null, LabelSizes.PAGE);
    }

    /** This map with its labels in these type sizes. */
    MapFrame withLabelSizes(LabelSizes sizes) {
        return new MapFrame(framePt, viewport, pxPerPt, insetPt, sizes);
    }

    /** The window's map keeping its ground extent, resized to the frame at this resolution. */
    static MapFrame keepingExtent(Rectangle2D.Double framePt, MapViewport screen, Dpi dpi) {
        double pxPerPt = dpi.pxPerPt();
        return new MapFrame(framePt,
                screen.resizedKeepingExtent(framePt.width * pxPerPt, framePt.height * pxPerPt), pxPerPt);
    }

    /** A map fitted to an envelope (a region sheet), with a margin of a few points. */
    static MapFrame fitting(Rectangle2D.Double framePt, org.locationtech.jts.geom.Envelope lonLat, Dpi dpi,
            double marginPt) {
        double pxPerPt = dpi.pxPerPt();
        return new MapFrame(framePt, MapViewport.fitting(lonLat, framePt.width * pxPerPt, framePt.height * pxPerPt,
                marginPt * pxPerPt), pxPerPt);
    }

    /**
     * True when a map of this extent carries the South China Sea inset: the options ask for it, the maps have it and
     * the map shows the whole country.
     */
    static boolean wantsInset(MapViewport extent, MapLayers layers, MapOptions options) {
        return options.southChinaSeaInset() && layers.southChinaSea() != null
                && SouthChinaSeaInset.wholeCountry(extent);
    }

    /** This map with the South China Sea inset in its bottom-right corner, if the frame has room for it. */
    MapFrame withInset(MapLayers layers, PrintStyle style) {
        if (layers.southChinaSea() == null) {
            return this;
        }
        SouthChinaSeaInset inset = new SouthChinaSeaInset(style.theme(), style.fonts(), layers.southChinaSea());
        double w = Math.max(INSET_MIN_PT, Math.min(INSET_MAX_PT, framePt.width * INSET_SHARE));
        double h = inset.heightPt(w);
        if (w > framePt.width / 2 || h > framePt.height / 2) {
            return this; // a frame this small has no corner to spare
        }
        Rectangle2D.Double box = new Rectangle2D.Double(framePt.getMaxX() - INSET_MARGIN_PT - w,
                framePt.getMaxY() - INSET_MARGIN_PT - h, w, h);
        return new MapFrame(framePt, viewport, pxPerPt, box, labelSizes);
    }

    /** The inset's box in the viewport's pixels, as the label placement sees it. */
    private List<Rectangle2D> obstaclesPx() {
        List<Rectangle2D> list = new ArrayList<>();
        if (insetPt != null) {
            list.add(new Rectangle2D.Double((insetPt.x - framePt.x) * pxPerPt, (insetPt.y - framePt.y) * pxPerPt,
                    insetPt.width * pxPerPt, insetPt.height * pxPerPt));
        }
        return list;
    }

    /** The map's labels as boxes on the page, in points (for overlap checks). */
    List<PageBox> labelBoxes(PrintStyle style, MapLayers layers, MapOptions options) {
        List<PageBox> boxes = new ArrayList<>();
        for (MapLabelPainter.Drawn d : style.painter().labels(labelSizes).place(viewport, layers, options, pxPerPt,
                obstaclesPx())) {
            Rectangle2D b = d.placement().box();
            String kind = d.placement().kind() == org.cpatlas.render.LabelKind.REGION ? "region" : "province";
            String text = String.join(" ", d.lines()).replace("- ", "-");
            boxes.add(new PageBox(kind + " label " + text, new Rectangle2D.Double(
                    framePt.x + b.getX() / pxPerPt, framePt.y + b.getY() / pxPerPt, b.getWidth() / pxPerPt,
                    b.getHeight() / pxPerPt)));
        }
        return boxes;
    }

    /** Paints the map clipped to its frame, the inset, then a thin neatline around it. */
    void paint(Graphics2D g, PrintStyle style, MapLayers layers, RegionStyling styling, MapOptions options) {
        Graphics2D mg = (Graphics2D) g.create();
        try {
            mg.translate(framePt.x, framePt.y);
            mg.clip(new Rectangle2D.Double(0, 0, framePt.width, framePt.height));
            mg.scale(1 / pxPerPt, 1 / pxPerPt);
            style.painter().paintMap(mg, viewport, layers, styling, options, pxPerPt, obstaclesPx(), labelSizes);
            if (insetPt != null) {
                new SouthChinaSeaInset(style.theme(), style.fonts(), layers.southChinaSea())
                        .paint(mg, obstaclesPx().get(0), pxPerPt);
            }
        } finally {
            mg.dispose();
        }
        g.setColor(LegendPainter.frameColour());
        g.setStroke(new BasicStroke(0.6f));
        g.draw(framePt);
    }
}
