package org.cpatlas.print;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.cpatlas.render.MapPainter;

/**
 * The map as shown in the window, on paper: title (zh + en), the map keeping the window's ground extent,
 * legend, scale bar, north arrow, credit line and date.
 */
public final class MapPage implements PrintPage {

    private final MapSheet sheet;
    private final PageSetup setup;
    private final PrintStyle style;

    public MapPage(MapSheet sheet, PageSetup setup, PrintStyle style) {
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.setup = Objects.requireNonNull(setup, "setup");
        this.style = Objects.requireNonNull(style, "style");
    }

    @Override
    public PageSetup setup() {
        return setup;
    }

    public MapSheet sheet() {
        return sheet;
    }

    /** The geometry this page is drawn with at a resolution. */
    public MapPageLayout layout(Dpi dpi) {
        return MapPageLayout.compute(sheet, setup, dpi);
    }

    @Override
    public void paint(Graphics2D g, Dpi detail) {
        MapPainter.prepare(g);
        MapPageLayout layout = layout(detail);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, setup.widthPt(), setup.heightPt()));
        PageParts.title(g, style, sheet.titleZh(), sheet.titleEn(), layout.titleBox());
        layout.map().paint(g, style, sheet.layers(), sheet.styling(), sheet.options());
        paintLegend(g, layout, detail);
        PageParts.footer(g, style, sheet.sourceLine(), "Printed " + sheet.date().format(DateTimeFormatter.ISO_LOCAL_DATE),
                layout.footerBox());
    }

    private void paintLegend(Graphics2D g, MapPageLayout layout, Dpi detail) {
        LegendPainter legend = new LegendPainter(style);
        ScaleBarPainter scale = new ScaleBarPainter(style.fonts());
        Rectangle2D.Double box = layout.legendBox();
        double lat = layout.map().viewport().centerLat();
        if (layout.sideLegend()) {
            double y = box.y;
            y += legend.paintClasses(g, sheet.legendTitle(), sheet.styling(), box.x, y, box.width, true) + 10;
            y += legend.paintBoundaries(g, sheet.styling(), box.x, y, box.width, true) + 14;
            scale.paint(g, layout.scaleBar(), lat, detail.pxPerPt(), box.x + 4, y);
            scale.paintNorthArrow(g, box.getMaxX() - 18, y, 34);
        } else {
            double col = (box.width - 2 * MapPageLayout.GUTTER) / 3;
            legend.paintClasses(g, sheet.legendTitle(), sheet.styling(), box.x, box.y, col, true);
            double x2 = box.x + col + MapPageLayout.GUTTER;
            legend.paintBoundaries(g, sheet.styling(), x2, box.y, col + 30, true);
            double x3 = x2 + col + MapPageLayout.GUTTER + 30;
            scale.paint(g, layout.scaleBar(), lat, detail.pxPerPt(), x3 + 4, box.y + 4);
            scale.paintNorthArrow(g, box.getMaxX() - 18, box.y + 2, 38);
        }
    }

    /** Shared with the region sheet: a heading and a footer drawn the same way on every page. */
    static final class PageParts {

        private PageParts() {
        }

        static void title(Graphics2D g, PrintStyle style, String zh, String en, Rectangle2D.Double box) {
            Font big = style.fonts().bold(18);
            Font small = style.fonts().regular(11);
            TextPainter.draw(g, zh.isEmpty() ? en : zh, big, TextPainter.INK, box.x, box.y + 18);
            if (!zh.isEmpty()) {
                TextPainter.draw(g, en, small, TextPainter.MUTED, box.x, box.y + 35);
            }
        }

        static void footer(Graphics2D g, PrintStyle style, String sourceLine, String right, Rectangle2D.Double box) {
            Font font = style.fonts().regular(6.8);
            double rightW = TextPainter.width(g, right, font) + 12;
            g.setColor(LegendPainter.frameColour());
            g.setStroke(new java.awt.BasicStroke(0.4f));
            g.draw(new java.awt.geom.Line2D.Double(box.x, box.y, box.getMaxX(), box.y));
            TextPainter.drawWrapped(g, "Sources: " + sourceLine, font, TextPainter.MUTED, box.x, box.y + 3,
                    box.width - rightW);
            TextPainter.drawRight(g, right, font, TextPainter.MUTED, box.getMaxX(), box.y + 3 + font.getSize2D());
        }
    }
}
