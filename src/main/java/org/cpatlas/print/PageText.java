package org.cpatlas.print;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The heading and the credit line of a page, measured for a width before they are drawn: a long name or a long
 * credit line wraps onto more lines and its box grows, instead of running into the map or off the page.
 */
final class PageText {

    static final double TITLE_PT = 18;
    static final double SUBTITLE_PT = 11;
    static final double CREDIT_PT = 6.8;
    private static final double TITLE_LEADING = 22;
    private static final double SUBTITLE_LEADING = 13.5;

    private PageText() {
    }

    /** Height of the two-language heading wrapped at this width (46 pt for one line of each). */
    static double titleHeight(PrintStyle style, String zh, String en, double width) {
        List<String> big = TextPainter.wrap(TextPainter.MEASURE, zh.isEmpty() ? en : zh, style.fonts().bold(TITLE_PT),
                width);
        List<String> small = zh.isEmpty() ? List.of()
                : TextPainter.wrap(TextPainter.MEASURE, en, style.fonts().regular(SUBTITLE_PT), width);
        double h = 18 + (Math.max(1, big.size()) - 1) * TITLE_LEADING;
        if (!small.isEmpty()) {
            h += 17 + (small.size() - 1) * SUBTITLE_LEADING;
        }
        return h + 11;
    }

    /** The widest line of the heading at this width. */
    static double titleWidth(PrintStyle style, String zh, String en, double width) {
        double w = 0;
        for (String line : TextPainter.wrap(TextPainter.MEASURE, zh.isEmpty() ? en : zh,
                style.fonts().bold(TITLE_PT), width)) {
            w = Math.max(w, TextPainter.width(null, line, style.fonts().bold(TITLE_PT)));
        }
        if (!zh.isEmpty()) {
            for (String line : TextPainter.wrap(TextPainter.MEASURE, en, style.fonts().regular(SUBTITLE_PT), width)) {
                w = Math.max(w, TextPainter.width(null, line, style.fonts().regular(SUBTITLE_PT)));
            }
        }
        return Math.min(width, w);
    }

    static void title(Graphics2D g, PrintStyle style, String zh, String en, Rectangle2D.Double box) {
        Font big = style.fonts().bold(TITLE_PT);
        Font small = style.fonts().regular(SUBTITLE_PT);
        double baseline = box.y + 18;
        List<String> lines = TextPainter.wrap(TextPainter.MEASURE, zh.isEmpty() ? en : zh, big, box.width);
        for (int i = 0; i < lines.size(); i++) {
            TextPainter.draw(g, lines.get(i), big, TextPainter.INK, box.x, baseline);
            if (i < lines.size() - 1) {
                baseline += TITLE_LEADING;
            }
        }
        if (!zh.isEmpty()) {
            baseline += 17;
            for (String line : TextPainter.wrap(TextPainter.MEASURE, en, small, box.width)) {
                TextPainter.draw(g, line, small, TextPainter.MUTED, box.x, baseline);
                baseline += SUBTITLE_LEADING;
            }
        }
    }

    /** Width of the right-hand part of the footer (date, page number). */
    static double footerRightWidth(PrintStyle style, String right) {
        return TextPainter.width(null, right, style.fonts().regular(CREDIT_PT)) + 12;
    }

    /** Height of the footer: a rule, then the credit line wrapped beside the date. */
    static double footerHeight(PrintStyle style, String credits, String right, double width) {
        Font font = style.fonts().regular(CREDIT_PT);
        int lines = TextPainter.wrap(TextPainter.MEASURE, "Sources: " + credits, font,
                width - footerRightWidth(style, right)).size();
        return 3 + Math.max(1, lines) * TextPainter.lineHeight(font) + 2;
    }

    static void footer(Graphics2D g, PrintStyle style, String credits, String right, Rectangle2D.Double box) {
        Font font = style.fonts().regular(CREDIT_PT);
        double rightW = footerRightWidth(style, right);
        g.setColor(LegendPainter.frameColour());
        g.setStroke(new BasicStroke(0.4f));
        g.draw(new Line2D.Double(box.x, box.y, box.getMaxX(), box.y));
        TextPainter.drawWrapped(g, "Sources: " + credits, font, TextPainter.MUTED, box.x, box.y + 3,
                box.width - rightW);
        TextPainter.drawRight(g, right, font, TextPainter.MUTED, box.getMaxX(), box.y + 3 + font.getSize2D());
    }

    /** The footer's two parts for overlap checks: the credit line and the date at the right. */
    static List<PageBox> footerBoxes(PrintStyle style, String right, Rectangle2D.Double box) {
        double rightW = footerRightWidth(style, right);
        return List.of(new PageBox("credit line", new Rectangle2D.Double(box.x, box.y, box.width - rightW, box.height)),
                new PageBox("date", new Rectangle2D.Double(box.getMaxX() - rightW + 12, box.y, rightW - 12,
                        box.height)));
    }
}
