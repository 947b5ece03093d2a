package org.cpatlas.ui.panel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.cpatlas.ui.viewmodel.GapBar;

/**
 * Diverging bars of the gap between each province and the region (province − region, percentage points),
 * centred on zero, largest first. A conflict shows the printed bar with a tick at the computed value;
 * a gap that is not reported shows a label and no bar, never a zero-length bar.
 */
public final class GapChart extends Region {

    private static final double ROW_H = 24;
    private static final double LABEL_W = 92;
    private static final double VALUE_W = 64;
    private static final double FONT_SIZE = 11.5;

    private List<GapBar> bars = List.of();
    private String notReportedText = "not reported";
    /** The unit on the axis: percentage points for Table 1's gaps, an indicator's own unit otherwise. */
    private String unitText = "pp";
    private Font font = Font.font("System", FONT_SIZE);
    private boolean stale = true;
    private double drawnWidth = -1;
    private final List<BarRow> rows = new ArrayList<>();
    private final Line axis = new Line();
    private final Text zeroLabel = text();
    private final Text maxLabel = text();

    public GapChart() {
        getStyleClass().add("gap-chart");
        setMinHeight(ROW_H);
        axis.getStyleClass().add("gap-axis");
        getChildren().addAll(axis, zeroLabel, maxLabel);
    }

    public void setFontFamily(String family) {
        this.font = Font.font(family, FONT_SIZE);
        stale = true;
        requestLayout();
    }

    /**
     * The unit written at the end of the axis: percentage points for Table 1's gaps, in the interface language ("pp",
     * "个百分点"), or an indicator's own unit; null or empty for none.
     */
    public void setUnit(String unit) {
        String text = unit == null ? "" : unit;
        if (!text.equals(unitText)) {
            unitText = text;
            stale = true;
            requestLayout();
        }
    }

    public void setBars(List<GapBar> newBars, String notReported) {
        this.bars = List.copyOf(newBars);
        this.notReportedText = notReported;
        setPrefHeight(ROW_H * Math.max(1, bars.size()) + 22);
        stale = true;
        requestLayout();
    }

    public List<GapBar> bars() {
        return bars;
    }

    /** The smallest 1, 2 or 5 times a power of ten that is at least {@code value} (for values under 1). */
    private static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        // Layout passes come often (any change in the panel); the bars are redrawn only when they or the width change.
        if (!stale && w == drawnWidth) {
            return;
        }
        stale = false;
        drawnWidth = w;
        if (w <= 0 || bars.isEmpty()) {
            getChildren().forEach(node -> node.setVisible(false));
            return;
        }
        double max = bars.stream().map(b -> b.printed() == null ? BigDecimal.ZERO : b.printed().abs())
                .mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        max = Math.max(max, bars.stream().map(b -> b.computed() == null ? BigDecimal.ZERO : b.computed().abs())
                .mapToDouble(BigDecimal::doubleValue).max().orElse(1));
        // Whole multiples of 5 for gaps in percentage points; a finer round number for small differences of another
        // unit, so a difference of 0.02 still shows as a bar.
        max = max >= 1 ? Math.max(1, Math.ceil(max / 5) * 5) : niceCeiling(max);
        boolean anyNegative = bars.stream().anyMatch(b -> b.printed() != null && b.printed().signum() < 0);
        double plotLeft = LABEL_W;
        double plotW = Math.max(40, w - LABEL_W - VALUE_W);
        double zeroX = anyNegative ? plotLeft + plotW / 2 : plotLeft;
        double unit = (anyNegative ? plotW / 2 : plotW) / max;
        while (rows.size() < bars.size()) {
            rows.add(new BarRow());
        }
        double y = 0;
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).show(i < bars.size() ? bars.get(i) : null, y, zeroX, unit, font, notReportedText);
            y += i < bars.size() ? ROW_H : 0;
        }
        axis.setStartX(zeroX);
        axis.setEndX(zeroX);
        axis.setEndY(y);
        axis.setVisible(true);
        place(zeroLabel, "0", font, zeroX - 3, y + 10);
        // max is a whole multiple of 5, or a round number under 1 for small differences of another unit
        String maxText = max >= 1 ? Long.toString((long) max) : BigDecimal.valueOf(max).stripTrailingZeros().toPlainString();
        String end = maxText + (unitText.isEmpty() ? "" : " " + unitText);
        place(maxLabel, end, font, zeroX + max * unit - labelWidth(end), y + 10);
    }

    /** About how wide the axis's end label is, so it ends at the chart's edge whatever the unit's language. */
    private double labelWidth(String label) {
        Text probe = new Text(label);
        probe.setFont(font);
        return Math.max(20, probe.getLayoutBounds().getWidth() - 6);
    }

    private static void place(Text text, String s, Font font, double x, double y) {
        text.setText(s);
        text.setFont(font);
        text.setX(x);
        text.setY(y);
        text.setVisible(true);
    }

    /**
     * The nodes of one bar, made once and kept as children for every selection, shown or hidden: a tooltip is a
     * popup window with its own scene, and new nodes are styled anew; making them per bar per click was a large
     * part of a click's layout time.
     */
    private final class BarRow {
        private final Text label = text();
        private final Text missing = text();
        private final Rectangle bar = new Rectangle();
        private final Text value = text();
        private final Line tick = new Line();
        private final Tooltip tip = new Tooltip();

        BarRow() {
            label.setWrappingWidth(LABEL_W - 6);
            label.setTextAlignment(TextAlignment.RIGHT);
            missing.getStyleClass().add("gap-not-reported");
            bar.getStyleClass().add("gap-bar");
            tick.getStyleClass().add("gap-computed-tick");
            tick.setStrokeWidth(2.5);
            Tooltip.install(bar, tip);
            Tooltip.install(tick, tip);
            getChildren().addAll(0, List.of(bar, tick, label, missing, value)); // under the axis
        }

        /** Shows the bar at row offset {@code y}, or hides the row for null. */
        void show(GapBar gap, double y, double zeroX, double unit, Font font, String notReported) {
            for (javafx.scene.Node node : List.of(bar, tick, label, missing, value)) {
                node.setVisible(false);
            }
            if (gap == null) {
                return;
            }
            place(label, gap.province(), font, 0, y + ROW_H / 2);
            if (gap.notReported() || gap.printed() == null) {
                place(missing, notReported, font, zeroX + 6, y + ROW_H / 2);
                return;
            }
            double v = gap.printed().doubleValue();
            bar.setX(Math.min(zeroX, zeroX + v * unit));
            bar.setY(y + 5);
            bar.setWidth(Math.abs(v * unit));
            bar.setHeight(ROW_H - 10);
            bar.getStyleClass().removeAll("gap-bar-conflict", "gap-bar-ok", "gap-series-1", "gap-national");
            bar.getStyleClass().add(gap.conflict() ? "gap-bar-conflict" : "gap-bar-ok");
            if (gap.series() == 1) {
                bar.getStyleClass().add("gap-series-1");
            } else if (gap.series() == GapBar.NATIONAL) {
                bar.getStyleClass().add("gap-national"); // the country, set apart from the provinces
            }
            tip.setText(gap.tooltip());
            bar.setVisible(true);
            place(value, gap.printed().toPlainString() + (gap.conflict() ? " ⚠" : ""), font,
                    Math.max(zeroX, zeroX + v * unit) + 4, y + ROW_H / 2);
            if (gap.conflict() && gap.computed() != null) {
                double cx = zeroX + gap.computed().doubleValue() * unit;
                tick.setStartX(cx);
                tick.setEndX(cx);
                tick.setStartY(y + 2);
                tick.setEndY(y + ROW_H - 2);
                tick.setVisible(true);
            }
        }
    }

    private static Text text() {
        Text t = new Text();
        t.setTextOrigin(VPos.CENTER);
        t.getStyleClass().add("gap-text");
        return t;
    }
}
