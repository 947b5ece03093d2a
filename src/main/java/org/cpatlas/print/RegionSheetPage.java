package org.cpatlas.print;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.cpatlas.geo.BoundaryQuality;
import org.cpatlas.render.MapPainter;
import org.cpatlas.render.ScaleBar;

/**
 * One region on one page: its map zoomed to the region (selected, in the atlas choropleth), the province table,
 * the diverging chart of gaps, and every source with document and table or line.
 */
public final class RegionSheetPage implements PrintPage {

    /** Sizes of the parts, in points. */
    public record Layout(Rectangle2D.Double title, MapFrame map, Rectangle2D.Double legend, Rectangle2D.Double table,
            Rectangle2D.Double chart, Rectangle2D.Double sources, Rectangle2D.Double footer, ScaleBar scaleBar) {
    }

    static final double GUTTER = 10;
    static final double LEGEND_W = 170;
    static final double MIN_MAP_H = 150;

    private final RegionSheet sheet;
    private final MapContent content;
    private final PageSetup setup;
    private final PrintStyle style;
    private final int pageNumber;
    private final int pageCount;

    public RegionSheetPage(RegionSheet sheet, MapContent content, PageSetup setup, PrintStyle style, int pageNumber,
            int pageCount) {
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.content = Objects.requireNonNull(content, "content");
        this.setup = Objects.requireNonNull(setup, "setup");
        this.style = Objects.requireNonNull(style, "style");
        this.pageNumber = pageNumber;
        this.pageCount = pageCount;
    }

    public RegionSheetPage(RegionSheet sheet, MapContent content, PageSetup setup, PrintStyle style) {
        this(sheet, content, setup, style, 1, 1);
    }

    @Override
    public PageSetup setup() {
        return setup;
    }

    public RegionSheet sheet() {
        return sheet;
    }

    public Layout layout(Dpi dpi) {
        Rectangle2D.Double c = setup.contentPt();
        Rectangle2D.Double title = new Rectangle2D.Double(c.x, c.y, c.width, 46);
        Rectangle2D.Double footer = new Rectangle2D.Double(c.x, c.getMaxY() - 30, c.width, 30);
        double sourcesH = sourcesHeight(c.width);
        double tableH = ProvinceTablePainter.height(sheet.rows().size());
        double chartH = GapChartPainter.height(sheet.rows().size());
        double bottom = footer.y - GUTTER;
        Rectangle2D.Double sources = new Rectangle2D.Double(c.x, bottom - sourcesH, c.width, sourcesH);
        Rectangle2D.Double chart = new Rectangle2D.Double(c.x, sources.y - GUTTER - chartH, c.width, chartH);
        Rectangle2D.Double table = new Rectangle2D.Double(c.x, chart.y - GUTTER - tableH, c.width, tableH);
        double mapTop = title.getMaxY();
        // The map takes what the text leaves; a region with many provinces gets a smaller (never vanishing) map.
        double mapH = Math.max(MIN_MAP_H, table.y - GUTTER - mapTop);
        Rectangle2D.Double frame = new Rectangle2D.Double(c.x, mapTop, c.width - LEGEND_W - GUTTER, mapH);
        Rectangle2D.Double legend = new Rectangle2D.Double(frame.getMaxX() + GUTTER, mapTop, LEGEND_W, mapH);
        MapFrame map = MapFrame.fitting(frame, RegionExtent.orWholeMap(content.layers(), sheet.code()), dpi, 12);
        ScaleBar bar = ScaleBarPainter.fitting(map.viewport(), LEGEND_W - 30, dpi.pxPerPt());
        return new Layout(title, map, legend, table, chart, sources, footer, bar);
    }

    @Override
    public void paint(Graphics2D g, Dpi detail) {
        MapPainter.prepare(g);
        Layout layout = layout(detail);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, setup.widthPt(), setup.heightPt()));
        MapPage.PageParts.title(g, style, sheet.nameZh(), sheet.nameEn(), layout.title());
        paintHeadline(g, layout.title());
        layout.map().paint(g, style, content.layers(), content.styling().withSelected(sheet.code()),
                content.options());
        paintLegend(g, layout, detail);
        new ProvinceTablePainter(style).paint(g, sheet.rows(), layout.table());
        new GapChartPainter(style).paint(g, sheet.rows(), layout.chart());
        paintSources(g, layout.sources());
        String right = "Printed " + content.date().format(DateTimeFormatter.ISO_LOCAL_DATE)
                + (pageCount > 1 ? "   " + pageNumber + " / " + pageCount : "");
        MapPage.PageParts.footer(g, style, content.sourceLine(), right, layout.footer());
    }

    /** True when the region is drawn from a county list that gives it no county (an empty region, not lost data). */
    private boolean noCountyInList() {
        int at = content.layers().regions().indexOf("code", sheet.code());
        Double counties = at < 0 ? null : content.layers().regions().feature(at).number("n_counties");
        return counties != null && counties == 0;
    }

    private void paintHeadline(Graphics2D g, Rectangle2D.Double box) {
        Font bold = style.fonts().bold(9);
        Font small = style.fonts().regular(7.5);
        String rate = "Urbanization rate 2010: " + sheet.regionRate();
        TextPainter.drawRight(g, rate, bold, TextPainter.INK, box.getMaxX(), box.y + 14);
        if (!sheet.regionRateNote().isEmpty()) {
            TextPainter.drawRight(g, sheet.regionRateNote(), small, TextPainter.MUTED, box.getMaxX(), box.y + 26);
        }
        if (RegionExtent.of(content.layers(), sheet.code()).isEmpty()) {
            TextPainter.drawRight(g, noCountyInList() ? "No county in this list: the county list in force gives this"
                    + " region none" : "No boundary for this region in the map data", small,
                    new Color(0xb3, 0x3c, 0x00), box.getMaxX(), box.y + 48);
        }
        String boundary = switch (sheet.quality()) {
            case SOURCED -> "Boundary: sourced county list";
            case PARTIAL -> "Boundary: partial (county list partly sourced)";
            case APPROXIMATE -> "Boundary: approximate, built from plan-scope evidence";
        };
        TextPainter.drawRight(g, boundary, small,
                sheet.quality() == BoundaryQuality.SOURCED ? TextPainter.MUTED : new Color(0xb3, 0x3c, 0x00),
                box.getMaxX(), box.y + 37);
    }

    private void paintLegend(Graphics2D g, Layout layout, Dpi detail) {
        LegendPainter legend = new LegendPainter(style);
        Rectangle2D.Double box = layout.legend();
        double y = box.y;
        y += legend.paintClasses(g, content.legendTitle(), content.styling(), box.x, y, box.width, true) + 8;
        y += legend.paintBoundaries(g, content.styling().withSelected(sheet.code()), box.x, y, box.width, true) + 10;
        ScaleBarPainter scale = new ScaleBarPainter(style.fonts());
        if (y + ScaleBarPainter.HEIGHT_PT < box.getMaxY()) {
            scale.paint(g, layout.scaleBar(), layout.map().viewport().centerLat(), detail.pxPerPt(), box.x + 4, y);
        }
        scale.paintNorthArrow(g, box.getMaxX() - 14, Math.min(y, box.getMaxY() - 34), 30);
    }

    private double sourcesHeight(double width) {
        Font heading = style.fonts().bold(8);
        Font text = style.fonts().regular(7);
        double h = TextPainter.lineHeight(heading);
        for (String line : sourceLines()) {
            h += TextPainter.wrap(TextPainter.MEASURE, line.strip(), text, width - indent(line)).size()
                    * TextPainter.lineHeight(text);
        }
        return h;
    }

    private java.util.List<String> sourceLines() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.addAll(sheet.sources());
        if (lines.isEmpty()) {
            lines.add("No source recorded for this region: its figures are not shown.");
        }
        return lines;
    }

    /** Lines that start with spaces (a place within the document above) are indented. */
    private static double indent(String line) {
        return line.startsWith(" ") ? 10 : 0;
    }

    private void paintSources(Graphics2D g, Rectangle2D.Double box) {
        Font heading = style.fonts().bold(8);
        Font text = style.fonts().regular(7);
        TextPainter.draw(g, "Sources 资料来源", heading, TextPainter.INK, box.x, box.y + heading.getSize2D());
        double y = box.y + TextPainter.lineHeight(heading);
        for (String line : sourceLines()) {
            double indent = indent(line);
            y = TextPainter.drawWrapped(g, line.strip(), text, TextPainter.INK, box.x + indent, y, box.width - indent);
        }
    }

}
