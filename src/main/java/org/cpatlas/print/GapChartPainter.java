package org.cpatlas.print;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A diverging bar chart of the printed gaps, sorted from largest to smallest, bars growing left or right from
 * zero. Where the printed gap conflicts with the computed one a black tick marks the computed value;
 * rows without a gap are listed as "not reported" at the bottom, never drawn as zero. A sheet whose source printed no
 * gaps (an indicator computed from counties) draws the computed differences, and its title says so.
 */
final class GapChartPainter {

    static final String TITLE = SheetWords.TABLE_1.chartTitle();
    static final double TITLE_H = 16;
    static final double ROW_H = 13;
    static final double AXIS_H = 22;
    /** In place of the chart when the table has no rows. */
    static final String NOTHING_TO_CHART = "Nothing to chart: the table has no rows.";
    private static final Color NEGATIVE = new Color(0xd6, 0x60, 0x4d);
    private static final Color POSITIVE = new Color(0x43, 0x93, 0xc3);

    private final PrintStyle style;
    private final SheetWords words;

    GapChartPainter(PrintStyle style, SheetWords words) {
        this.style = style;
        this.words = words;
    }

    GapChartPainter(PrintStyle style) {
        this(style, SheetWords.TABLE_1);
    }

    static double height(int rows) {
        return TITLE_H + Math.max(1, rows) * ROW_H + AXIS_H;
    }

    /** The rows in chart order: printed gap descending, then those not reported. */
    static List<ProvinceRow> sorted(List<ProvinceRow> rows) {
        return sorted(rows, ProvinceRow::printedGap);
    }

    private static List<ProvinceRow> sorted(List<ProvinceRow> rows, Function<ProvinceRow, BigDecimal> gap) {
        List<ProvinceRow> order = new ArrayList<>(rows);
        order.sort(Comparator.comparing(gap, Comparator.nullsLast(Comparator.reverseOrder())));
        return order;
    }

    /** The bar of a row: the printed gap, or the computed difference on a sheet whose source printed none. */
    private BigDecimal bar(ProvinceRow row) {
        return words.printedGaps() ? row.printedGap() : row.computedGap();
    }

    void paint(Graphics2D g, List<ProvinceRow> rows, Rectangle2D.Double box) {
        Font title = style.fonts().bold(8);
        Font label = style.fonts().regular(7.5);
        Font small = style.fonts().regular(6.5);
        TextPainter.draw(g, words.chartTitle(), title, TextPainter.INK, box.x, box.y + 9);
        if (rows.isEmpty()) {
            // An axis with no bars (a region indicator: nobody printed a province's value) reads as zero differences.
            TextPainter.draw(g, NOTHING_TO_CHART, label, TextPainter.MUTED, box.x, box.y + TITLE_H + ROW_H / 2 + 3);
            return;
        }
        List<ProvinceRow> order = sorted(rows, this::bar);
        double labelW = 130;
        double valueW = 44;
        double plotX = box.x + labelW;
        double plotW = box.width - labelW - 2 * valueW;
        double extent = niceExtent(order);
        // One-sided when every gap has the same sign (the usual case: provinces ahead of their region), so the bars
        // get the whole width instead of half of a symmetric axis.
        boolean negatives = order.stream().anyMatch(r -> signum(r.printedGap()) < 0 || signum(r.computedGap()) < 0);
        boolean positives = order.stream().anyMatch(r -> signum(r.printedGap()) > 0 || signum(r.computedGap()) > 0);
        double lo = negatives ? -extent : 0;
        double hi = positives || !negatives ? extent : 0;
        double perUnit = plotW / (hi - lo);
        double zeroX = plotX + valueW - lo * perUnit;
        double top = box.y + TITLE_H;
        double y = top;
        for (ProvinceRow row : order) {
            double mid = y + ROW_H / 2;
            TextPainter.draw(g, row.provinceLabel(), label, TextPainter.INK, box.x, mid + 3);
            BigDecimal gap = bar(row);
            if (gap == null) {
                Rectangle2D.Double swatch = new Rectangle2D.Double(zeroX - 6, mid - 4, 12, 8);
                style.painter().hatch(g, swatch, 1.0);
                TextPainter.draw(g, Numbers.NOT_REPORTED, label, TextPainter.MUTED, zeroX + 10, mid + 3);
            } else {
                double v = gap.doubleValue();
                double x0 = Math.min(zeroX, zeroX + v * perUnit);
                g.setColor(v < 0 ? NEGATIVE : POSITIVE);
                g.fill(new Rectangle2D.Double(x0, mid - 4, Math.abs(v) * perUnit, 8));
                String text = Numbers.signed(gap);
                if (v < 0) {
                    TextPainter.drawRight(g, text, small, TextPainter.INK, x0 - 3, mid + 2.5);
                } else {
                    TextPainter.draw(g, text, small, TextPainter.INK, x0 + Math.abs(v) * perUnit + 3, mid + 2.5);
                }
                if (words.printedGaps() && row.conflict() && row.computedGap() != null) {
                    double cx = zeroX + row.computedGap().doubleValue() * perUnit;
                    g.setColor(Color.BLACK);
                    g.setStroke(new BasicStroke(1.4f));
                    g.draw(new Line2D.Double(cx, mid - 6, cx, mid + 6));
                }
            }
            y += ROW_H;
        }
        double bottom = top + Math.max(1, order.size()) * ROW_H;
        g.setColor(TextPainter.INK);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Line2D.Double(zeroX, top - 2, zeroX, bottom + 2));
        g.setStroke(new BasicStroke(0.4f));
        g.draw(new Line2D.Double(zeroX + lo * perUnit, bottom + 2, zeroX + hi * perUnit, bottom + 2));
        for (double t = lo; t <= hi + extent / 1e6; t += extent / 2) {
            double tx = zeroX + t * perUnit;
            g.draw(new Line2D.Double(tx, bottom + 2, tx, bottom + 5));
            TextPainter.drawCentred(g, Numbers.signed(BigDecimal.valueOf(t).stripTrailingZeros()), small,
                    TextPainter.MUTED, tx, bottom + 12);
        }
        if (words.printedGaps() && order.stream().anyMatch(r -> r.conflict() && r.computedGap() != null)) {
            double lx = box.x;
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1.4f));
            g.draw(new Line2D.Double(lx + 2, bottom + 13, lx + 2, bottom + 21));
            TextPainter.draw(g, "computed gap where it conflicts with the printed one (both reported as printed)",
                    small, TextPainter.MUTED, lx + 8, bottom + 19.5);
        }
    }

    private static int signum(BigDecimal value) {
        return value == null ? 0 : value.signum();
    }

    /** A round axis extent (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^n) covering every printed and computed gap. */
    static double niceExtent(List<ProvinceRow> rows) {
        double max = 0;
        for (ProvinceRow row : rows) {
            if (row.printedGap() != null) {
                max = Math.max(max, row.printedGap().abs().doubleValue());
            }
            if (row.computedGap() != null) {
                max = Math.max(max, row.computedGap().abs().doubleValue());
            }
        }
        if (max == 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
