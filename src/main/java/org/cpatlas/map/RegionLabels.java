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

    private static final int HALO_DIRECTIONS = 8;
    private static final double HALO_RADIUS = 1.5;

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

    /** How many labels have a picture now (each is rasterised when first placed, not when made). */
    int pictures() {
        return labelOf.size();
    }

    /** The lines of the labels placed now. */
    List<String> visible() {
        return getChildren().stream().map(n -> labelOf.get(n)).filter(java.util.Objects::nonNull)
                .flatMap(label -> label.lines().stream()).toList();
    }

    /** Places the labels for a view of {@code w} x {@code h} pixels: regions first, then provinces from zoom 3.5. */
    void place(double zoom, double w, double h) {
        List<Bounds> taken = new ArrayList<>();
        List<LabelNodes> shown = new ArrayList<>();
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
        rasterise(shown.stream().filter(label -> label.picture == null).toList());
        List<Node> nodes = new ArrayList<>(shown.size());
        for (LabelNodes label : shown) {
            label.picture.setLayoutX(label.layoutX);
            label.picture.setLayoutY(label.layoutY);
            nodes.add(label.picture);
        }
        // Only the set of labels changes the scene graph; moving the same labels just sets their positions.
        if (!getChildren().equals(nodes)) {
            getChildren().setAll(nodes);
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
        List<List<Text>> halos = new ArrayList<>();
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
            t.setFill(colour);
            texts[k] = t;
            halos.add(halo(t));
        }
        // Lines placed relative to the label's top centre; the label is then moved as a whole.
        Group group = new Group();
        double y = 0;
        for (int k = 0; k < n; k++) {
            double x = -widths[k] / 2;
            double baseline = y - minYs[k];
            texts[k].setX(x);
            texts[k].setY(baseline);
            for (Text copy : halos.get(k)) {
                copy.setX(x + copy.getTranslateX());
                copy.setY(baseline + copy.getTranslateY());
                copy.setTranslateX(0);
                copy.setTranslateY(0);
            }
            group.getChildren().addAll(halos.get(k));
            group.getChildren().add(texts[k]);
            y += heights[k];
        }
        LabelNodes made = new LabelNodes(group, List.copyOf(lines), width, height);
        labelCache.put(key, made);
        return made;
    }

    /**
     * The halo around a line: copies of the text in the halo colour, a pixel and a half away in eight directions
     * (their offsets held in the translation until the line is placed). Not a stroke of the glyph outlines: stroking
     * the outlines of Chinese glyphs with round joins took 130 ms for the 19 labels of the first view in the software
     * pipeline, whereas copies of a glyph are drawn from the glyph cache; at this radius they look the same.
     */
    private List<Text> halo(Text line) {
        List<Text> copies = new ArrayList<>(HALO_DIRECTIONS);
        for (int d = 0; d < HALO_DIRECTIONS; d++) {
            double angle = 2 * Math.PI * d / HALO_DIRECTIONS;
            Text copy = new Text(line.getText());
            copy.setFont(line.getFont());
            copy.setFill(FxColors.of(theme.labelHalo()));
            copy.setTranslateX(HALO_RADIUS * Math.cos(angle));
            copy.setTranslateY(HALO_RADIUS * Math.sin(angle));
            copies.add(copy);
        }
        return copies;
    }

    /**
     * The labels as pictures on whole pixels, all from one snapshot: haloed text is rasterised from glyph outlines;
     * drawn as text, every label is redone on every frame of a pan (a node cache did not stop it: 10-30 ms a frame in
     * the software pipeline), whereas an aligned picture is a plain copy. The labels are stacked in one sheet and
     * snapshot together, because each snapshot is a render pass of its own (most of the window's first layout, one
     * per label). Drawn at the screen's pixel density, so they stay sharp.
     */
    private void rasterise(List<LabelNodes> labels) {
        if (labels.isEmpty()) {
            return;
        }
        double density = getScene() != null && getScene().getWindow() != null
                ? Math.max(1, Math.ceil(getScene().getWindow().getOutputScaleX())) : 1;
        Group sheet = new Group();
        int[] rowTop = new int[labels.size()];
        Bounds[] boxes = new Bounds[labels.size()];
        int sheetHeight = 0;
        int sheetWidth = 1;
        for (int k = 0; k < labels.size(); k++) {
            Group vector = labels.get(k).vector;
            Bounds b = vector.getBoundsInLocal();
            double x0 = Math.floor(b.getMinX());
            double y0 = Math.floor(b.getMinY());
            boxes[k] = new javafx.geometry.BoundingBox(x0, y0, Math.ceil(b.getMaxX()) - x0, Math.ceil(b.getMaxY()) - y0);
            rowTop[k] = sheetHeight;
            Group row = new Group(vector);
            row.setLayoutX(-x0);
            row.setLayoutY(sheetHeight - y0);
            sheet.getChildren().add(row);
            sheetHeight += (int) boxes[k].getHeight() + 1; // a blank pixel row between labels
            sheetWidth = Math.max(sheetWidth, (int) boxes[k].getWidth());
        }
        javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(new Scale(density, density));
        params.setViewport(new javafx.geometry.Rectangle2D(0, 0, sheetWidth * density, sheetHeight * density));
        javafx.scene.image.WritableImage image = sheet.snapshot(params, null);
        sheet.getChildren().forEach(row -> ((Group) row).getChildren().clear());
        for (int k = 0; k < labels.size(); k++) {
            Bounds box = boxes[k];
            javafx.scene.image.ImageView picture = new javafx.scene.image.ImageView(image);
            picture.setViewport(new javafx.geometry.Rectangle2D(0, rowTop[k] * density, box.getWidth() * density,
                    box.getHeight() * density));
            picture.setX(box.getMinX());
            picture.setY(box.getMinY());
            picture.setFitWidth(box.getWidth());
            picture.setFitHeight(box.getHeight());
            labels.get(k).show(new Group(picture));
        }
    }

    private void clear() {
        labelCache.clear();
        labelOf.clear();
        getChildren().clear();
    }

    /**
     * One label: its lines and size, measured when made, and its picture, rasterised when first placed. Most
     * province labels overlap a larger one at a given zoom and are never placed: rasterising them anyway (outlines
     * of every glyph for the halo, then a snapshot) was most of the first layout of the window.
     */
    private final class LabelNodes {
        private final Group vector;
        private final List<String> lines;
        private final double width;
        private final double height;
        private Node picture;
        private double layoutX;
        private double layoutY;

        LabelNodes(Group vector, List<String> lines, double width, double height) {
            this.vector = vector;
            this.lines = lines;
            this.width = width;
            this.height = height;
        }

        List<String> lines() {
            return lines;
        }

        double width() {
            return width;
        }

        double height() {
            return height;
        }

        void show(Node rasterised) {
            picture = rasterised;
            labelOf.put(picture, this);
        }
    }

    private void place(DrawableLayer layer, int i, boolean region, double w, double h, List<Bounds> taken,
            List<LabelNodes> shown) {
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
        label.layoutX = Math.rint(p.getX());
        label.layoutY = Math.rint(top);
        shown.add(label);
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
