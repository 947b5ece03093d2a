package org.cpatlas.print;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.cpatlas.geo.BoundaryQuality;
import org.cpatlas.render.ChoroplethScale;
import org.cpatlas.render.MapPainter;
import org.cpatlas.render.RegionStyling;

/**
 * The legend of a printed map, drawn in points: the choropleth classes with a hatched "not reported" class,
 * and the three boundary line styles that tell sourced, partial and approximate region outlines apart.
 */
final class LegendPainter {

    static final String NOT_REPORTED = "Not reported 未报告";
    static final String SOURCED = "Sourced boundary: official county list";
    static final String PARTIAL = "Partial: county list partly sourced";
    static final String APPROXIMATE = "Approximate: built from plan-scope evidence, not the official county list";
    static final String SELECTED = "Selected region";

    private static final double SWATCH_W = 16;
    private static final double SWATCH_H = 9;
    private static final double ROW = 13;
    private static final double GAP = 6;

    private final PrintStyle style;

    LegendPainter(PrintStyle style) {
        this.style = style;
    }

    /** Height the class block needs at this width. */
    double classesHeight(Graphics2D g, String title, RegionStyling styling, double width) {
        return paintClasses(g, title, styling, 0, 0, width, false);
    }

    double boundariesHeight(Graphics2D g, RegionStyling styling, double width) {
        return paintBoundaries(g, styling, 0, 0, width, false);
    }

    /** Draws the choropleth classes; returns the height used. */
    double paintClasses(Graphics2D g, String title, RegionStyling styling, double x, double y, double width,
            boolean draw) {
        Font heading = style.fonts().bold(8.5);
        Font label = style.fonts().regular(7.5);
        double top = y;
        if (draw) {
            y = TextPainter.drawWrapped(g, title, heading, TextPainter.INK, x, y, width);
        } else {
            y += TextPainter.wrappedHeight(g, title, heading, width);
        }
        y += 3;
        List<ChoroplethScale.Entry> entries = styling.scale().entries(NOT_REPORTED);
        for (ChoroplethScale.Entry entry : entries) {
            if (draw) {
                Rectangle2D.Double swatch = new Rectangle2D.Double(x, y + (ROW - SWATCH_H) / 2 - 1, SWATCH_W, SWATCH_H);
                g.setColor(entry.colour().withAlpha(0.88).awt());
                g.fill(swatch);
                if (entry.notReported()) {
                    style.painter().hatch(g, swatch, 1.0);
                }
                g.setColor(style.theme().regionOutline().awt());
                g.setStroke(new BasicStroke(0.5f));
                g.draw(swatch);
                TextPainter.draw(g, entry.label(), label, TextPainter.INK, x + SWATCH_W + GAP, y + ROW - 4);
            }
            y += ROW;
        }
        return y - top;
    }

    /** Draws the boundary-quality line styles (and the selection outline when a region is selected). */
    double paintBoundaries(Graphics2D g, RegionStyling styling, double x, double y, double width, boolean draw) {
        Font heading = style.fonts().bold(8.5);
        Font label = style.fonts().regular(7.5);
        double top = y;
        if (draw) {
            TextPainter.draw(g, "Region boundary 边界", heading, TextPainter.INK, x, y + heading.getSize2D());
        }
        y += TextPainter.lineHeight(heading) + 3;
        double textX = x + SWATCH_W + GAP;
        double textW = Math.max(20, width - SWATCH_W - GAP);
        for (BoundaryQuality quality : BoundaryQuality.values()) {
            String text = switch (quality) {
                case SOURCED -> SOURCED;
                case PARTIAL -> PARTIAL;
                case APPROXIMATE -> APPROXIMATE;
            };
            double h = Math.max(ROW, TextPainter.wrappedHeight(g, text, label, textW) + 3);
            if (draw) {
                g.setColor(style.theme().regionOutline().awt());
                // A little wider than on the map, so the dash pattern reads at legend size.
                g.setStroke(MapPainter.qualityStroke(quality, style.theme().regionOutlinePt() * 1.5, 1.0));
                g.draw(new Line2D.Double(x, y + ROW / 2 - 1, x + SWATCH_W + 4, y + ROW / 2 - 1));
                TextPainter.drawWrapped(g, text, label, TextPainter.INK, textX + 4, y + 1, textW - 4);
            }
            y += h;
        }
        if (styling.selected() != null) {
            if (draw) {
                g.setColor(style.theme().selection().awt());
                g.setStroke(new BasicStroke((float) style.theme().selectionOutlinePt(), BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(x, y + ROW / 2 - 1, x + SWATCH_W + 4, y + ROW / 2 - 1));
                TextPainter.draw(g, SELECTED, label, TextPainter.INK, textX + 4, y + ROW - 4);
            }
            y += ROW;
        }
        return y - top;
    }

    /** Draws every part of a measured legend in its box: classes, boundary styles, scale bar and north arrow. */
    static void paintLegend(Graphics2D g, PrintStyle style, LegendLayout layout, String title, RegionStyling styling,
            org.cpatlas.render.ScaleBar bar, double latitude, Dpi detail) {
        LegendPainter legend = new LegendPainter(style);
        Rectangle2D.Double c = layout.classes();
        legend.paintClasses(g, title, styling, c.x, c.y, c.width, true);
        Rectangle2D.Double b = layout.boundaries();
        legend.paintBoundaries(g, styling, b.x, b.y, b.width, true);
        ScaleBarPainter scale = new ScaleBarPainter(style.fonts());
        Rectangle2D.Double s = layout.scaleBar();
        scale.paint(g, bar, latitude, detail.pxPerPt(), s.x + 4, s.y + 1);
        Rectangle2D.Double n = layout.northArrow();
        scale.paintNorthArrow(g, n.getCenterX(), n.y, n.height);
    }

    static Color frameColour() {
        return new Color(0x8c, 0x8c, 0x8c);
    }
}
