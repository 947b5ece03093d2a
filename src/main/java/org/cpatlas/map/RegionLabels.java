package org.cpatlas.map;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.LabelLanguage;
import org.cpatlas.render.LabelPictures;
import org.cpatlas.render.MapTheme;
import org.locationtech.jts.geom.Coordinate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The region and province names over the map, in Chinese, English or both, with a halo: largest areas first, a label
 * left out where it would overlap one already placed or leave the view. The labels are pictures drawn off the JavaFX
 * thread ({@link LabelPictures}) once per language and theme, and placed on whole pixels, where the software
 * pipeline copies a picture instead of resampling it (drawn as text, every label was redone on every frame of a pan).
 */
final class RegionLabels extends Group {

    private static final Logger LOG = LoggerFactory.getLogger(RegionLabels.class);

    /** Where a lon/lat is on screen, or null when the map is not laid out yet. */
    @FunctionalInterface
    interface ScreenPosition {
        Point2D at(double lon, double lat);
    }

    private DrawableLayer regions;
    private final DrawableLayer provinces;
    private final ScreenPosition screen;
    private final Supplier<AtlasFonts> fonts;
    private final Executor drawing;
    private final Runnable whenDrawn;
    private MapTheme theme;
    private LabelLanguage language = LabelLanguage.BOTH;
    /** The labels of the current language and theme, or of the previous ones while the new are drawn. */
    private Drawn drawn;
    private int requested;
    private int failedRequest = -1;
    private final Map<Node, Label> labelOf = new IdentityHashMap<>();

    /**
     * @param fonts     the faces to draw with, asked for on the drawing thread
     * @param drawing   where the pictures are drawn (never the JavaFX thread)
     * @param whenDrawn called on the JavaFX thread when new pictures are ready to be placed
     */
    RegionLabels(DrawableLayer regions, DrawableLayer provinces, MapTheme theme, ScreenPosition screen,
            Supplier<AtlasFonts> fonts, Executor drawing, Runnable whenDrawn) {
        this.regions = regions;
        this.provinces = provinces;
        this.theme = theme;
        this.screen = screen;
        this.fonts = fonts;
        this.drawing = drawing;
        this.whenDrawn = whenDrawn;
        draw();
    }

    void setTheme(MapTheme newTheme) {
        this.theme = newTheme;
        draw();
    }

    /** The regions of another county list: their labels are drawn anew, the old ones shown until then. */
    void setRegions(DrawableLayer newRegions) {
        this.regions = newRegions;
        draw();
    }

    void setLanguage(LabelLanguage newLanguage) {
        this.language = newLanguage;
        draw();
    }

    /**
     * True once the labels of the current language and theme are drawn, or have failed to be (logged; the map is
     * then shown without them rather than waited for).
     */
    boolean ready() {
        return drawn != null && drawn.request == requested || failedRequest == requested;
    }

    private void draw() {
        int request = ++requested;
        double density = density();
        MapTheme forTheme = theme;
        LabelLanguage forLanguage = language;
        CompletableFuture.supplyAsync(() -> {
            LabelPictures painter = new LabelPictures(fonts.get(), forTheme, forLanguage, density);
            // The placing order (largest area first) is made here too: measuring the areas of the regions and
            // provinces took 10 ms of the JavaFX thread in the window's first layout.
            return new Drawn(request, labels(painter.of(regions, true)), labels(painter.of(provinces, false)),
                    byArea(regions), byArea(provinces));
        }, drawing).whenComplete((made, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                LOG.warn("could not draw the map labels; the map is shown without them: {}", failure.toString());
                failedRequest = request;
            } else if (request == requested) {
                drawn = made;
                labelOf.clear();
                getChildren().clear();
                whenDrawn.run();
            }
        }));
    }

    private static List<Label> labels(List<LabelPictures.Picture> pictures) {
        return pictures.stream().map(Label::new).toList();
    }

    /** The window's pixels per unit, whole: labels are drawn for it so that they stay sharp. */
    private static double density() {
        try {
            return Math.max(1, Math.ceil(javafx.stage.Screen.getPrimary().getOutputScaleX()));
        } catch (RuntimeException e) {
            return 1;
        }
    }

    /** How many labels have a picture node now (made when first placed). */
    int pictures() {
        return labelOf.size();
    }

    /** The lines of the labels placed now. */
    List<String> visible() {
        return getChildren().stream().map(labelOf::get).filter(java.util.Objects::nonNull)
                .flatMap(label -> label.picture.lines().stream()).toList();
    }

    /** Places the labels for a view of {@code w} x {@code h} pixels: regions first, then provinces from zoom 3.5. */
    void place(double zoom, double w, double h) {
        if (drawn == null) {
            return;
        }
        List<Bounds> taken = new ArrayList<>();
        List<Node> shown = new ArrayList<>();
        for (int i : drawn.regionOrder) {
            place(regions, drawn.regions.get(i), i, w, h, taken, shown);
        }
        if (zoom >= 3.5) {
            for (int i : drawn.provinceOrder) {
                place(provinces, drawn.provinces.get(i), i, w, h, taken, shown);
            }
        }
        // Only the set of labels changes the scene graph; moving the same labels just sets their positions.
        if (!getChildren().equals(shown)) {
            getChildren().setAll(shown);
        }
    }

    private void place(DrawableLayer layer, Label label, int i, double w, double h, List<Bounds> taken,
            List<Node> shown) {
        if (label.picture.lines().isEmpty()) {
            return;
        }
        Coordinate anchor = layer.labelAnchor(i);
        if (Double.isNaN(anchor.x) || Double.isNaN(anchor.y)) {
            return; // a region with no county in the list in force: nothing to label
        }
        Point2D p = screen.at(anchor.x, anchor.y);
        if (p == null || p.getX() < 0 || p.getY() < 0 || p.getX() > w || p.getY() > h) {
            return;
        }
        double width = label.picture.blockWidth();
        double height = label.picture.blockHeight();
        double top = p.getY() - height / 2;
        BoundingBox box = new BoundingBox(p.getX() - width / 2 - 2, top - 2, width + 4, height + 4);
        if (box.getMinX() < 0 || box.getMinY() < 0 || box.getMaxX() > w || box.getMaxY() > h) {
            return;
        }
        for (Bounds other : taken) {
            if (other.intersects(box)) {
                return;
            }
        }
        taken.add(box);
        Node node = label.node();
        labelOf.putIfAbsent(node, label);
        // Whole pixels: the picture is then copied, not resampled, on every frame of a pan.
        node.setLayoutX(Math.rint(p.getX()));
        node.setLayoutY(Math.rint(top));
        shown.add(node);
    }

    private static List<Integer> byArea(DrawableLayer layer) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < layer.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -layer.feature(i).geometry().getArea()));
        return order;
    }

    /** The labels of one language and theme, by feature index, and the order they are placed in. */
    private record Drawn(int request, List<Label> regions, List<Label> provinces, List<Integer> regionOrder,
            List<Integer> provinceOrder) {
    }

    /** A drawn label and, once it has been placed, its node. */
    private static final class Label {
        private final LabelPictures.Picture picture;
        private Node node;

        Label(LabelPictures.Picture picture) {
            this.picture = picture;
        }

        Node node() {
            if (node == null) {
                LabelPictures.Picture p = picture;
                WritableImage image = new WritableImage(new PixelBuffer<>(p.pixelWidth(), p.pixelHeight(),
                        IntBuffer.wrap(p.argbPre()), PixelFormat.getIntArgbPreInstance()));
                ImageView view = new ImageView(image);
                view.setX(p.originX());
                view.setY(p.originY());
                view.setFitWidth(p.pixelWidth() / p.density());
                view.setFitHeight(p.pixelHeight() / p.density());
                node = new Group(view);
            }
            return node;
        }
    }
}
