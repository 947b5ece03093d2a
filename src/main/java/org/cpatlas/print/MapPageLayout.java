package org.cpatlas.print;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.render.LabelSizes;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.ScaleBar;
import org.cpatlas.render.SouthChinaSeaInset;
import org.cpatlas.render.WebMercator;

/**
 * Where everything sits on a map page, in points: title, map frame (with the South China Sea inset on whole-country
 * maps), legend parts, credit line, and the scale bar measured on the output viewport. Every part is measured at
 * the width it gets (long titles and credit lines wrap and grow), then placed top down, so nothing overlaps and all
 * lies inside the printable area. Landscape pages put the legend in a column right of the map, portrait pages and
 * figures in rows under it. A journal figure has no title (the paper's caption is its title).
 *
 * @param titleBox  the heading, or an empty box at the top of a figure
 * @param creditLine the credit line as printed (with the inset's credit when the inset is drawn)
 */
public record MapPageLayout(Rectangle2D.Double titleBox, MapFrame map, LegendLayout legend,
        Rectangle2D.Double footerBox, ScaleBar scaleBar, boolean sideLegend, String creditLine) {

    static final double GUTTER = 10;
    static final double LEGEND_COLUMN_W = 178;
    static final double FIT_MARGIN_PT = 8;

    /** The legend's whole area (for tests and the printer preview). */
    public Rectangle2D.Double legendBox() {
        return legend.bounds();
    }

    /** The layout of a sheet on a page at a resolution. */
    public static MapPageLayout compute(MapSheet sheet, PageSetup setup, Dpi dpi, PrintStyle style) {
        Rectangle2D.Double c = setup.contentPt();
        boolean figure = setup.isFigure();
        boolean inset = MapFrame.wantsInset(sheet.viewport(), sheet.layers(), sheet.options());
        String credits = inset ? SouthChinaSeaInset.creditWithInset(sheet.sourceLine()) : sheet.sourceLine();
        String right = MapPage.printedOn(sheet.date());
        double titleH = figure ? 0 : PageText.titleHeight(style, sheet.titleZh(), sheet.titleEn(), c.width);
        Rectangle2D.Double title = new Rectangle2D.Double(c.x, c.y, c.width, titleH);
        double footerH = PageText.footerHeight(style, credits, right, c.width);
        Rectangle2D.Double footer = new Rectangle2D.Double(c.x, c.getMaxY() - footerH, c.width, footerH);
        double bodyTop = figure ? c.y : title.getMaxY() + GUTTER;
        double bodyBottom = footer.y - GUTTER;
        LegendPainter painter = new LegendPainter(style);
        boolean side = setup.isLandscape() && !figure;
        Rectangle2D.Double frame;
        LegendLayout legend;
        if (side) {
            legend = LegendLayout.column(painter, sheet.legendTitle(), sheet.styling(), c.getMaxX() - LEGEND_COLUMN_W,
                    bodyTop, LEGEND_COLUMN_W);
            frame = new Rectangle2D.Double(c.x, bodyTop, c.width - LEGEND_COLUMN_W - GUTTER, bodyBottom - bodyTop);
        } else {
            legend = LegendLayout.band(painter, sheet.legendTitle(), sheet.styling(), c.x, 0, c.width);
            double bandH = legend.bounds().getMaxY();
            legend = legend.shifted(bodyBottom - bandH);
            frame = new Rectangle2D.Double(c.x, bodyTop, c.width, bodyBottom - bandH - GUTTER - bodyTop);
        }
        MapFrame map = sheet.fit() != null ? MapFrame.fitting(frame, sheet.fit(), dpi, FIT_MARGIN_PT)
                : MapFrame.keepingExtent(frame, sheet.viewport(), dpi);
        map = map.withLabelSizes(LabelSizes.forWidth(frame.width, figure));
        if (inset) {
            map = map.withInset(sheet.layers(), style);
        }
        ScaleBar bar = ScaleBarPainter.fitting(map.viewport(), legend.maxBarPt(), dpi.pxPerPt());
        return new MapPageLayout(title, map, legend, footer, bar, side, credits);
    }

    /**
     * The height in millimetres a figure of this width needs for the sheet: the map at the shape of its extent, the
     * legend band and the credit line under it.
     */
    public static double figureHeightMm(MapSheet sheet, double widthMm, PrintStyle style) {
        PageSetup probe = PageSetup.figure(widthMm, PageSetup.MAX_FIGURE_MM);
        MapPageLayout tall = compute(sheet, probe, new Dpi(Dpi.MIN), style);
        Rectangle2D.Double frame = tall.map().framePt();
        double aspect = extentAspect(sheet);
        double margin = sheet.fit() != null ? 2 * FIT_MARGIN_PT : 0;
        double frameH = (frame.width - margin) / aspect + margin;
        double belowFrame = probe.contentPt().getMaxY() - frame.getMaxY();
        double heightPt = (frame.y - probe.contentPt().y) + frameH + belowFrame + 2 * probe.marginPt();
        double mm = heightPt / 72 * PageSetup.MM_PER_INCH;
        return Math.max(PageSetup.MIN_FIGURE_MM * 0.5, Math.min(PageSetup.MAX_FIGURE_MM, Math.ceil(mm)));
    }

    /** Width over height of what the sheet shows, in web Mercator (with the fitting margin's share ignored). */
    private static double extentAspect(MapSheet sheet) {
        if (sheet.fit() == null) {
            MapViewport vp = sheet.viewport();
            return vp.width() / vp.height();
        }
        var e = sheet.fit();
        double w = WebMercator.lonToX(e.getMaxX(), 0) - WebMercator.lonToX(e.getMinX(), 0);
        double h = WebMercator.latToY(e.getMinY(), 0) - WebMercator.latToY(e.getMaxY(), 0);
        return w / h;
    }

    /** Every part of the page as a box: title, map frame, legend parts, credit line and date. */
    public List<PageBox> parts(PrintStyle style, MapSheet sheet) {
        List<PageBox> parts = new ArrayList<>();
        if (titleBox.height > 0) {
            parts.add(new PageBox("title", titleBox));
        }
        parts.add(new PageBox("map", map.framePt()));
        parts.addAll(legend.boxes());
        parts.addAll(PageText.footerBoxes(style, MapPage.printedOn(sheet.date()), footerBox));
        return parts;
    }

    /** What lies on the map: its labels and the inset, each of which must stay inside the frame and apart. */
    public List<PageBox> onMap(PrintStyle style, MapSheet sheet) {
        List<PageBox> boxes = new ArrayList<>(map.labelBoxes(style, sheet.layers(), sheet.options()));
        if (map.insetPt() != null) {
            boxes.add(new PageBox("inset", map.insetPt()));
        }
        return boxes;
    }
}
