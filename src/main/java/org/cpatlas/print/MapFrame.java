package org.cpatlas.print;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.cpatlas.render.MapLayers;
import org.cpatlas.render.MapOptions;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.RegionStyling;

/**
 * A map placed on a page: its frame in points and the viewport that fills the frame at the output resolution.
 * The viewport is in device pixels so the shared painter simplifies geometry for the real output detail.
 */
record MapFrame(Rectangle2D.Double framePt, MapViewport viewport, double pxPerPt) {

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

    /** Paints the map clipped to its frame, then a thin neatline around it. */
    void paint(Graphics2D g, PrintStyle style, MapLayers layers, RegionStyling styling, MapOptions options) {
        Graphics2D mg = (Graphics2D) g.create();
        try {
            mg.translate(framePt.x, framePt.y);
            mg.clip(new Rectangle2D.Double(0, 0, framePt.width, framePt.height));
            mg.scale(1 / pxPerPt, 1 / pxPerPt);
            style.painter().paintMap(mg, viewport, layers, styling, options, pxPerPt);
        } finally {
            mg.dispose();
        }
        g.setColor(LegendPainter.frameColour());
        g.setStroke(new BasicStroke(0.6f));
        g.draw(framePt);
    }
}
