package org.cpatlas.map;

import java.awt.geom.Rectangle2D;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.StrokeLineCap;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.LabelKind;
import org.cpatlas.render.LabelLanguage;
import org.cpatlas.render.LabelLayout;
import org.cpatlas.render.LabelPictures;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.PlacedLabel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The region and province names over the map, in Chinese, English or both, with a halo, placed by the same
 * {@link LabelLayout} as print and export: every region in view named once, inside it where the name fits, else
 * beside it with a leader line; nothing over the legend, scale bar, buttons or inset; province names only where room
 * is left. The labels are pictures drawn off the JavaFX thread ({@link LabelPictures}) once per language and theme,
 * and placed on whole pixels, where the software pipeline copies a picture instead of resampling it (drawn as text,
 * every label was redone on every frame of a pan); leaders are two thin paths (halo and line). The pictures are kept
 * on disk ({@link PictureDisk}, {@link #keepPicturesOn}): a later start reads them, and loads no fonts.
 */
final class RegionLabels extends Group {

    private static final Logger LOG = LoggerFactory.getLogger(RegionLabels.class);

    /** The window's pixels per point: paddings and leader lengths of the placement are in points. */
    static final double PX_PER_PT = 96.0 / 72.0;
    /** Province names appear from this zoom; below it they would add noise and no help. */
    static final double PROVINCE_MIN_ZOOM = 3.5;
    private DrawableLayer regions;
    private final DrawableLayer provinces;
    private LabelLayout layout;
    private final Path leaderHalos = new Path();
    private final Path leaders = new Path();
    private final Supplier<AtlasFonts> fonts;
    private final Executor drawing;
    private final Runnable whenDrawn;
    /** Where the pictures are kept between starts. */
    private final PictureDiskChoice kept = new PictureDiskChoice();
    private MapTheme theme;
    private LabelLanguage language = LabelLanguage.BOTH;
    /** The labels of the current language and theme, or of the previous ones while the new are drawn. */
    private Drawn drawn;
    private int requested;
    private int failedRequest = -1;
    private final Map<Node, Label> labelOf = new IdentityHashMap<>();
    private List<PlacedLabel> placedNow = List.of();
    /**
     * What the labels shown were placed for. The overlay lays out at every change of its look (an indicator switch,
     * a selection's shading) without the map moving, and placing them again for the same view, obstacles and pictures
     * gives the same places: it was a sixth of the JavaFX thread's work in an indicator switch.
     */
    private MapViewport placedFor;
    private List<Rectangle2D> placedAround;
    private Drawn placedWith;
    private LabelLayout placedBy;

    /**
     * @param fonts     the faces to draw with, asked for on the drawing thread
     * @param drawing   where the pictures are drawn (never the JavaFX thread)
     * @param whenDrawn called on the JavaFX thread when new pictures are ready to be placed
     */
    RegionLabels(DrawableLayer regions, DrawableLayer provinces, MapTheme theme, Supplier<AtlasFonts> fonts,
            Executor drawing, Runnable whenDrawn) {
        this.regions = regions;
        this.provinces = provinces;
        this.layout = new LabelLayout(regions, provinces);
        this.theme = theme;
        this.fonts = fonts;
        this.drawing = drawing;
        this.whenDrawn = whenDrawn;
        leaderHalos.setStrokeLineCap(StrokeLineCap.ROUND);
        leaders.setStrokeLineCap(StrokeLineCap.ROUND);
        leaderHalos.setFill(null);
        styleLeaders();
        draw();
    }

    void setTheme(MapTheme newTheme) {
        this.theme = newTheme;
        styleLeaders();
        draw();
    }

    /** The regions of another county list: their labels are drawn anew, the old ones shown until then. */
    void setRegions(DrawableLayer newRegions) {
        this.regions = newRegions;
        this.layout = new LabelLayout(newRegions, provinces);
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

    /**
     * Keeps the pictures on {@code disk} from now on: a later start with the same build, maps, theme, language,
     * density and names shows them without drawing them or loading the fonts.
     */
    void keepPicturesOn(PictureDisk disk) {
        if (kept.choose(disk)) {
            draw();
        }
    }

    private void draw() {
        int request = ++requested;
        double density = density();
        MapTheme forTheme = theme;
        LabelLanguage forLanguage = language;
        DrawableLayer forRegions = regions;
        kept.chosen().thenApplyAsync(disk -> {
            String what = disk.keeps() ? whatIsDrawn(forRegions, forTheme, forLanguage, density) : null;
            List<List<LabelPictures.Picture>> pictures = what == null ? null : disk.read(what);
            if (pictures != null && (pictures.size() != 2 || pictures.get(0).size() != forRegions.size()
                    || pictures.get(1).size() != provinces.size())) {
                pictures = null; // named by the same names, so never: but a label is never shown for another
            }
            // The fonts are loaded only to draw: pictures read from disk need none.
            LabelPictures painter = pictures != null ? null
                    : new LabelPictures(fonts.get(), forTheme, forLanguage, density);
            // Where labels may sit is found here too, once: the poles of the regions and provinces would take the
            // JavaFX thread a good part of a second in the window's first layout.
            for (int i = 0; i < forRegions.size(); i++) {
                forRegions.labelSites(i);
            }
            for (int i = 0; i < provinces.size(); i++) {
                provinces.labelSites(i);
            }
            if (painter != null) {
                pictures = List.of(painter.of(forRegions, true), painter.of(provinces, false));
                if (what != null) {
                    disk.write(what, pictures);
                }
            }
            return new Drawn(request, labels(pictures.get(0)), labels(pictures.get(1)));
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

    /**
     * Everything the pictures depend on beyond the build, maps and runtime ({@link PictureDisk}), in words: the
     * theme, the language, the density and every name drawn, in feature order.
     */
    String whatIsDrawn(DrawableLayer forRegions, MapTheme forTheme, LabelLanguage forLanguage,
            double density) {
        StringBuilder what = new StringBuilder("map labels\ntheme ").append(forTheme).append("\nlanguage ")
                .append(forLanguage).append("\ndensity ").append(density);
        for (DrawableLayer layer : List.of(forRegions, provinces)) {
            what.append("\n").append(layer == forRegions ? "regions " : "provinces ").append(layer.size());
            for (int i = 0; i < layer.size(); i++) {
                String zh = layer.feature(i).text("name_zh");
                String en = layer.feature(i).text("name_en");
                what.append('\n').append(zh.length()).append(':').append(zh).append(' ').append(en.length())
                        .append(':').append(en);
            }
        }
        return what.toString();
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

    /** The pictures of the labels drawn now, the regions' then the provinces' (for tests). */
    List<LabelPictures.Picture> drawnPictures() {
        return drawn == null ? List.of() : java.util.stream.Stream.concat(drawn.regions.stream(),
                drawn.provinces.stream()).map(label -> label.picture).toList();
    }

    /** The lines of the labels placed now. */
    List<String> visible() {
        return getChildren().stream().map(labelOf::get).filter(java.util.Objects::nonNull)
                .flatMap(label -> label.picture.lines().stream()).toList();
    }

    /**
     * Places the labels for a view: every region in view, then provinces from zoom 3.5, none over an obstacle (boxes
     * in the view's pixels: legend, scale bar, buttons, inset).
     */
    void place(MapViewport view, List<Rectangle2D> obstacles) {
        if (drawn == null) {
            return;
        }
        Drawn d = drawn;
        if (d == placedWith && layout == placedBy && view.equals(placedFor) && obstacles.equals(placedAround)) {
            return;
        }
        List<PlacedLabel> placed = layout.place(view, d.sizes(), obstacles, view.zoom() >= PROVINCE_MIN_ZOOM,
                PX_PER_PT);
        List<Node> shown = new ArrayList<>();
        List<PathElement> halo = new ArrayList<>();
        List<PathElement> lines = new ArrayList<>();
        shown.add(leaderHalos);
        shown.add(leaders);
        for (PlacedLabel p : placed) {
            Label label = (p.kind() == LabelKind.REGION ? d.regions : d.provinces).get(p.feature());
            Node node = label.node();
            labelOf.putIfAbsent(node, label);
            // Whole pixels: the picture is then copied, not resampled, on every frame of a pan.
            node.setLayoutX(Math.rint(p.box().getCenterX()));
            node.setLayoutY(Math.rint(p.box().getY()));
            shown.add(node);
            if (p.leader()) {
                addLeader(p, halo, lines);
            }
        }
        leaderHalos.getElements().setAll(halo);
        leaders.getElements().setAll(lines);
        // Only the set of labels changes the scene graph; moving the same labels just sets their positions.
        if (!getChildren().equals(shown)) {
            getChildren().setAll(shown);
        }
        placedNow = List.copyOf(placed);
        placedFor = view;
        placedAround = List.copyOf(obstacles);
        placedWith = d;
        placedBy = layout;
    }

    /** The labels placed by the last {@link #place} (for tests). */
    List<PlacedLabel> placed() {
        return placedNow;
    }

    /** A leader from the region's point to the label, with a dot at the point; half-pixel ends for crisp lines. */
    private static void addLeader(PlacedLabel p, List<PathElement> halo, List<PathElement> lines) {
        double x0 = Math.rint(p.anchor().getX()) + 0.5;
        double y0 = Math.rint(p.anchor().getY()) + 0.5;
        double x1 = Math.rint(p.leaderEnd().getX()) + 0.5;
        double y1 = Math.rint(p.leaderEnd().getY()) + 0.5;
        for (List<PathElement> path : List.of(halo, lines)) {
            path.add(new MoveTo(x0, y0));
            path.add(new LineTo(x1, y1));
        }
        double r = 1.5;
        lines.add(new MoveTo(x0 - r, y0));
        lines.add(new ArcTo(r, r, 0, x0 + r, y0, false, true));
        lines.add(new ArcTo(r, r, 0, x0 - r, y0, false, true));
    }

    private void styleLeaders() {
        leaderHalos.setStroke(FxColors.of(theme.labelHalo()));
        leaderHalos.setStrokeWidth(2.2);
        leaders.setStroke(FxColors.of(theme.label()));
        leaders.setFill(FxColors.of(theme.label()));
        leaders.setStrokeWidth(0.8);
    }

    /** The labels of one language and theme, by feature index, and their sizes as the placement asks for them. */
    private record Drawn(int request, List<Label> regions, List<Label> provinces, LabelLayout.Sizes sizes) {

        Drawn(int request, List<Label> regions, List<Label> provinces) {
            // One sizes object per drawing: the placement keeps its labels through a pan only for the same sizes.
            this(request, regions, provinces, (kind, i) -> {
                LabelPictures.Picture p = (kind == LabelKind.REGION ? regions : provinces).get(i).picture;
                return p.lines().isEmpty() ? null : new LabelLayout.Size(p.blockWidth(), p.blockHeight());
            });
        }
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
