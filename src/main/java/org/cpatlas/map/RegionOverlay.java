package org.cpatlas.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.CacheHint;
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
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.LabelLanguage;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.RegionStyling;
import org.cpatlas.render.WebMercator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The thematic layer over the basemap: the 14 regions filled by the choropleth, outlined by boundary quality
 * (solid sourced, long dashes partial, short dashes approximate), hover and selection, and the region and
 * province labels. Paths are built once per zoom level in world pixels and placed by a transform in
 * {@link #layoutLayer()}, which Gluon Maps calls on the pulse after the map moves.
 */
public final class RegionOverlay extends MapLayer {

    private static final double PX_PER_PT = 96.0 / 72.0;
    private static final int MAX_LEVEL = 11;

    private final DrawableLayer regions;
    private final DrawableLayer provinces;
    private final String fontFamily;
    private final Group shapes = new Group();
    private final Group provinceShading = new Group();
    private java.util.Map<String, java.math.BigDecimal> provinceGaps = java.util.Map.of();
    /** Province shapes of the current level, made once: a click only recolours and re-adds them. */
    private final java.util.Map<Integer, SVGPath> provincePaths = new java.util.HashMap<>();
    private final Group labels = new Group();
    private final Translate translate = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final List<SVGPath> paths = new ArrayList<>();
    /**
     * The selected region drawn again above all others, while its own path is hidden: the same picture as moving
     * that path to the front, but changing the selection then repaints only the two regions concerned, whereas
     * reordering the group's children repaints the whole overlay.
     */
    private final SVGPath selectionOnTop = new SVGPath();
    private SVGPath shownOnTop;
    private int builtLevel = -1;
    private double lastScale = Double.NaN;
    private MapTheme theme;
    private RegionStyling styling;
    private LabelLanguage language = LabelLanguage.BOTH;
    private Paint notReportedPaint;
    private final Map<String, LabelNodes> labelCache = new HashMap<>();
    private List<Integer> regionLabelOrder;
    private List<Integer> provinceLabelOrder;

    public RegionOverlay(DrawableLayer regions, DrawableLayer provinces, MapTheme theme, RegionStyling styling,
            String fontFamily) {
        this.regions = regions;
        this.provinces = provinces;
        this.theme = theme;
        this.styling = styling;
        this.fontFamily = fontFamily;
        this.notReportedPaint = hatchPattern(theme);
        shapes.getTransforms().addAll(translate, scale);
        provinceShading.getTransforms().addAll(translate, scale);
        // Events go to the MapView, which hit-tests with the spatial index: picking on complex paths is slow.
        setMouseTransparent(true);
        getChildren().addAll(provinceShading, shapes, labels);
    }

    public void setStyling(RegionStyling newStyling) {
        this.styling = newStyling;
        restyle();
    }

    /**
     * Shades the provinces of the selected region by their gap to it (darker = larger gap), under the regions;
     * an empty map removes the shading.
     */
    public void setProvinceGaps(java.util.Map<String, java.math.BigDecimal> gaps) {
        this.provinceGaps = java.util.Map.copyOf(gaps);
        buildShading();
    }

    /** Number of provinces shaded now (for tests). */
    public int shadedProvinceCount() {
        return provinceShading.getChildren().size();
    }

    public RegionStyling styling() {
        return styling;
    }

    public void setTheme(MapTheme newTheme) {
        this.theme = newTheme;
        this.notReportedPaint = hatchPattern(newTheme);
        labelCache.clear();
        restyle();
        markDirty();
    }

    public void setLanguage(LabelLanguage newLanguage) {
        this.language = newLanguage;
        labelCache.clear();
        markDirty();
    }

    /** Number of region shapes drawn. */
    public int regionCount() {
        return paths.size();
    }

    /** Number of path elements on screen: what a frame has to rasterise (for benchmarks). */
    public int pathElementCount() {
        return paths.stream().mapToInt(FxPaths::commandCount).sum();
    }

    /** Labels currently placed (for tests). */
    public List<String> visibleLabels() {
        return labels.getChildren().stream().flatMap(n -> n instanceof Group g ? g.getChildren().stream()
                : java.util.stream.Stream.of(n)).filter(n -> n instanceof Text t && t.getStroke() == null)
                .map(n -> ((Text) n).getText()).toList();
    }

    @Override
    protected void layoutLayer() {
        double zoom = baseMap.zoom().get();
        int level = Math.max(0, Math.min(MAX_LEVEL, (int) Math.floor(zoom)));
        if (level != builtLevel) {
            rebuild(level);
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
        if (s != lastScale) {
            lastScale = s;
            restyle();
        }
        placeLabels(zoom);
    }

    private void rebuild(int level) {
        paths.clear();
        for (int i = 0; i < regions.size(); i++) {
            SVGPath path = FxPaths.worldPath(regions.geometryAt(i, level), level);
            path.setStrokeLineJoin(StrokeLineJoin.ROUND);
            path.setStrokeLineCap(StrokeLineCap.BUTT);
            paths.add(path);
        }
        // The selected region is drawn again on top (selectionOnTop): its outline is never under a neighbour's.
        shapes.getChildren().setAll(paths);
        selectionOnTop.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
        selectionOnTop.setStrokeLineJoin(StrokeLineJoin.ROUND);
        selectionOnTop.setStrokeLineCap(StrokeLineCap.BUTT);
        selectionOnTop.setContent("");
        selectionOnTop.setVisible(false);
        shownOnTop = null;
        shapes.getChildren().add(selectionOnTop);
        builtLevel = level;
        lastScale = Double.NaN;
        provincePaths.clear();
        buildShading();
    }

    private void buildShading() {
        provinceShading.getChildren().clear();
        if (provinceGaps.isEmpty() || builtLevel < 0) {
            return;
        }
        double max = provinceGaps.values().stream().mapToDouble(java.math.BigDecimal::doubleValue).max().orElse(1);
        for (int i = 0; i < provinces.size(); i++) {
            java.math.BigDecimal gap = provinceGaps.get(provinces.feature(i).text("code"));
            if (gap == null) {
                continue;
            }
            int index = i;
            SVGPath path = provincePaths.computeIfAbsent(i,
                    k -> FxPaths.worldPath(provinces.geometryAt(index, builtLevel), builtLevel));
            // Oranges, light to dark with the gap: a sequential ramp apart from the regions' blue-greens.
            double t = max <= 0 ? 1 : Math.max(0, Math.min(1, gap.doubleValue() / max));
            path.setFill(Color.hsb(24, 0.25 + 0.55 * t, 0.98 - 0.18 * t, 0.55));
            path.setStroke(null);
            provinceShading.getChildren().add(path);
        }
    }

    /**
     * Applies fills, outlines and dashes for the styling and scale. Only what differs is set: every property change
     * marks a path dirty, and a dirty region path makes the whole map under it repaint, so a click or a hover must
     * touch only the regions whose look changes, not all fourteen.
     */
    private void restyle() {
        if (paths.isEmpty()) {
            return;
        }
        double s = Double.isNaN(lastScale) ? 1 : lastScale;
        SVGPath selectedPath = null;
        for (int i = 0; i < paths.size(); i++) {
            Feature feature = regions.feature(i);
            String code = feature.text("code");
            SVGPath path = paths.get(i);
            var value = styling.valueOf(code);
            boolean hovered = code.equals(styling.hovered());
            boolean selected = code.equals(styling.selected());
            Color fill = FxColors.of(styling.scale().colourOf(value).withAlpha(hovered ? 0.97 : 0.86));
            setIfChanged(path.fillProperty(), value == null ? notReportedPaint : fill);
            if (selected) {
                setIfChanged(path.strokeProperty(), FxColors.of(theme.selection()));
                setIfChanged(path, theme.selectionOutlinePt() * PX_PER_PT / s);
                selectedPath = path;
            } else if (hovered) {
                setIfChanged(path.strokeProperty(), FxColors.of(theme.hover()));
                setIfChanged(path, 1.4 * PX_PER_PT / s);
            } else {
                setIfChanged(path.strokeProperty(), FxColors.of(theme.regionOutline()));
                setIfChanged(path, theme.regionOutlinePt() * PX_PER_PT / s);
            }
            // The dash tells boundary quality, so it stays when the region is hovered or selected.
            double dashScale = PX_PER_PT / s * (selected ? 1.8 : 1);
            List<Double> dashes = switch (BoundaryQuality.parse(feature.text("quality"))) {
                case PARTIAL -> List.of(7 * dashScale, 2.5 * dashScale);
                case APPROXIMATE -> List.of(2.5 * dashScale, 2 * dashScale);
                default -> List.of();
            };
            if (!path.getStrokeDashArray().equals(dashes)) {
                path.getStrokeDashArray().setAll(dashes);
            }
        }
        showOnTop(selectedPath);
    }

    private void showOnTop(SVGPath selected) {
        if (selected != shownOnTop) {
            if (shownOnTop != null) {
                shownOnTop.setVisible(true);
            }
            if (selected == null) {
                selectionOnTop.setVisible(false);
                selectionOnTop.setContent("");
            } else {
                selectionOnTop.setContent(selected.getContent());
                selected.setVisible(false);
                selectionOnTop.setVisible(true);
            }
            shownOnTop = selected;
        }
        if (selected != null) {
            setIfChanged(selectionOnTop.fillProperty(), selected.getFill());
            setIfChanged(selectionOnTop.strokeProperty(), selected.getStroke());
            setIfChanged(selectionOnTop, selected.getStrokeWidth());
            if (!selectionOnTop.getStrokeDashArray().equals(selected.getStrokeDashArray())) {
                selectionOnTop.getStrokeDashArray().setAll(selected.getStrokeDashArray());
            }
        }
    }

    private static void setIfChanged(javafx.beans.property.ObjectProperty<Paint> property, Paint paint) {
        if (!java.util.Objects.equals(property.get(), paint)) {
            property.set(paint);
        }
    }

    private static void setIfChanged(SVGPath path, double strokeWidth) {
        if (path.getStrokeWidth() != strokeWidth) {
            path.setStrokeWidth(strokeWidth);
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
        // Lines placed relative to the label's top centre; the group is then moved as a whole. Cached as a bitmap:
        // haloed text is rasterised from glyph outlines, which would otherwise be redone on every frame of a pan.
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
        group.setCache(true);
        group.setCacheHint(CacheHint.SPEED);
        LabelNodes made = new LabelNodes(group, n, width, height);
        labelCache.put(key, made);
        return made;
    }

    private record LabelNodes(Group group, int lines, double width, double height) {
    }

    private void place(DrawableLayer layer, int i, boolean region, double w, double h, List<Bounds> taken,
            List<Node> shown) {
        Coordinate anchor = layer.labelAnchor(i);
        Point2D p = getMapPoint(anchor.y, anchor.x);
        if (p == null || p.getX() < 0 || p.getY() < 0 || p.getX() > w || p.getY() > h) {
            return;
        }
        LabelNodes label = labelNodes(layer, i, region);
        if (label.lines() == 0) {
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
        label.group().setLayoutX(p.getX());
        label.group().setLayoutY(top);
        shown.add(label.group());
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

    private static Paint hatchPattern(MapTheme theme) {
        int size = 8;
        WritableImage image = new WritableImage(size, size);
        Color base = FxColors.of(theme.notReported());
        Color line = FxColors.of(theme.regionOutline().withAlpha(0.5));
        for (int x = 0; x < size; x++) {
            for (int y = 0; y < size; y++) {
                image.getPixelWriter().setColor(x, y, (x + y) % size == 0 ? line : base);
            }
        }
        return new ImagePattern(image, 0, 0, size, size, false);
    }
}
