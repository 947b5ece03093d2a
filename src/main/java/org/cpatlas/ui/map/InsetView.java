package org.cpatlas.ui.map;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.cpatlas.map.PictureDisk;
import org.cpatlas.map.PictureDiskChoice;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.LabelPictures;
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
    private MapTheme theme;
    /** Where the inset's pictures are kept between starts. */
    private final PictureDiskChoice kept = new PictureDiskChoice();

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
        this.theme = theme;
        int request = ++requested;
        double density = density();
        kept.chosen().thenApplyAsync(disk -> picture(disk, theme, density), drawing)
                .thenAccept(picture -> Platform.runLater(() -> {
            if (request == requested) {
                WritableImage image = new WritableImage(picture.pixelWidth(), picture.pixelHeight());
                image.getPixelWriter().setPixels(0, 0, picture.pixelWidth(), picture.pixelHeight(),
                        PixelFormat.getIntArgbPreInstance(), picture.argbPre(), 0, picture.pixelWidth());
                setImage(image);
                setFitWidth(image.getWidth() / density);
                setFitHeight(image.getHeight() / density);
            }
        }));
    }

    /**
     * Keeps the inset's pictures on {@code disk} from now on: a later start with the same build, maps, theme and
     * density shows the inset without drawing it or loading the fonts.
     */
    void keepPicturesOn(PictureDisk disk) {
        if (kept.choose(disk)) {
            setTheme(theme);
        }
    }

    /** The inset's picture: kept on disk from an earlier start, or drawn (and kept). */
    private LabelPictures.Picture picture(PictureDisk disk, MapTheme theme, double density) {
        String what = "south china sea inset\ntheme " + theme + "\ndensity " + density + "\nwidth " + WIDTH_PT;
        List<List<LabelPictures.Picture>> stored = disk.keeps() ? disk.read(what) : null;
        if (stored != null && stored.size() == 1 && stored.get(0).size() == 1) {
            return stored.get(0).get(0);
        }
        LabelPictures.Picture drawn = draw(theme, density);
        if (disk.keeps()) {
            disk.write(what, List.of(List.of(drawn)));
        }
        return drawn;
    }

    private LabelPictures.Picture draw(MapTheme theme, double density) {
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
        return new LabelPictures.Picture(List.of(), 0, 0, w, h, density, 0, 0,
                ((DataBufferInt) picture.getRaster().getDataBuffer()).getData());
    }

    private static double density() {
        try {
            return Math.max(1, Math.ceil(javafx.stage.Screen.getPrimary().getOutputScaleX()));
        } catch (RuntimeException e) {
            return 1;
        }
    }
}
