package org.cpatlas.ui.map;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.MapPainter;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.SouthChinaSeaInset;

/**
 * The South China Sea islands inset (南海诸岛) over the window's map: the picture print draws
 * ({@link SouthChinaSeaInset}), drawn off the JavaFX thread for each theme, shown while the map shows the whole
 * country and the inset is switched on.
 */
final class InsetView extends ImageView {

    /** The inset's width on screen in points (112 px). */
    static final double WIDTH_PT = 84;
    private static final double PX_PER_PT = 96.0 / 72.0;

    private final DrawableLayer layer;
    private final Supplier<AtlasFonts> fonts;
    private final Executor drawing;
    private int requested;

    InsetView(DrawableLayer layer, Supplier<AtlasFonts> fonts, Executor drawing, MapTheme theme) {
        this.layer = layer;
        this.fonts = fonts;
        this.drawing = drawing;
        setManaged(true);
        setMouseTransparent(true);
        getStyleClass().add("map-inset");
        setTheme(theme);
    }

    /** Draws the inset in a theme's colours (off the JavaFX thread) and shows it when ready. */
    void setTheme(MapTheme theme) {
        int request = ++requested;
        double density = density();
        CompletableFuture.supplyAsync(() -> draw(theme, density), drawing).thenAccept(image -> Platform.runLater(() -> {
            if (request == requested) {
                setImage(image);
                setFitWidth(image.getWidth() / density);
                setFitHeight(image.getHeight() / density);
            }
        }));
    }

    private WritableImage draw(MapTheme theme, double density) {
        SouthChinaSeaInset inset = new SouthChinaSeaInset(theme, fonts.get(), layer);
        double scale = PX_PER_PT * density;
        int w = (int) Math.ceil(WIDTH_PT * scale);
        int h = (int) Math.ceil(inset.heightPt(WIDTH_PT) * scale);
        BufferedImage picture = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = picture.createGraphics();
        try {
            MapPainter.prepare(g);
            inset.paint(g, new Rectangle2D.Double(0.5, 0.5, w - 1, h - 1), scale);
        } finally {
            g.dispose();
        }
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(),
                ((DataBufferInt) picture.getRaster().getDataBuffer()).getData(), 0, w);
        return image;
    }

    private static double density() {
        try {
            return Math.max(1, Math.ceil(javafx.stage.Screen.getPrimary().getOutputScaleX()));
        } catch (RuntimeException e) {
            return 1;
        }
    }
}
