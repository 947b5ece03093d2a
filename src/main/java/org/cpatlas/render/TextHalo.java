package org.cpatlas.render;

import java.awt.Color;
import java.awt.RenderingHints;

/**
 * How a label's halo reaches the output. By default it is the text's outline stroked as a shape, which every
 * Java2D back end draws alike; a back end that can stroke text itself (PDF: text render mode "stroke") sets
 * {@link #KEY} on its graphics, and the halo is then drawn as that text with a {@link Colour}: the same look, a few
 * bytes instead of the curves of every glyph (the 14-sheet atlas stayed under 1 MB so), and no shapes in the way of
 * text extraction.
 */
public final class TextHalo {

    /** Set to {@code Boolean.TRUE} on a graphics whose text drawer strokes text painted in a {@link Colour}. */
    public static final RenderingHints.Key KEY = new RenderingHints.Key(0x6a10) {
        @Override
        public boolean isCompatibleValue(Object value) {
            return value instanceof Boolean;
        }

        @Override
        public String toString() {
            return "label halo drawn as stroked text";
        }
    };

    private TextHalo() {
    }

    /** The paint of a halo drawn as text: its colour, and the stroke's width in the graphics' user space. */
    public static final class Colour extends Color {
        private static final long serialVersionUID = 1L;
        private final double widthPx;

        public Colour(Color colour, double widthPx) {
            super(colour.getRed(), colour.getGreen(), colour.getBlue(), colour.getAlpha());
            this.widthPx = widthPx;
        }

        public double widthPx() {
            return widthPx;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Colour other && super.equals(o) && other.widthPx == widthPx;
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + Double.hashCode(widthPx);
        }
    }
}
