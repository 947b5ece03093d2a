package org.cpatlas.render;

/** A toolkit-neutral colour (0-255 channels, alpha 0-1) so Java2D output and the JavaFX screen share one palette. */
public record Rgb(int red, int green, int blue, double alpha) {

    public Rgb {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255 || alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("colour channel out of range");
        }
    }

    /** From "#rrggbb". */
    public static Rgb hex(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new Rgb((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff, 1.0);
    }

    public Rgb withAlpha(double newAlpha) {
        return new Rgb(red, green, blue, newAlpha);
    }

    public java.awt.Color awt() {
        return new java.awt.Color(red, green, blue, (int) Math.round(alpha * 255));
    }

    public String webHex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }
}
