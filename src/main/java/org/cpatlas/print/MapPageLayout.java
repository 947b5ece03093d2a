package org.cpatlas.print;

import java.awt.geom.Rectangle2D;
import org.cpatlas.render.ScaleBar;

/**
 * Where everything sits on a map page, in points: title band, map frame, legend area, footer, and the scale bar
 * measured on the output viewport. Computed separately from drawing so tests can check the geometry.
 *
 * @param legendBox area for legend, scale bar and north arrow: a band under the map on portrait pages,
 *                  a column right of the map on landscape pages
 */
public record MapPageLayout(Rectangle2D.Double titleBox, MapFrame map, Rectangle2D.Double legendBox,
        Rectangle2D.Double footerBox, ScaleBar scaleBar, boolean sideLegend) {

    static final double TITLE_H = 46;
    static final double FOOTER_H = 30;
    static final double LEGEND_BAND_H = 118;
    static final double LEGEND_COLUMN_W = 178;
    static final double GUTTER = 10;
    static final double SCALE_BAR_MAX_PT = 120;

    /**
     * The band under a portrait map: its usual height, or taller when an indicator has more classes than fit (up to
     * nine and "not reported", each a 13 pt row under a heading of up to four lines).
     */
    static double legendBandHeight(MapSheet sheet) {
        int rows = sheet.styling().scale().entries("").size();
        return Math.max(LEGEND_BAND_H, 4 * 11 + 3 + rows * 13 + 4);
    }

    /** The layout of a sheet on a page at a resolution. */
    public static MapPageLayout compute(MapSheet sheet, PageSetup setup, Dpi dpi) {
        Rectangle2D.Double c = setup.contentPt();
        Rectangle2D.Double title = new Rectangle2D.Double(c.x, c.y, c.width, TITLE_H);
        Rectangle2D.Double footer = new Rectangle2D.Double(c.x, c.getMaxY() - FOOTER_H, c.width, FOOTER_H);
        double bodyTop = title.getMaxY();
        double bodyH = footer.y - GUTTER - bodyTop;
        boolean side = setup.isLandscape();
        Rectangle2D.Double frame;
        Rectangle2D.Double legend;
        if (side) {
            frame = new Rectangle2D.Double(c.x, bodyTop, c.width - LEGEND_COLUMN_W - GUTTER, bodyH);
            legend = new Rectangle2D.Double(frame.getMaxX() + GUTTER, bodyTop, LEGEND_COLUMN_W, bodyH);
        } else {
            double band = legendBandHeight(sheet);
            frame = new Rectangle2D.Double(c.x, bodyTop, c.width, bodyH - band - GUTTER);
            legend = new Rectangle2D.Double(c.x, frame.getMaxY() + GUTTER, c.width, band);
        }
        MapFrame map = MapFrame.keepingExtent(frame, sheet.viewport(), dpi);
        double maxBar = Math.min(SCALE_BAR_MAX_PT, (side ? legend.width : legend.width / 3) - 20);
        ScaleBar bar = ScaleBarPainter.fitting(map.viewport(), maxBar, dpi.pxPerPt());
        return new MapPageLayout(title, map, legend, footer, bar, side);
    }
}
