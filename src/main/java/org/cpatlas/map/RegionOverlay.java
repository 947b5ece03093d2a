package org.cpatlas.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.cpatlas.geo.BoundaryQuality;
import org.cpatlas.geo.Feature;
import java.util.concurrent.ExecutorService;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.MapLayers;
import org.cpatlas.render.ProvinceShadingPainter;
import org.cpatlas.render.RegionTilePainter;
import org.cpatlas.render.LabelLanguage;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.RegionStyling;
import org.cpatlas.render.WebMercator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The thematic layer over the basemap: the 14 regions filled by the choropleth and outlined by boundary quality
 * (solid sourced, long dashes partial, short dashes approximate) and the selected region's provinces shaded by gap,
 * all drawn as tiles ({@link RegionTiles}); above them, drawn live, the hovered and the selected region's outlines
 * and the region and province labels. {@link #layoutLayer()}, which Gluon Maps calls on the pulse after the map
 * moves, places everything.
 */
public final class RegionOverlay extends MapLayer {

    private static final double PX_PER_PT = 96.0 / 72.0;
    private static final int MAX_LEVEL = 11;
    /**
     * Drawn region tiles kept in memory (256 KB each; tiles with no region cost nothing): a 1920x1080 map shows about
     * 40, of which only those over regions are drawn, so this covers the screen and the level above or below.
     */
    private static final int MEMORY_TILES = 48;

    private final MapLayers layers;
    private final DrawableLayer regions;
    private final DrawableLayer provinces;
    private final String fontFamily;
    private final RegionTiles tiles;
    private final RegionTiles shading;
    private final DeferredAction shadeAfterNextFrame = new DeferredAction();
    private final Group shapes = new Group();
    private final Group labels = new Group();
    private final Translate translate = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    /** Region outlines of the current level as SVG path data, made when first hovered or selected. */
    private final Map<Integer, String> levelPaths = new HashMap<>();
    private final LiveOutline hoverOutline = new LiveOutline();
    private final LiveOutline selectionOutline = new LiveOutline();
    private java.util.Map<String, java.math.BigDecimal> provinceGaps = java.util.Map.of();
    private int builtLevel = -1;
    private double lastScale = Double.NaN;
    private MapTheme theme;
    private RegionStyling styling;
    private LabelLanguage language = LabelLanguage.BOTH;
    private final Map<String, LabelNodes> labelCache = new HashMap<>();
    private final Map<Node, LabelNodes> labelOf = new java.util.IdentityHashMap<>();
    private List<Integer> regionLabelOrder;
    private List<Integer> provinceLabelOrder;

    /** @param tileThreads the threads that draw the region tiles (never the JavaFX thread) */
    public RegionOverlay(MapLayers layers, MapTheme theme, RegionStyling styling, String fontFamily,
            ExecutorService tileThreads) {
        this.layers = layers;
        this.regions = layers.regions();
        this.provinces = layers.provinces();
        this.theme = theme;
        this.styling = styling;
        this.fontFamily = fontFamily;
        this.tiles = new RegionTiles(translate, tileThreads, MEMORY_TILES);
        this.shading = new RegionTiles(translate, tileThreads, MEMORY_TILES / 2);
        shapes.getTransforms().addAll(translate, scale);
        shapes.getChildren().addAll(hoverOutline.path, selectionOutline.path);
        // Events go to the MapView, which hit-tests with the spatial index: picking on complex paths is slow.
        setMouseTransparent(true);
        getChildren().addAll(shading, tiles, shapes, labels);
        paintTiles();
    }

    public void setStyling(RegionStyling newStyling) {
        RegionStyling old = this.styling;
        this.styling = newStyling;
        if (!old.values().equals(newStyling.values()) || !old.scale().equals(newStyling.scale())) {
            paintTiles();
        }
        restyle();
    }

    /**
     * Shades the provinces of the selected region by their gap to it (darker = larger gap), under the regions;
     * an empty map removes the shading.
     */
    public void setProvinceGaps(java.util.Map<String, java.math.BigDecimal> gaps) {
        java.util.Map<String, java.math.BigDecimal> copy = java.util.Map.copyOf(gaps);
        if (!copy.equals(provinceGaps)) {
            this.provinceGaps = copy;
            // The click's own frame (outline, side panels) first; the shading's tiles are drawn after it, so their
            // drawing threads do not compete with that frame for the processor.
            shadeAfterNextFrame.run(this::paintShading);
        }
    }

    private void paintShading() {
        shading.paintWith(provinceGaps.isEmpty() ? null : new ProvinceShadingPainter(theme, layers, provinceGaps));
        markDirty();
    }

    /** Number of provinces shaded now (for tests). */
    public int shadedProvinceCount() {
        int n = 0;
        for (int i = 0; i < provinces.size(); i++) {
            if (provinceGaps.containsKey(provinces.feature(i).text("code"))) {
                n++;
            }
        }
        return n;
    }

    public RegionStyling styling() {
        return styling;
    }

    public void setTheme(MapTheme newTheme) {
        this.theme = newTheme;
        clearLabels();
        paintTiles();
        paintShading();
        restyle();
        markDirty();
    }

    public void setLanguage(LabelLanguage newLanguage) {
        this.language = newLanguage;
        clearLabels();
        markDirty();
    }

    /** Number of regions in the layer. */
    public int regionCount() {
        return regions.size();
    }

    /** True once every region tile in view is drawn in the current look (for start-up checks and tests). */
    public boolean regionsDrawn() {
        return tiles.complete();
    }

    /** True when no tile of this layer (regions, shading) is waiting to be drawn (for benchmarks and tests). */
    public boolean tilesSettled() {
        return tiles.complete() && (provinceGaps.isEmpty() ? shading.tileCount() == 0 : shading.complete())
                && !shadeAfterNextFrame.pending();
    }

    /** Region tiles on screen (for tests). */
    public int regionTileCount() {
        return tiles.tileCount();
    }

    /** The code of the region outlined as selected on the map, or null. */
    public String outlinedSelection() {
        return selectionOutline.code;
    }

    /** Labels currently placed (for tests). */
    public List<String> visibleLabels() {
        return labels.getChildren().stream().map(n -> labelOf.get(n)).filter(java.util.Objects::nonNull)
                .flatMap(label -> label.lines().stream()).toList();
    }

    @Override
    protected void layoutLayer() {
        double zoom = baseMap.zoom().get();
        int level = Math.max(0, Math.min(MAX_LEVEL, (int) Math.floor(zoom)));
        if (level != builtLevel) {
            levelPaths.clear();
            hoverOutline.code = null;
            selectionOutline.code = null;
            builtLevel = level;
            lastScale = Double.NaN;
        }
        double s = Math.pow(2, zoom - builtLevel);
        // Screen position of world origin: from any point's screen position minus its world position.
        Point2D p = getMapPoint(0, 0);
        if (p == null) {
            return;
        }
        double world = WebMercator.worldSize(zoom) / 2;
        translate.setX(p.getX() - world);
        translate.setY(p.getY() - world);
        scale.setX(s);
        scale.setY(s);
        double w = getParent() == null ? 0 : getParent().getLayoutBounds().getWidth();
        double h = getParent() == null ? 0 : getParent().getLayoutBounds().getHeight();
        tiles.layout(zoom, translate.getX(), translate.getY(), w, h);
        shading.layout(zoom, translate.getX(), translate.getY(), w, h);
        lastScale = s;
        restyle();
        placeLabels(zoom);
    }

    private void paintTiles() {
        tiles.paintWith(new RegionTilePainter(theme, layers, styling));
    }

    /**
     * Outlines the hovered and the selected region above the tiles. Only what differs is set: every property change
     * marks the path dirty and repaints the map under it.
     */
    private void restyle() {
        if (builtLevel < 0) {
            return;
        }
        double s = Double.isNaN(lastScale) ? 1 : lastScale;
        String selected = styling.selected();
        String hovered = java.util.Objects.equals(styling.hovered(), selected) ? null : styling.hovered();
        hoverOutline.show(hovered, FxColors.of(theme.hover()), 1.4 * PX_PER_PT / s, PX_PER_PT / s, true);
        selectionOutline.show(selected, FxColors.of(theme.selection()), theme.selectionOutlinePt() * PX_PER_PT / s,
                1.8 * PX_PER_PT / s, false);
    }

    private String levelPath(int index) {
        return levelPaths.computeIfAbsent(index,
                i -> FxPaths.worldPath(regions.geometryAt(i, builtLevel), builtLevel).getContent());
    }

    /** One live outline (hover or selection): a path that takes the shape of the region it outlines. */
    private final class LiveOutline {
        final SVGPath path = new SVGPath();
        String code;

        LiveOutline() {
            path.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
            path.setStrokeLineJoin(StrokeLineJoin.ROUND);
            path.setStrokeLineCap(StrokeLineCap.BUTT);
            path.setVisible(false);
        }

        void show(String regionCode, Color stroke, double width, double dashUnit, boolean filled) {
            int index = regionCode == null ? -1 : regions.indexOf("code", regionCode);
            if (index < 0) {
                if (code != null) {
                    path.setVisible(false);
                    path.setContent("");
                    code = null;
                }
                return;
            }
            if (!regionCode.equals(code)) {
                path.setContent(levelPath(index));
                code = regionCode;
                path.setVisible(true);
            }
            var value = styling.valueOf(regionCode);
            // Hovering lifts the region's own colour to full strength over its tile; a selection is an outline.
            Paint fill = filled && value != null ? FxColors.of(styling.scale().colourOf(value)) : null;
            setIfChanged(path.fillProperty(), fill);
            setIfChanged(path.strokeProperty(), stroke);
            if (path.getStrokeWidth() != width) {
                path.setStrokeWidth(width);
            }
            // The dash tells boundary quality, so it stays when the region is hovered or selected.
            List<Double> dashes = switch (BoundaryQuality.parse(regions.feature(index).text("quality"))) {
                case PARTIAL -> List.of(7 * dashUnit, 2.5 * dashUnit);
                case APPROXIMATE -> List.of(2.5 * dashUnit, 2 * dashUnit);
                default -> List.of();
            };
            if (!path.getStrokeDashArray().equals(dashes)) {
                path.getStrokeDashArray().setAll(dashes);
            }
        }
    }

    private static void setIfChanged(javafx.beans.property.ObjectProperty<Paint> property, Paint paint) {
        if (!java.util.Objects.equals(property.get(), paint)) {
            property.set(paint);
        }
    }

    private void placeLabels(double zoom) {
        double w = getParent() == null ? 0 : getParent().getLayoutBounds().getWidth();
        double h = getParent() == null ? 0 : getParent().getLayoutBounds().getHeight();
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
        if (!labels.getChildren().equals(shown)) {
            labels.getChildren().setAll(shown);
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

    private void clearLabels() {
        labelCache.clear();
        labelOf.clear();
        labels.getChildren().clear();
    }

    private record LabelNodes(Node node, List<String> lines, double width, double height) {
    }

    private void place(DrawableLayer layer, int i, boolean region, double w, double h, List<Bounds> taken,
            List<Node> shown) {
        Coordinate anchor = layer.labelAnchor(i);
        Point2D p = getMapPoint(anchor.y, anchor.x);
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

    /** The screen position of a lon/lat, for tests and for anchoring popups. */
    public Point2D screenPoint(double lon, double lat) {
        return getMapPoint(lat, lon);
    }

    /** Envelope of a region by code, or null. */
    public Envelope envelopeOf(String code) {
        int i = regions.indexOf("code", code);
        return i < 0 ? null : regions.feature(i).geometry().getEnvelopeInternal();
    }
}
