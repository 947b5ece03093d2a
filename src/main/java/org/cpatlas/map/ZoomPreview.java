package org.cpatlas.map;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapLayer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * While a wheel turns, the map as one picture: as QGIS's canvas does, the map is captured once when the turn starts,
 * every later notch shows that picture rescaled to the new zoom, at the view's own size, and the map itself is
 * shown again, drawn at the level the wheel stopped at, once it has been still. In the software pipeline a picture
 * drawn scaled costs about 13 ns a pixel, so the basemap, regions and shading tiles scaled at every notch took
 * 25-35 ms a frame (bench/README.md); a picture drawn at its own size is a plain copy. The rescaling is by nearest
 * pixel: the picture is on screen for a fraction of a second, while the wheel moves. The map's own layers are hidden
 * meanwhile, so nothing else is painted under it; they are laid out as usual and shown again as they are.
 */
public final class ZoomPreview extends MapLayer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ZoomPreview.class);

    private final ImageView view = new ImageView();
    private final WheelPause wheel = new WheelPause(stoppedAt -> end());
    private final Runnable afterLayout = this::afterLayout;
    private final List<Node> hidden = new ArrayList<>();
    private boolean captureAfterLayout;
    private Capture capture;
    /** The picture on screen: {@link #pixels} as the image's own buffer, so a notch writes it without a copy. */
    private PixelBuffer<IntBuffer> picture;
    private int[] pixels;
    private NearestRescale rescale;

    public ZoomPreview() {
        setMouseTransparent(true);
        view.setVisible(false);
        getChildren().add(view);
        AfterLayout.ofEachPulse(this, afterLayout);
        // Taken off its map view (a theme change moves the regions to a new one): what it hid is shown again.
        parentProperty().addListener((o, old, now) -> {
            if (old != null) {
                end();
            }
        });
    }

    @Override
    protected void initialize() {
        baseMap.zoom().addListener(o -> {
            if (wheel.levelAsked(TileRetention.currentLevel(baseMap)) && capture == null) {
                captureAfterLayout = true;
            }
        });
    }

    /** True while the map is shown as the picture of a turning wheel. */
    public boolean showing() {
        return capture != null;
    }

    private void afterLayout() {
        if (baseMap == null || getParent() == null) {
            return;
        }
        if (captureAfterLayout) {
            captureAfterLayout = false;
            try {
                start();
            } catch (OutOfMemoryError | RuntimeException e) {
                // Three window-sized pictures did not fit: this turn draws the map itself, scaled, as without them.
                LOG.debug("no picture for this turn of the wheel", e);
                end();
            }
        }
        if (capture != null) {
            draw();
        }
    }

    /** Captures the map as laid out for this notch and puts the picture in its place. */
    private void start() {
        int w = (int) Math.round(getParent().getLayoutBounds().getWidth());
        int h = (int) Math.round(getParent().getLayoutBounds().getHeight());
        if (w <= 0 || h <= 0) {
            return;
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setViewport(new Rectangle2D(0, 0, w, h));
        parameters.setFill(Color.TRANSPARENT);
        WritableImage shot = getParent().snapshot(parameters, null);
        int[] taken = new int[w * h];
        shot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), taken, 0, w);
        capture = new Capture(taken, w, h, baseMap.zoom().get(), baseMap.getTranslateX(), baseMap.getTranslateY());
        pixels = new int[w * h];
        rescale = new NearestRescale(w, h);
        picture = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
        view.setImage(new WritableImage(picture));
        for (Node node : getParent().getChildrenUnmodifiable()) {
            if (node != this && node.isVisible()) {
                node.setVisible(false);
                hidden.add(node);
            }
        }
        view.setVisible(true);
    }

    /** The captured picture as the map would show it now: each pixel the nearest of the capture's. */
    private void draw() {
        Capture c = capture;
        int w = c.width();
        int h = c.height();
        if (getParent().getLayoutBounds().getWidth() != w || getParent().getLayoutBounds().getHeight() != h) {
            end(); // resized mid-turn: the capture no longer fits
            return;
        }
        BaseMap map = baseMap;
        double inverse = Math.pow(2, c.zoom() - map.zoom().get());
        // Target pixel x shows the map's world pixel x - tx at this zoom, which was at (x - tx) * inverse + the
        // capture's translation in the capture.
        NearestRescale.Covered covered = rescale.rescale(c.pixels(), inverse,
                c.translateX() - map.getTranslateX() * inverse, c.translateY() - map.getTranslateY() * inverse, pixels);
        if (covered.isEmpty()) {
            view.setVisible(false); // the capture is out of the view altogether
            return;
        }
        // Only the part the capture reaches is shown (where it does not, the picture was transparent): zoomed out,
        // that is a quarter of the window or less, and the rest was cleared, copied to the texture and blended at
        // every notch for nothing.
        Rectangle2D shown = new Rectangle2D(covered.x(), covered.y(), covered.width(), covered.height());
        view.setViewport(shown);
        view.setX(covered.x());
        view.setY(covered.y());
        view.setVisible(true);
        picture.updateBuffer(buffer -> shown);
    }

    /** Shows the map itself again. */
    private void end() {
        capture = null;
        captureAfterLayout = false;
        view.setVisible(false);
        // Three window-sized pictures between turns are memory the window needs for tiles.
        view.setImage(null);
        view.setViewport(null);
        picture = null;
        pixels = null;
        rescale = null;
        hidden.forEach(node -> node.setVisible(true));
        hidden.clear();
    }

    /** The map as captured: its pixels, and the zoom and translation of the base map at that moment. */
    private record Capture(int[] pixels, int width, int height, double zoom, double translateX, double translateY) {
    }
}
