package org.cpatlas.print;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cpatlas.geo.BoundaryQuality;
import org.cpatlas.render.MapPainter;

/**
 * One page of a region's sheet: its map zoomed to the region (selected, in the atlas choropleth) with the legend,
 * the province table, the diverging chart of gaps, and every source with document and table or line. Sources too
 * long for the page continue on the sheet's next page ({@link SheetLayout}); {@link #pagesOf} gives them all.
 */
public final class RegionSheetPage implements PrintPage {

    private static final Color WARNING = new Color(0xb3, 0x3c, 0x00);

    private final RegionSheet sheet;
    private final MapContent content;
    private final PageSetup setup;
    private final PrintStyle style;
    private final int pageNumber;
    private final int pageCount;
    private final int part;

    /**
     * @param pageNumber this page's number in the document (1-based), shown when there is more than one page
     * @param part       which page of the sheet this is (0 = the first, with the map)
     */
    public RegionSheetPage(RegionSheet sheet, MapContent content, PageSetup setup, PrintStyle style, int pageNumber,
            int pageCount, int part) {
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.content = Objects.requireNonNull(content, "content");
        this.setup = Objects.requireNonNull(setup, "setup");
        this.style = Objects.requireNonNull(style, "style");
        this.pageNumber = pageNumber;
        this.pageCount = pageCount;
        this.part = part;
    }

    public RegionSheetPage(RegionSheet sheet, MapContent content, PageSetup setup, PrintStyle style, int pageNumber,
            int pageCount) {
        this(sheet, content, setup, style, pageNumber, pageCount, 0);
    }

    /** The first page of a sheet on its own. */
    public RegionSheetPage(RegionSheet sheet, MapContent content, PageSetup setup, PrintStyle style) {
        this(sheet, content, setup, style, 1, 1, 0);
    }

    /** Every page of one sheet (one, or more when its sources run over), numbered from 1. */
    public static List<RegionSheetPage> pagesOf(RegionSheet sheet, MapContent content, PageSetup setup,
            PrintStyle style) {
        int parts = partsOf(sheet, content, setup, style);
        List<RegionSheetPage> pages = new ArrayList<>(parts);
        for (int k = 0; k < parts; k++) {
            pages.add(new RegionSheetPage(sheet, content, setup, style, k + 1, parts, k));
        }
        return pages;
    }

    /** How many pages a sheet takes on this paper. */
    static int partsOf(RegionSheet sheet, MapContent content, PageSetup setup, PrintStyle style) {
        // The longest footer the sheet can have, so the count holds whatever page numbers it gets.
        return SheetLayout.pages(sheet, content, setup, Dpi.VECTOR_DETAIL, style, footerRight(content, 999, 999))
                .size();
    }

    @Override
    public PageSetup setup() {
        return setup;
    }

    public RegionSheet sheet() {
        return sheet;
    }

    /** Which page of the sheet this is (0 = the first). */
    public int part() {
        return part;
    }

    /** This page's layout at a resolution. */
    SheetLayout.Page layout(Dpi dpi) {
        // Laid out for the longest footer the sheet can have, so the split into pages does not depend on numbering.
        List<SheetLayout.Page> pages = SheetLayout.pages(sheet, content, setup, dpi, style,
                footerRight(content, 999, 999));
        return pages.get(Math.min(part, pages.size() - 1));
    }

    private String footerRight() {
        return footerRight(content, pageNumber, pageCount);
    }

    private static String footerRight(MapContent content, int number, int count) {
        return MapPage.printedOn(content.date()) + (count > 1 ? "   " + number + " / " + count : "");
    }

    /** Every part of the page as a box (title, headline, map, legend parts, table, chart, sources, credit line). */
    public List<PageBox> parts(Dpi dpi) {
        SheetLayout.Page p = layout(dpi);
        List<PageBox> parts = new ArrayList<>();
        parts.add(new PageBox("title", p.title()));
        if (p.headline() != null) {
            parts.add(new PageBox("headline", p.headline()));
        }
        if (p.map() != null) {
            parts.add(new PageBox("map", p.map().framePt()));
            parts.addAll(p.legend().boxes());
        }
        if (p.table() != null) {
            parts.add(new PageBox("table", p.table()));
            parts.add(new PageBox("chart", p.chart()));
        }
        if (p.sourcesBox() != null) {
            parts.add(new PageBox("sources", p.sourcesBox()));
        }
        parts.addAll(PageText.footerBoxes(style, footerRight(), p.footer()));
        return parts;
    }

    /** The labels on this page's map, in points on the page (none on a continuation page). */
    public List<PageBox> onMap(Dpi dpi) {
        SheetLayout.Page p = layout(dpi);
        return p.map() == null ? List.of()
                : p.map().labelBoxes(style, content.layers(), content.options());
    }

    /** The map frame on this page, or null on a continuation page. */
    public Rectangle2D.Double mapFrame(Dpi dpi) {
        SheetLayout.Page p = layout(dpi);
        return p.map() == null ? null : p.map().framePt();
    }

    @Override
    public void paint(Graphics2D g, Dpi detail) {
        MapPainter.prepare(g);
        SheetLayout.Page layout = layout(detail);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, setup.widthPt(), setup.heightPt()));
        if (layout.continuation()) {
            PageText.title(g, style, sheet.nameZh(), sheet.nameEn() + (layout.sourcesContinued()
                    ? " \u2014 sources, continued" : " \u2014 continued"), layout.title());
        } else {
            PageText.title(g, style, sheet.nameZh(), sheet.nameEn(), layout.title());
            paintHeadline(g, layout.headline());
        }
        if (layout.map() != null) {
            layout.map().paint(g, style, content.layers(), content.styling().withSelected(sheet.code()),
                    content.options());
            LegendPainter.paintLegend(g, style, layout.legend(), content.legendTitle(),
                    content.styling().withSelected(sheet.code()), layout.scaleBar(),
                    layout.map().viewport().centerLat(), detail);
        }
        if (layout.table() != null) {
            new ProvinceTablePainter(style, sheet.words()).paint(g, sheet.rows(), layout.table());
            new GapChartPainter(style, sheet.words()).paint(g, sheet.rows(), layout.chart());
        }
        if (layout.sourcesBox() != null) {
            paintSources(g, layout);
        }
        PageText.footer(g, style, content.sourceLine(), footerRight(), layout.footer());
    }

    private void paintHeadline(Graphics2D g, Rectangle2D.Double box) {
        Font bold = style.fonts().bold(9);
        Font small = style.fonts().regular(7.5);
        List<String> lines = SheetLayout.headlineLines(sheet, content);
        double baseline = box.y + 14;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Color colour = TextPainter.MUTED;
            if (line.startsWith("Boundary:") && sheet.quality() != BoundaryQuality.SOURCED
                    || line.startsWith("No boundary") || line.equals(SheetLayout.NO_COUNTY)) {
                colour = WARNING;
            }
            TextPainter.drawRight(g, line, i == 0 ? bold : small, i == 0 ? TextPainter.INK : colour, box.getMaxX(),
                    baseline);
            baseline += 11.5;
        }
    }

    private void paintSources(Graphics2D g, SheetLayout.Page layout) {
        Font heading = SheetLayout.headingFont(style);
        Font text = SheetLayout.sourceFont(style);
        Rectangle2D.Double box = layout.sourcesBox();
        TextPainter.draw(g, layout.sourcesContinued() ? "Sources 资料来源 (continued)" : "Sources 资料来源", heading,
                TextPainter.INK, box.x, box.y + heading.getSize2D());
        double y = box.y + TextPainter.lineHeight(heading);
        for (SheetLayout.SourceLine line : layout.sources()) {
            TextPainter.draw(g, line.text(), text, TextPainter.INK, box.x + line.indent(), y + text.getSize2D());
            y += TextPainter.lineHeight(text);
        }
    }
}
