package org.cpatlas.print;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * Text on a page, always through {@code drawString} so PDF and SVG writers emit real text (selectable,
 * searchable, CJK embedded) rather than glyph outlines. Widths come from the same font file the PDF embeds.
 */
final class TextPainter {

    static final Color INK = new Color(0x1b, 0x1f, 0x23);
    static final Color MUTED = new Color(0x55, 0x5d, 0x66);
    /**
     * Text is measured device-independently (fractional metrics, no transform), so line breaks and widths are
     * identical in PNG at any DPI, PDF and SVG.
     */
    static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private TextPainter() {
    }

    static double width(Graphics2D g, String text, Font font) {
        if (text.isEmpty()) {
            return 0;
        }
        return font.getStringBounds(text, MEASURE).getWidth();
    }

    /** Draws one line with its baseline at y; returns its width. */
    static double draw(Graphics2D g, String text, Font font, Color colour, double x, double baseline) {
        if (text.isEmpty()) {
            return 0;
        }
        g.setFont(font);
        g.setColor(colour);
        g.drawString(text, (float) x, (float) baseline);
        return width(g, text, font);
    }

    static void drawRight(Graphics2D g, String text, Font font, Color colour, double right, double baseline) {
        draw(g, text, font, colour, right - width(g, text, font), baseline);
    }

    static void drawCentred(Graphics2D g, String text, Font font, Color colour, double centre, double baseline) {
        draw(g, text, font, colour, centre - width(g, text, font) / 2, baseline);
    }

    /** Line breaks for a width, at word boundaries for Latin text and between characters for Chinese. */
    static List<String> wrap(FontRenderContext frc, String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        for (String paragraph : text.split("\n", -1)) {
            if (paragraph.isEmpty()) {
                lines.add("");
                continue;
            }
            AttributedString attributed = new AttributedString(paragraph);
            attributed.addAttribute(TextAttribute.FONT, font);
            LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(), frc);
            while (measurer.getPosition() < paragraph.length()) {
                int start = measurer.getPosition();
                TextLayout ignored = measurer.nextLayout((float) Math.max(1, width));
                lines.add(paragraph.substring(start, measurer.getPosition()).strip());
            }
        }
        return lines;
    }

    /** Line height used for wrapped text: 1.25 times the font size. */
    static double lineHeight(Font font) {
        return font.getSize2D() * 1.25;
    }

    /** Draws wrapped text whose first line's top is at {@code top}; returns the y below the last line. */
    static double drawWrapped(Graphics2D g, String text, Font font, Color colour, double x, double top,
            double width) {
        double lineHeight = lineHeight(font);
        double y = top;
        for (String line : wrap(MEASURE, text, font, width)) {
            draw(g, line, font, colour, x, y + font.getSize2D());
            y += lineHeight;
        }
        return y;
    }

    static double wrappedHeight(Graphics2D g, String text, Font font, double width) {
        return wrap(MEASURE, text, font, width).size() * lineHeight(font);
    }
}
