package org.cpatlas.ui.panel;

import java.math.BigDecimal;
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

    private List<GapBar> bars = List.of();
    private String notReportedText = "not reported";
    private String fontFamily = "System";
    private boolean stale = true;
    private double drawnWidth = -1;

    public GapChart() {
        getStyleClass().add("gap-chart");
        setMinHeight(ROW_H);
    }

    public void setFontFamily(String family) {
        this.fontFamily = family;
        stale = true;
        requestLayout();
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

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        // Layout passes come often (any change in the panel); the bars are redrawn only when they or the width change.
        if (!stale && w == drawnWidth) {
            return;
        }
        stale = false;
        drawnWidth = w;
        getChildren().clear();
        if (w <= 0 || bars.isEmpty()) {
            return;
        }
        double max = bars.stream().map(b -> b.printed() == null ? BigDecimal.ZERO : b.printed().abs())
                .mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        max = Math.max(max, bars.stream().map(b -> b.computed() == null ? BigDecimal.ZERO : b.computed().abs())
                .mapToDouble(BigDecimal::doubleValue).max().orElse(1));
        max = Math.max(1, Math.ceil(max / 5) * 5);
        boolean anyNegative = bars.stream().anyMatch(b -> b.printed() != null && b.printed().signum() < 0);
        double plotLeft = LABEL_W;
        double plotW = Math.max(40, w - LABEL_W - VALUE_W);
        double zeroX = anyNegative ? plotLeft + plotW / 2 : plotLeft;
        double unit = (anyNegative ? plotW / 2 : plotW) / max;
        Font font = Font.font(fontFamily, 11.5);
        double y = 0;
        for (GapBar bar : bars) {
            Text label = text(bar.province(), font);
            label.setWrappingWidth(LABEL_W - 6);
            label.setTextAlignment(TextAlignment.RIGHT);
            label.setX(0);
            label.setY(y + ROW_H / 2);
            getChildren().add(label);
            if (bar.notReported() || bar.printed() == null) {
                Text missing = text(notReportedText, font);
                missing.getStyleClass().add("gap-not-reported");
                missing.setX(zeroX + 6);
                missing.setY(y + ROW_H / 2);
                getChildren().add(missing);
            } else {
                double v = bar.printed().doubleValue();
                Rectangle rect = new Rectangle(Math.min(zeroX, zeroX + v * unit), y + 5, Math.abs(v * unit), ROW_H - 10);
                rect.getStyleClass().addAll("gap-bar", bar.conflict() ? "gap-bar-conflict" : "gap-bar-ok");
                Tooltip.install(rect, new Tooltip(bar.tooltip()));
                getChildren().add(rect);
                String value = bar.printed().toPlainString() + (bar.conflict() ? " ⚠" : "");
                Text valueText = text(value, font);
                valueText.setX(Math.max(zeroX, zeroX + v * unit) + 4);
                valueText.setY(y + ROW_H / 2);
                getChildren().add(valueText);
                if (bar.conflict() && bar.computed() != null) {
                    double cx = zeroX + bar.computed().doubleValue() * unit;
                    Line tick = new Line(cx, y + 2, cx, y + ROW_H - 2);
                    tick.getStyleClass().add("gap-computed-tick");
                    tick.setStrokeWidth(2.5);
                    Tooltip.install(tick, new Tooltip(bar.tooltip()));
                    getChildren().add(tick);
                }
            }
            y += ROW_H;
        }
        Line axis = new Line(zeroX, 0, zeroX, y);
        axis.getStyleClass().add("gap-axis");
        getChildren().add(axis);
        Text scale = text("0", font);
        scale.setX(zeroX - 3);
        scale.setY(y + 10);
        Text maxText = text(String.format("%.0f pp", max), font);
        maxText.setX(zeroX + max * unit - 20);
        maxText.setY(y + 10);
        getChildren().addAll(scale, maxText);
    }

    private static Text text(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        t.setTextOrigin(VPos.CENTER);
        t.getStyleClass().add("gap-text");
        return t;
    }
}
