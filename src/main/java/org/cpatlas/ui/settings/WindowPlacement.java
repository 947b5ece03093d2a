package org.cpatlas.ui.settings;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.cpatlas.settings.Settings;

/**
 * Where the window was and how large, when not maximised, and whether it was maximised. Before it is used again it
 * is {@linkplain #keptOn kept on the screens there are now}: a window last shown on a second monitor, since
 * unplugged, or larger than today's screen, opens where it can be seen and moved.
 *
 * @param x         left edge, screen pixels
 * @param y         top edge
 * @param width     outer width
 * @param height    outer height
 * @param maximised whether it was maximised (then x, y, width and height are where it returns when restored)
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximised) {

    /** Smallest size a window is restored at: the toolbar and a useful map fit. */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 420;
    /** The strip at the top of the window (its title bar) that must be on a screen for the user to grab it. */
    static final double TITLE_STRIP = 40;
    /** How much of the title strip must be visible, in width. */
    static final double MIN_VISIBLE = 120;

    /** The remembered placement, if a whole one is stored. */
    public static Optional<WindowPlacement> from(Settings settings) {
        Optional<Double> x = settings.find(SettingKeys.WINDOW_X);
        Optional<Double> y = settings.find(SettingKeys.WINDOW_Y);
        Optional<Double> w = settings.find(SettingKeys.WINDOW_WIDTH);
        Optional<Double> h = settings.find(SettingKeys.WINDOW_HEIGHT);
        if (x.isEmpty() || y.isEmpty() || w.isEmpty() || h.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WindowPlacement(x.get(), y.get(), w.get(), h.get(),
                settings.get(SettingKeys.WINDOW_MAXIMISED)));
    }

    /** Stores it. */
    public void writeTo(Settings settings) {
        settings.set(SettingKeys.WINDOW_X, Math.rint(x));
        settings.set(SettingKeys.WINDOW_Y, Math.rint(y));
        settings.set(SettingKeys.WINDOW_WIDTH, Math.rint(width));
        settings.set(SettingKeys.WINDOW_HEIGHT, Math.rint(height));
        settings.set(SettingKeys.WINDOW_MAXIMISED, maximised);
    }

    /**
     * This placement moved and shrunk as little as needed to lie on one of these screens (their visual bounds, the
     * primary first): the screen that shows most of its title strip, no larger than it; a window whose title strip
     * is on no screen (or too little of it to grab) opens centred on the primary screen.
     */
    public WindowPlacement keptOn(List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        Rectangle2D strip = new Rectangle2D(x, y, Math.max(1, width), TITLE_STRIP);
        Optional<Rectangle2D> home = screens.stream().filter(s -> visible(strip, s))
                .max(Comparator.comparingDouble(s -> overlap(strip, s)));
        if (home.isEmpty()) {
            Rectangle2D primary = screens.get(0);
            double w = fit(width, MIN_WIDTH, primary.getWidth());
            double h = fit(height, MIN_HEIGHT, primary.getHeight());
            return new WindowPlacement(primary.getMinX() + (primary.getWidth() - w) / 2,
                    primary.getMinY() + (primary.getHeight() - h) / 2, w, h, maximised);
        }
        Rectangle2D s = home.get();
        double w = fit(width, MIN_WIDTH, s.getWidth());
        double h = fit(height, MIN_HEIGHT, s.getHeight());
        // Moved onto that screen as little as needed to lie wholly on it (it fits: it is no larger).
        double nx = Math.max(s.getMinX(), Math.min(x, s.getMaxX() - w));
        double ny = Math.max(s.getMinY(), Math.min(y, s.getMaxY() - h));
        return new WindowPlacement(nx, ny, w, h, maximised);
    }

    private static boolean visible(Rectangle2D strip, Rectangle2D screen) {
        double w = Math.min(strip.getMaxX(), screen.getMaxX()) - Math.max(strip.getMinX(), screen.getMinX());
        double h = Math.min(strip.getMaxY(), screen.getMaxY()) - Math.max(strip.getMinY(), screen.getMinY());
        return w >= Math.min(MIN_VISIBLE, strip.getWidth()) && h >= TITLE_STRIP / 4;
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return Math.max(0, w) * Math.max(0, h);
    }

    /** The size between the smallest usable one and the screen's (the screen wins when it is smaller still). */
    private static double fit(double size, double min, double screen) {
        return Math.min(Math.max(size, min), screen);
    }
}
