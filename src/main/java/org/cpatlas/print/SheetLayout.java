package org.cpatlas.print;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.render.ScaleBar;

/**
 * Where the parts of a region sheet go, page by page, in points. Every part is measured first: the heading (names
 * left, rate and boundary note right), the map with its legend column (never lower than the legend needs), the
 * province table, the gap chart, the sources (wrapped line by line) and the credit line. The first page holds the
 * heading, the map, the table and the chart (side by side on landscape pages); the map takes what the rest leaves.
 * Sources that do not fit continue on a second page, under a repeated heading, instead of being cut; on a page too
 * short even for the map at its least, the table and chart move to the second page too. Nothing overlaps and all
 * lies inside the printable area, whatever the paper, orientation or resolution.
 */
final class SheetLayout {

    static final double GUTTER = 10;
    static final double LEGEND_W = 170;
    static final double MIN_MAP_H = 150;
    static final double HEADLINE_GAP = 16;
    static final double MAP_MARGIN_PT = 12;
    private static final double HEADING_PT = 8;
    private static final double SOURCE_PT = 7;
    /** Fewer source lines than this on a page are moved whole to the next page rather than left alone there. */
    private static final int MIN_SOURCE_LINES = 3;

    /** One wrapped line of the sources: its text and its indent in points. */
    record SourceLine(String text, double indent) {
    }

    /**
     * One page of a sheet. Boxes of parts not on this page are null; {@code sources} lists the wrapped lines drawn
     * in {@code sourcesBox} (with a heading line first).
     */
    record Page(Rectangle2D.Double title, Rectangle2D.Double headline, MapFrame map, LegendLayout legend,
            ScaleBar scaleBar, Rectangle2D.Double table, Rectangle2D.Double chart, Rectangle2D.Double sourcesBox,
            List<SourceLine> sources, boolean sourcesContinued, Rectangle2D.Double footer, boolean continuation) {
    }

    private SheetLayout() {
    }

    /** The pages of a sheet at a resolution (the split into pages does not depend on it). */
    static List<Page> pages(RegionSheet sheet, MapContent content, PageSetup setup, Dpi dpi, PrintStyle style,
            String footerRight) {
        Rectangle2D.Double c = setup.contentPt();
        double headlineW = headlineWidth(style, sheet);
        double titleW = c.width - headlineW - HEADLINE_GAP;
        double titleH = Math.max(PageText.titleHeight(style, sheet.nameZh(), sheet.nameEn(), titleW),
                headlineHeight(sheet, content));
        double footerH = PageText.footerHeight(style, content.sourceLine(), footerRight, c.width);
        Rectangle2D.Double footer = new Rectangle2D.Double(c.x, c.getMaxY() - footerH, c.width, footerH);
        double top = c.y + titleH + GUTTER;
        double bottom = footer.y - GUTTER;
        Rectangle2D.Double title = new Rectangle2D.Double(c.x, c.y, titleW, titleH);
        Rectangle2D.Double headline = new Rectangle2D.Double(c.getMaxX() - headlineW, c.y, headlineW, titleH);

        LegendLayout legend0 = LegendLayout.column(new LegendPainter(style), content.legendTitle(),
                content.styling().withSelected(sheet.code()), 0, 0, LEGEND_W);
        double legendH = legend0.bounds().getMaxY();
        double minMapH = Math.max(MIN_MAP_H, legendH);
        int rows = sheet.rows().size();
        boolean sideBySide = setup.isLandscape();
        double tableW = sideBySide ? (c.width - GUTTER) / 2 : c.width;
        double tableH = new ProvinceTablePainter(style, sheet.words()).height(rows, tableW);
        double chartH = GapChartPainter.height(rows);
        double dataH = sideBySide ? Math.max(tableH, chartH) : tableH + GUTTER + chartH;
        List<SourceLine> sources = sourceLines(style, sheet, c.width);
        double lineH = TextPainter.lineHeight(style.fonts().regular(SOURCE_PT));
        double headingH = TextPainter.lineHeight(style.fonts().bold(HEADING_PT));
        double sourcesH = headingH + sources.size() * lineH;
        double avail = bottom - top;

        boolean dataOnFirst = minMapH + GUTTER + dataH <= avail;
        double afterMap = dataOnFirst ? GUTTER + dataH : 0;
        int firstLines;
        if (minMapH + afterMap + GUTTER + sourcesH <= avail) {
            firstLines = sources.size();
        } else {
            firstLines = (int) Math.floor((avail - minMapH - afterMap - GUTTER - headingH) / lineH);
            firstLines = firstLines < MIN_SOURCE_LINES ? 0 : Math.min(firstLines, sources.size());
        }
        double firstSourcesH = firstLines > 0 ? headingH + firstLines * lineH : 0;
        double mapH = avail - afterMap - (firstLines > 0 ? GUTTER + firstSourcesH : 0);
        Rectangle2D.Double frame = new Rectangle2D.Double(c.x, top, c.width - LEGEND_W - GUTTER, mapH);
        LegendLayout legend = LegendLayout.column(new LegendPainter(style), content.legendTitle(),
                content.styling().withSelected(sheet.code()), frame.getMaxX() + GUTTER, top, LEGEND_W);
        MapFrame map = MapFrame.fitting(frame, RegionExtent.orWholeMap(content.layers(), sheet.code()), dpi,
                MAP_MARGIN_PT);
        ScaleBar bar = ScaleBarPainter.fitting(map.viewport(), legend.maxBarPt(), dpi.pxPerPt());

        List<Page> pages = new ArrayList<>();
        double y = frame.getMaxY() + GUTTER;
        Rectangle2D.Double table = null;
        Rectangle2D.Double chart = null;
        if (dataOnFirst) {
            Rectangle2D.Double[] data = dataBoxes(c, y, tableH, chartH, sideBySide);
            table = data[0];
            chart = data[1];
            y += dataH + GUTTER;
        }
        Rectangle2D.Double sourcesBox = firstLines > 0 ? new Rectangle2D.Double(c.x, y, c.width, firstSourcesH) : null;
        pages.add(new Page(title, headline, map, legend, bar, table, chart, sourcesBox,
                sources.subList(0, firstLines), false, footer, false));

        // Continuation pages: the heading again, the table and chart if they did not fit, then the sources left.
        Rectangle2D.Double nextTitle = new Rectangle2D.Double(c.x, c.y, c.width, titleH);
        int next = firstLines;
        boolean dataLeft = !dataOnFirst;
        while (next < sources.size() || dataLeft) {
            double py = top;
            Rectangle2D.Double t = null;
            Rectangle2D.Double ch = null;
            if (dataLeft) {
                Rectangle2D.Double[] data = dataBoxes(c, py, tableH, chartH, sideBySide);
                t = data[0];
                ch = data[1];
                py += dataH + GUTTER;
                dataLeft = false;
            }
            int fit = (int) Math.floor((bottom - py - headingH) / lineH);
            int count = Math.max(0, Math.min(fit, sources.size() - next));
            if (count == 0 && t == null) {
                count = Math.min(sources.size() - next, Math.max(1, fit)); // a page always makes progress
            }
            Rectangle2D.Double box = count > 0
                    ? new Rectangle2D.Double(c.x, py, c.width, headingH + count * lineH) : null;
            pages.add(new Page(nextTitle, null, null, null, null, t, ch, box, sources.subList(next, next + count),
                    next > 0, footer, true));
            next += count;
        }
        return pages;
    }

    private static Rectangle2D.Double[] dataBoxes(Rectangle2D.Double c, double y, double tableH, double chartH,
            boolean sideBySide) {
        if (sideBySide) {
            double w = (c.width - GUTTER) / 2;
            return new Rectangle2D.Double[] {new Rectangle2D.Double(c.x, y, w, tableH),
                new Rectangle2D.Double(c.x + w + GUTTER, y, w, chartH)};
        }
        return new Rectangle2D.Double[] {new Rectangle2D.Double(c.x, y, c.width, tableH),
            new Rectangle2D.Double(c.x, y + tableH + GUTTER, c.width, chartH)};
    }

    /** The sources wrapped at the page's width, one entry per printed line. */
    static List<SourceLine> sourceLines(PrintStyle style, RegionSheet sheet, double width) {
        Font text = style.fonts().regular(SOURCE_PT);
        List<String> raw = new ArrayList<>(sheet.sources());
        if (raw.isEmpty()) {
            raw.add("No source recorded for this region: its figures are not shown.");
        }
        List<SourceLine> lines = new ArrayList<>();
        for (String line : raw) {
            // Lines that start with spaces (a place within the document above) are indented.
            double indent = line.startsWith(" ") ? 10 : 0;
            for (String wrapped : TextPainter.wrap(TextPainter.MEASURE, line.strip(), text, width - indent)) {
                lines.add(new SourceLine(wrapped, indent));
            }
        }
        return lines;
    }

    static Font headingFont(PrintStyle style) {
        return style.fonts().bold(HEADING_PT);
    }

    static Font sourceFont(PrintStyle style) {
        return style.fonts().regular(SOURCE_PT);
    }

    /** The right-hand lines of the heading: the region's rate, its note and the boundary's quality. */
    static List<String> headlineLines(RegionSheet sheet, MapContent content) {
        List<String> lines = new ArrayList<>();
        lines.add(sheet.words().rateLabel() + ": " + sheet.regionRate());
        if (!sheet.regionRateNote().isEmpty()) {
            lines.add(sheet.regionRateNote());
        }
        lines.add(switch (sheet.quality()) {
            case SOURCED -> "Boundary: sourced county list";
            case PARTIAL -> "Boundary: partial (county list partly sourced)";
            case APPROXIMATE -> "Boundary: approximate, built from plan-scope evidence";
        });
        if (RegionExtent.of(content.layers(), sheet.code()).isEmpty()) {
            lines.add(noCountyInList(sheet, content) ? NO_COUNTY : "No boundary for this region in the map data");
        }
        return lines;
    }

    /** The heading of a region the county list in force gives no county (an empty region, not lost data). */
    static final String NO_COUNTY = "No county in this list: the county list in force gives this region none";

    private static boolean noCountyInList(RegionSheet sheet, MapContent content) {
        int at = content.layers().regions().indexOf("code", sheet.code());
        Double counties = at < 0 ? null : content.layers().regions().feature(at).number("n_counties");
        return counties != null && counties == 0;
    }

    private static double headlineWidth(PrintStyle style, RegionSheet sheet) {
        double w = TextPainter.width(null, sheet.words().rateLabel() + ": " + sheet.regionRate(),
                style.fonts().bold(9));
        Font small = style.fonts().regular(7.5);
        for (String line : List.of(sheet.regionRateNote(), "Boundary: approximate, built from plan-scope evidence",
                "No boundary for this region in the map data", NO_COUNTY)) {
            w = Math.max(w, TextPainter.width(null, line, small));
        }
        return Math.ceil(w) + 1;
    }

    private static double headlineHeight(RegionSheet sheet, MapContent content) {
        return 14 + (headlineLines(sheet, content).size() - 1) * 11.5 + 4;
    }
}
