package org.cpatlas.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import org.cpatlas.geo.Feature;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.LabelLanguage;
import org.cpatlas.render.MapTheme;
import org.locationtech.jts.geom.Coordinate;

/**
 * The region and province names over the map, in Chinese, English or both, with a halo: largest areas first, a label
 * left out where it would overlap one already placed or leave the view. Each label is made once per language and
 * theme, as a picture placed on whole pixels.
 */
final class RegionLabels extends Group {

    /** Where a lon/lat is on screen, or null when the map is not laid out yet. */
    @FunctionalInterface
    interface ScreenPosition {
        Point2D at(double lon, double lat);
    }

    private final DrawableLayer regions;
    private final DrawableLayer provinces;
    private final String fontFamily;
    private final ScreenPosition screen;
    private MapTheme theme;
    private LabelLanguage language = LabelLanguage.BOTH;
    private final Map<String, LabelNodes> labelCache = new HashMap<>();
    private final Map<Node, LabelNodes> labelOf = new java.util.IdentityHashMap<>();
    private List<Integer> regionLabelOrder;
    private List<Integer> provinceLabelOrder;

    RegionLabels(DrawableLayer regions, DrawableLayer provinces, String fontFamily, MapTheme theme,
            ScreenPosition screen) {
        this.regions = regions;
        this.provinces = provinces;
        this.fontFamily = fontFamily;
        this.theme = theme;
        this.screen = screen;
    }

    void setTheme(MapTheme newTheme) {
        this.theme = newTheme;
        clear();
    }

    void setLanguage(LabelLanguage newLanguage) {
        this.language = newLanguage;
        clear();
    }

    /** The lines of the labels placed now. */
    List<String> visible() {
        return getChildren().stream().map(n -> labelOf.get(n)).filter(java.util.Objects::nonNull)
                .flatMap(label -> label.lines().stream()).toList();
    }

    /** Places the labels for a view of {@code w} x {@code h} pixels: regions first, then provinces from zoom 3.5. */
    void place(double zoom, double w, double h) {
        List<Bounds> taken = new ArrayList<>();
        List<Node> shown = new ArrayList<>();
        if (regionLabelOrder == null) {
            regionLabelOrder = byArea(regions);
            provinceLabelOrder = byArea(provinces);
        }
        for (int i : regionLabelOrder) {
            place(regions, i, true, w, h, taken, shown);
        }
        if (zoom >= 3.5) {
            for (int i : provinceLabelOrder) {
                place(provinces, i, false, w, h, taken, shown);
            }
        }
        // Only the set of labels changes the scene graph; moving the same labels just sets their positions.
        if (!getChildren().equals(shown)) {
            getChildren().setAll(shown);
        }
    }

    /**
     * The text nodes of one label, made once per language and theme: called on every layout pass (every frame of a
     * pan or zoom), so creating, styling and measuring new Text nodes each time would dominate the frame.
     */
    private LabelNodes labelNodes(DrawableLayer layer, int i, boolean region) {
        String key = (region ? "r" : "p") + i;
        LabelNodes cached = labelCache.get(key);
        if (cached != null) {
            return cached;
        }
        Feature f = layer.feature(i);
        Font first = region ? Font.font(fontFamily, FontWeight.BOLD, 12.5) : Font.font(fontFamily, FontWeight.NORMAL, 10.5);
        Font second = Font.font(fontFamily, FontWeight.NORMAL, 10);
        Color colour = FxColors.of(region ? theme.label() : theme.provinceLabel());
        List<String> lines = new ArrayList<>();
        String zh = f.text("name_zh");
        String en = f.text("name_en");
        if (language != LabelLanguage.EN && !zh.isEmpty()) {
            lines.add(zh);
        }
        if (language != LabelLanguage.ZH && !en.isEmpty()) {
            lines.add(en);
        }
        int n = lines.size();
        Text[] texts = new Text[n];
        Text[] halos = new Text[n];
        double[] widths = new double[n];
        double[] heights = new double[n];
        double[] minYs = new double[n];
        double height = 0;
        double width = 0;
        for (int k = 0; k < n; k++) {
            Text t = new Text(lines.get(k));
            t.setFont(k == 0 ? first : second);
            Bounds b = t.getLayoutBounds(); // measured at the origin
            widths[k] = b.getWidth();
            heights[k] = b.getHeight();
            minYs[k] = b.getMinY();
            height += b.getHeight();
            width = Math.max(width, b.getWidth());
            Text halo = new Text(t.getText());
            halo.setFont(t.getFont());
            halo.setFill(FxColors.of(theme.labelHalo()));
            halo.setStroke(FxColors.of(theme.labelHalo()));
            halo.setStrokeWidth(3);
            halo.setStrokeLineJoin(StrokeLineJoin.ROUND);
            t.setFill(colour);
            texts[k] = t;
            halos[k] = halo;
        }
        // Lines placed relative to the label's top centre; the label is then moved as a whole.
        Group group = new Group();
        double y = 0;
        for (int k = 0; k < n; k++) {
            double x = -widths[k] / 2;
            double baseline = y - minYs[k];
            texts[k].setX(x);
            texts[k].setY(baseline);
            halos[k].setX(x);
            halos[k].setY(baseline);
            group.getChildren().addAll(halos[k], texts[k]);
            y += heights[k];
        }
        LabelNodes made = new LabelNodes(rasterised(group), List.copyOf(lines), width, height);
        labelCache.put(key, made);
        labelOf.put(made.node(), made);
        return made;
    }

    /**
     * The label as a picture on whole pixels. Haloed text is rasterised from glyph outlines; drawn as text, every
     * label is redone on every frame of a pan (a node cache did not stop it: 10-30 ms a frame in the software
     * pipeline), whereas an aligned picture is a plain copy. Drawn at the screen's pixel density, so it stays sharp.
     */
    private Node rasterised(Group group) {
        double density = getScene() != null && getScene().getWindow() != null
                ? Math.max(1, getScene().getWindow().getOutputScaleX()) : 1;
        Bounds b = group.getBoundsInLocal();
        double x0 = Math.floor(b.getMinX());
        double y0 = Math.floor(b.getMinY());
        int w = (int) Math.ceil((Math.ceil(b.getMaxX()) - x0) * density);
        int h = (int) Math.ceil((Math.ceil(b.getMaxY()) - y0) * density);
        javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(new Scale(density, density));
        params.setViewport(new javafx.geometry.Rectangle2D(x0 * density, y0 * density, w, h));
        javafx.scene.image.ImageView picture = new javafx.scene.image.ImageView(group.snapshot(params, null));
        picture.setX(x0);
        picture.setY(y0);
        picture.setFitWidth(w / density);
        picture.setFitHeight(h / density);
        return new Group(picture);
    }

    private void clear() {
        labelCache.clear();
        labelOf.clear();
        getChildren().clear();
    }

    private record LabelNodes(Node node, List<String> lines, double width, double height) {
    }

    private void place(DrawableLayer layer, int i, boolean region, double w, double h, List<Bounds> taken,
            List<Node> shown) {
        Coordinate anchor = layer.labelAnchor(i);
        Point2D p = screen.at(anchor.x, anchor.y);
        if (p == null || p.getX() < 0 || p.getY() < 0 || p.getX() > w || p.getY() > h) {
            return;
        }
        LabelNodes label = labelNodes(layer, i, region);
        if (label.lines().isEmpty()) {
            return;
        }
        double width = label.width();
        double height = label.height();
        double top = p.getY() - height / 2;
        javafx.geometry.BoundingBox box = new javafx.geometry.BoundingBox(p.getX() - width / 2 - 2, top - 2,
                width + 4, height + 4);
        if (box.getMinX() < 0 || box.getMinY() < 0 || box.getMaxX() > w || box.getMaxY() > h) {
            return;
        }
        for (Bounds other : taken) {
            if (other.intersects(box)) {
                return;
            }
        }
        taken.add(box);
        // Whole pixels: the cached label bitmap is then copied, not resampled, on every frame of a pan.
        label.node().setLayoutX(Math.rint(p.getX()));
        label.node().setLayoutY(Math.rint(top));
        shown.add(label.node());
    }

    private static List<Integer> byArea(DrawableLayer layer) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < layer.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -layer.feature(i).geometry().getArea()));
        return order;
    }
}
