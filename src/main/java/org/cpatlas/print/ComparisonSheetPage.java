package org.cpatlas.print;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.Source;
import org.cpatlas.tables.Cell;
import org.cpatlas.tables.DataTable;
import org.cpatlas.tables.FigureWords;

/**
 * Two regions compared on one page: the key figures of both in columns, each with a numbered source; both regions'
 * gaps to their provinces in one chart (province − region, percentage points, as printed; a conflicting computed gap
 * ticked; "not reported" never drawn as zero); and the sources.
 */
public final class ComparisonSheetPage implements PrintPage {

    private static final double ROW_H = 13;
    private static final double GUTTER = 12;
    private static final Color SERIES_A = new Color(0x2b, 0x8c, 0xbe);
    private static final Color SERIES_B = new Color(0xe0, 0x8a, 0x2c);

    private final ComparisonSheet sheet;
    private final PageSetup setup;
    private final PrintStyle style;
    private final LocalDate date;
    private final FigureWords words;

    public ComparisonSheetPage(ComparisonSheet sheet, PageSetup setup, PrintStyle style, LocalDate date) {
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.setup = Objects.requireNonNull(setup, "setup");
        this.style = Objects.requireNonNull(style, "style");
        this.date = Objects.requireNonNull(date, "date");
        this.words = new FigureWords(sheet.table().language());
    }

    @Override
    public PageSetup setup() {
        return setup;
    }

    public ComparisonSheet sheet() {
        return sheet;
    }

    @Override
    public void paint(Graphics2D g, Dpi detail) {
        org.cpatlas.render.MapPainter.prepare(g);
        Rectangle2D.Double c = setup.contentPt();
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, setup.widthPt(), setup.heightPt()));
        PageText.title(g, style, sheet.nameZhA() + " · " + sheet.nameZhB(),
                sheet.nameEnA() + " and " + sheet.nameEnB(), new Rectangle2D.Double(c.x, c.y, c.width, 46));
        Map<String, Integer> numbers = numbered(sheet.table());
        double y = c.y + 52;
        y = paintTable(g, numbers, c.x, y, c.width) + GUTTER;
        y = paintChart(g, c.x, y, c.width) + GUTTER;
        paintSources(g, numbers, c.x, y, c.width, c.getMaxY() - 30 - GUTTER);
        PageText.footer(g, style, Credits.SOURCE_LINE,
                "Printed " + date.format(DateTimeFormatter.ISO_LOCAL_DATE),
                new Rectangle2D.Double(c.x, c.getMaxY() - 30, c.width, 30));
    }

    /** Sources numbered in the order the table cites them. */
    private static Map<String, Integer> numbered(DataTable table) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (Source source : table.sources()) {
            numbers.put(source.id(), numbers.size() + 1);
        }
        return numbers;
    }

    private double paintTable(Graphics2D g, Map<String, Integer> numbers, double x, double top, double width) {
        Font header = style.fonts().bold(8);
        Font cell = style.fonts().regular(7.5);
        DataTable table = sheet.table();
        double[] widths = {0.36, 0.32, 0.32};
        double[] xs = {x, x + widths[0] * width, x + (widths[0] + widths[1]) * width, x + width};
        double y = top;
        for (int col = 0; col < 3; col++) {
            TextPainter.drawWrapped(g, table.columns().get(col).header(), header, TextPainter.INK, xs[col] + 2, y,
                    xs[col + 1] - xs[col] - 4);
        }
        y += 14;
        g.setColor(TextPainter.INK);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Line2D.Double(x, y - 2, x + width, y - 2));
        for (DataTable.Row row : table.rows()) {
            double rowTop = y;
            double bottom = y;
            for (int col = 0; col < 3; col++) {
                String text = text(row.cell(col), numbers);
                Color colour = row.cell(col) instanceof Cell.Figures f && f.notReported() ? TextPainter.MUTED
                        : TextPainter.INK;
                bottom = Math.max(bottom, TextPainter.drawWrapped(g, text, cell, colour, xs[col] + 2, rowTop + 1,
                        xs[col + 1] - xs[col] - 4));
            }
            y = Math.max(bottom, rowTop + ROW_H) + 1;
            g.setColor(new Color(0xdd, 0xdf, 0xe2));
            g.setStroke(new BasicStroke(0.3f));
            g.draw(new Line2D.Double(x, y - 1, x + width, y - 1));
        }
        return y;
    }

    /** A cell's words: the figures with their qualifiers and source numbers ("less than 10 % [4]"). */
    private String text(Cell cell, Map<String, Integer> numbers) {
        if (cell instanceof Cell.Words w) {
            return w.text();
        }
        List<Cell.Entry> entries = ((Cell.Figures) cell).entries();
        if (entries.isEmpty()) {
            return words.notReported();
        }
        List<String> parts = new ArrayList<>();
        for (Cell.Entry entry : entries) {
            Figure figure = entry.figure();
            String scope = entry.scope().isEmpty() ? "" : " (" + entry.scope() + ")";
            parts.add(words.withRemarks(figure) + scope + " [" + numbers.get(figure.source().id()) + "]");
        }
        return String.join("; ", parts);
    }

    private double paintChart(Graphics2D g, double x, double top, double width) {
        Font title = style.fonts().bold(8);
        Font label = style.fonts().regular(7.5);
        Font small = style.fonts().regular(6.5);
        TextPainter.draw(g, GapChartPainter.TITLE, title, TextPainter.INK, x, top + 9);
        double y = top + 16;
        List<ProvinceRow> all = new ArrayList<>(GapChartPainter.sorted(sheet.rowsA()));
        List<ProvinceRow> b = GapChartPainter.sorted(sheet.rowsB());
        all.addAll(b);
        double extent = GapChartPainter.niceExtent(all);
        double labelW = 150;
        double plotX = x + labelW;
        double plotW = width - labelW - 50;
        boolean negatives = all.stream().anyMatch(r -> r.printedGap() != null && r.printedGap().signum() < 0);
        double lo = negatives ? -extent : 0;
        double perUnit = plotW / (extent - lo);
        double zeroX = plotX - lo * perUnit;
        int index = 0;
        for (ProvinceRow row : all) {
            boolean second = index++ >= sheet.rowsA().size();
            String region = second ? sheet.nameZhB() : sheet.nameZhA();
            double mid = y + ROW_H / 2;
            TextPainter.draw(g, region + " · " + row.provinceLabel(), label, TextPainter.INK, x, mid + 3);
            BigDecimal gap = row.printedGap();
            if (gap == null) {
                TextPainter.draw(g, Numbers.NOT_REPORTED, label, TextPainter.MUTED, zeroX + 6, mid + 3);
            } else {
                double v = gap.doubleValue();
                double x0 = Math.min(zeroX, zeroX + v * perUnit);
                g.setColor(second ? SERIES_B : SERIES_A);
                g.fill(new Rectangle2D.Double(x0, mid - 4, Math.abs(v) * perUnit, 8));
                TextPainter.draw(g, Numbers.signed(gap) + (row.conflict() ? " " + words.flag(Flag.CONFLICT) : ""),
                        small, TextPainter.INK, Math.max(zeroX, zeroX + v * perUnit) + 3, mid + 2.5);
                if (row.conflict() && row.computedGap() != null) {
                    double cx = zeroX + row.computedGap().doubleValue() * perUnit;
                    g.setColor(Color.BLACK);
                    g.setStroke(new BasicStroke(1.4f));
                    g.draw(new Line2D.Double(cx, mid - 6, cx, mid + 6));
                }
            }
            y += ROW_H;
        }
        g.setColor(TextPainter.INK);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Line2D.Double(zeroX, top + 14, zeroX, y + 2));
        TextPainter.drawCentred(g, "0", small, TextPainter.MUTED, zeroX, y + 10);
        TextPainter.drawCentred(g, Numbers.signed(BigDecimal.valueOf(extent).stripTrailingZeros()) + " pp", small,
                TextPainter.MUTED, zeroX + extent * perUnit, y + 10);
        return y + 14;
    }

    /**
     * Every source the table cites: each document once, then "[n] place: quote" for each place in it (as the region
     * sheets list them); where that does not fit, without the quotes, then smaller. Never fewer sources than cited.
     */
    private void paintSources(Graphics2D g, Map<String, Integer> numbers, double x, double top, double width,
            double bottom) {
        Font heading = style.fonts().bold(8);
        TextPainter.draw(g, "Sources 资料来源", heading, TextPainter.INK, x, top + heading.getSize2D());
        double y = top + TextPainter.lineHeight(heading);
        List<Source> sources = sheet.table().sources();
        List<String> lines = StoreSheets.sourceLines(sources, numbers);
        Font text = style.fonts().regular(7);
        if (y + height(g, lines, text, width) > bottom) {
            lines = withoutQuotes(sources, numbers);
        }
        for (float size = 7; size > 5 && y + height(g, lines, text, width) > bottom; size -= 0.5f) {
            text = style.fonts().regular(size - 0.5f);
        }
        for (String line : lines) {
            double indent = line.startsWith(" ") ? 10 : 0;
            y = TextPainter.drawWrapped(g, line.strip(), text, TextPainter.INK, x + indent, y, width - indent);
        }
    }

    private static double height(Graphics2D g, List<String> lines, Font font, double width) {
        double h = 0;
        for (String line : lines) {
            h += TextPainter.wrappedHeight(g, line.strip(), font, width - (line.startsWith(" ") ? 10 : 0));
        }
        return h;
    }

    /** The sources grouped by document, each place in one short line with its number, without the printed words. */
    private static List<String> withoutQuotes(List<Source> sources, Map<String, Integer> numbers) {
        Map<String, List<Source>> byDocument = new LinkedHashMap<>();
        sources.forEach(s -> byDocument.computeIfAbsent(s.document(), d -> new ArrayList<>()).add(s));
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<Source>> document : byDocument.entrySet()) {
            String url = document.getValue().stream().map(Source::url).filter(u -> !u.isEmpty()).findFirst()
                    .map(u -> " <" + u + ">").orElse("");
            lines.add(document.getKey() + url);
            StringBuilder places = new StringBuilder("    ");
            for (Source source : document.getValue()) {
                if (places.length() > 4) {
                    places.append("; ");
                }
                places.append('[').append(numbers.get(source.id())).append("] ").append(source.location());
            }
            lines.add(places.toString());
        }
        return lines;
    }
}
