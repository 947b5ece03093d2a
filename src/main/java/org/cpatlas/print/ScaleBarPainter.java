package org.cpatlas.print;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.ScaleBar;

/**
 * Draws a scale bar and a north arrow in points. The bar's length comes from the output viewport, so it is right
 * at the output resolution; it states the latitude it holds at, because web Mercator's scale changes with latitude.
 */
final class ScaleBarPainter {

    static final double HEIGHT_PT = 30;

    private final AtlasFonts fonts;

    ScaleBarPainter(AtlasFonts fonts) {
        this.fonts = fonts;
    }

    /** The longest round bar up to maxLengthPt on a map drawn with this viewport at pxPerPt. */
    static ScaleBar fitting(MapViewport outputViewport, double maxLengthPt, double pxPerPt) {
        return ScaleBar.fitting(outputViewport.metresPerPixel(), maxLengthPt * pxPerPt);
    }

    /** Draws the bar with its left end at x; the top of the labels at y. */
    void paint(Graphics2D g, ScaleBar bar, double latitude, double pxPerPt, double x, double y) {
        Font label = fonts.regular(7);
        double length = bar.lengthPx() / pxPerPt;
        double barTop = y + 10;
        double barH = 4;
        int segments = 4;
        for (int i = 0; i < segments; i++) {
            Rectangle2D.Double seg = new Rectangle2D.Double(x + i * length / segments, barTop, length / segments, barH);
            g.setColor(i % 2 == 0 ? TextPainter.INK : Color.WHITE);
            g.fill(seg);
        }
        g.setColor(TextPainter.INK);
        g.setStroke(new BasicStroke(0.5f));
        g.draw(new Rectangle2D.Double(x, barTop, length, barH));
        TextPainter.drawCentred(g, "0", label, TextPainter.INK, x, y + 7);
        TextPainter.drawCentred(g, bar.label(), label, TextPainter.INK, x + length, y + 7);
        String note = String.format(Locale.ROOT, "Scale true at %.0f°%s (web Mercator)", Math.abs(latitude),
                latitude >= 0 ? "N" : "S");
        TextPainter.draw(g, note, fonts.regular(6), TextPainter.MUTED, x, barTop + barH + 9);
    }

    /** A north arrow: in web Mercator meridians are vertical everywhere, so north is straight up on every page. */
    void paintNorthArrow(Graphics2D g, double centreX, double top, double height) {
        double w = height * 0.45;
        double tipY = top + height * 0.32;
        double baseY = top + height;
        Path2D.Double left = new Path2D.Double();
        left.moveTo(centreX, tipY);
        left.lineTo(centreX - w / 2, baseY);
        left.lineTo(centreX, baseY - height * 0.18);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(centreX, tipY);
        right.lineTo(centreX + w / 2, baseY);
        right.lineTo(centreX, baseY - height * 0.18);
        right.closePath();
        g.setColor(TextPainter.INK);
        g.fill(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(TextPainter.INK);
        g.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(left);
        g.draw(right);
        Font n = fonts.bold(height * 0.28);
        TextPainter.drawCentred(g, "N", n, TextPainter.INK, centreX, tipY - 2);
    }
}
