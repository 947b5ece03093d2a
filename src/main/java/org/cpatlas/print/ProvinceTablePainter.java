package org.cpatlas.print;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The province table of a region sheet: province, province rate, printed gap, computed gap, flags and source.
 * Conflicting rows keep both gaps and say "conflict"; missing values say "not reported". A sheet whose source printed
 * no gaps (an indicator computed from counties) has no printed column: a column of nothing but "not reported" would
 * say the source left out something it never had.
 */
final class ProvinceTablePainter {

    static final double HEADER_H = 24;
    static final double ROW_H = 14;
    /** Column widths as fractions of the table width, with the printed gap's column. */
    private static final double[] WIDTHS = {0.24, 0.12, 0.12, 0.13, 0.16, 0.23};
    /** The same without it: the source column takes its room (a computed row says how in words). */
    private static final double[] WIDTHS_COMPUTED = {0.22, 0.14, 0.16, 0.12, 0.36};
    private static final Color CONFLICT = new Color(0xb3, 0x3c, 0x00);
    private static final Color ZEBRA = new Color(0xf3, 0xf4, 0xf5);

    private final PrintStyle style;
    private final SheetWords words;
    private final String[] headers;
    private final double[] widths;

    ProvinceTablePainter(PrintStyle style, SheetWords words) {
        this.style = style;
        this.words = words;
        this.headers = words.printedGaps()
                ? new String[] {"Province 省份", words.valueHeader(), words.printedGapHeader(),
                    words.computedGapHeader(), "Flags", "Source"}
                : new String[] {"Province 省份", words.valueHeader(), words.computedGapHeader(), "Flags",
                    "How computed, source"};
        this.widths = words.printedGaps() ? WIDTHS : WIDTHS_COMPUTED;
    }

    ProvinceTablePainter(PrintStyle style) {
        this(style, SheetWords.TABLE_1);
    }

    static double height(int rows) {
        return HEADER_H + Math.max(1, rows) * ROW_H + 2;
    }

    /** Height of the table at a width: the header grows when its column titles wrap onto a third line. */
    double height(int rows, double width) {
        return headerHeight(width) + Math.max(1, rows) * ROW_H + 2;
    }

    /** The header's height: its longest wrapped column title, and never less than {@link #HEADER_H}. */
    double headerHeight(double width) {
        Font header = style.fonts().bold(7.5);
        double h = 0;
        for (int i = 0; i < headers.length; i++) {
            h = Math.max(h, TextPainter.wrappedHeight(null, headers[i], header, widths[i] * width - 4));
        }
        return Math.max(HEADER_H, Math.ceil(h + 5));
    }

    void paint(Graphics2D g, List<ProvinceRow> rows, Rectangle2D.Double box) {
        Font header = style.fonts().bold(7.5);
        Font cell = style.fonts().regular(7.5);
        double[] xs = new double[widths.length + 1];
        xs[0] = box.x;
        for (int i = 0; i < widths.length; i++) {
            xs[i + 1] = xs[i] + widths[i] * box.width;
        }
        for (int i = 0; i < headers.length; i++) {
            TextPainter.drawWrapped(g, headers[i], header, TextPainter.INK, xs[i] + 2, box.y, xs[i + 1] - xs[i] - 4);
        }
        double y = box.y + headerHeight(box.width);
        g.setColor(TextPainter.INK);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Line2D.Double(box.x, y - 2, box.getMaxX(), y - 2));
        if (rows.isEmpty()) {
            TextPainter.draw(g, words.emptyTable(), cell, TextPainter.MUTED, xs[0] + 2,
                    y + ROW_H - 4);
        }
        for (int r = 0; r < rows.size(); r++) {
            ProvinceRow row = rows.get(r);
            if (r % 2 == 1) {
                g.setColor(ZEBRA);
                g.fill(new Rectangle2D.Double(box.x, y - 1, box.width, ROW_H));
            }
            double baseline = y + ROW_H - 4;
            String flags = row.flags().stream().sorted().map(RowFlag::label).collect(Collectors.joining(", "));
            String[] cells = words.printedGaps()
                    ? new String[] {row.provinceLabel(), Numbers.plain(row.provinceRate()),
                        Numbers.signed(row.printedGap()), Numbers.signed(row.computedGap()), flags, row.sourceNote()}
                    : new String[] {row.provinceLabel(), Numbers.plain(row.provinceRate()),
                        Numbers.signed(row.computedGap()), flags, row.sourceNote()};
            int flagColumn = cells.length - 2;
            for (int c = 0; c < cells.length; c++) {
                Color colour = c == flagColumn && row.conflict() ? CONFLICT : TextPainter.INK;
                if (Numbers.NOT_REPORTED.equals(cells[c])) {
                    colour = TextPainter.MUTED;
                }
                drawClipped(g, cells[c], cell, colour, xs[c] + 2, baseline, xs[c + 1] - xs[c] - 4);
            }
            y += ROW_H;
        }
        g.setColor(TextPainter.INK);
        g.setStroke(new BasicStroke(0.4f));
        g.draw(new Line2D.Double(box.x, y, box.getMaxX(), y));
    }

    /** Long source notes shrink to fit their column rather than running into the next one. */
    private static void drawClipped(Graphics2D g, String text, Font font, Color colour, double x, double baseline,
            double width) {
        double w = TextPainter.width(g, text, font);
        Font fitted = w > width && w > 0 ? font.deriveFont((float) Math.max(5, font.getSize2D() * width / w)) : font;
        TextPainter.draw(g, text, fitted, colour, x, baseline);
    }
}
