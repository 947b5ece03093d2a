package org.cpatlas.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.cpatlas.geo.BoundaryQuality;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.LabelLanguage;
import org.cpatlas.render.MapLayers;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.ProvinceShadingPainter;
import org.cpatlas.render.RegionStyling;
import org.cpatlas.render.RegionTilePainter;
import org.cpatlas.render.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * The thematic layer over the basemap: the 14 regions filled by the choropleth and outlined by boundary quality
 * (solid sourced, long dashes partial, short dashes approximate) and the selected region's provinces shaded by gap,
 * all drawn as tiles ({@link RegionTiles}); above them, drawn live, the hovered and the selected region's outlines
 * and the region and province labels. {@link #layoutLayer()}, which Gluon Maps calls on the pulse after the map
 * moves, places everything.
 */
public final class RegionOverlay extends ZoomFollowingLayer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RegionOverlay.class);
    private static final double PX_PER_PT = 96.0 / 72.0;
    private static final int MAX_LEVEL = 11;
    /**
     * Drawn region tiles kept in memory, as runs of pixels (5-20 KB a tile; tiles with no region cost nothing): a
     * 1920x1080 map shows about 40, so this keeps a few hundred, the levels a user zooms through and back.
     */
    private static final long MEMORY_BYTES = 4L << 20;
    /**
     * Pictures held beyond the tiles in view, per tile layer: the margin and the previous level while a new one is
     * drawn (16 tiles with their textures). The region layer rarely reaches it (most of its tiles are empty); a county
     * choropleth fills every tile, and its previous level on top of the current one's ran the window out of its
     * 152 MB heap zooming out (a screenful at 1920x1006 is 45 tiles, 23 MB with their textures).
     */
    private static final long EXTRA_PICTURE_BYTES = 8L << 20;
    /**
     * County or province choropleth tiles kept in a form another indicator recolours ({@link UnitTiles}, 20-80 KB a
     * tile of counties from zoom 6, up to 250 KB at zoom 4): about four screenfuls of a 1920x1080 map, the levels a
     * user zooms through and back, so that switching indicators, and zooming or panning back after a switch,
     * recolours tiles instead of drawing them.
     */
    private static final long UNIT_TILE_BYTES = 10L << 20;

    private MapLayers layers;
    private DrawableLayer regions;
    private final DrawableLayer provinces;
    private final RegionTiles tiles;
    /** Where region tiles are kept between starts ({@link #keepRegionTilesIn}), and what names their maps and build. */
    private java.nio.file.Path tileRoot;
    private String tileBuild;
    /** The regions' attributes in words, found once: the layer does not change while this overlay lives. */
    private String regionAttributes;
    private final RegionTiles shading;
    /**
     * Under a county or province indicator, the whole map: basemap, the units filled and the regions' outlines
     * (the basemap's own tiles are empty meanwhile, see {@code TileService.showBlank}); empty for a region indicator.
     */
    private final RegionTiles thematic;
    /** What the thematic tiles of the last county or province indicator were drawn as, for the next to recolour. */
    private org.cpatlas.render.UnitTiles unitTiles;
    private final DeferredAction shadeAfterNextFrame = new DeferredAction();
    /** Asks for the thematic tiles of a zoom step once its frame is painted (see {@code RegionTiles}). */
    private final DeferredAction thematicAfterFrame = new DeferredAction();
    private final Group shapes = new Group();
    private final RegionLabels labels;
    private final Translate translate = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    /** Region outlines of the current level as SVG path data, made when first hovered or selected. */
    private final Map<Integer, String> levelPaths = new HashMap<>();
    private final LiveOutline hoverOutline = new LiveOutline();
    private final LiveOutline selectionOutline = new LiveOutline();
    /** The county shown in the side panel (clicked on the map or in a region's list of counties), or none. */
    private final SVGPath countyOutline = new SVGPath();
    private org.locationtech.jts.geom.Geometry highlightedCounty;
    private java.util.Map<String, java.math.BigDecimal> provinceGaps = java.util.Map.of();
    /** The level whose world pixels the live outlines are drawn in (they are scaled to the view's zoom). */
    private int builtLevel = -1;
    /** The level whose outlines are being made off the JavaFX thread, or -1. */
    private int pendingLevel = -1;
    private final ExecutorService tileThreads;
    private double lastScale = Double.NaN;
    private MapTheme theme;
    private RegionStyling styling;
    private java.util.function.Supplier<List<java.awt.geom.Rectangle2D>> labelObstacles = List::of;

    /** @param tileThreads the threads that draw the region tiles (never the JavaFX thread) */
    public RegionOverlay(MapLayers layers, MapTheme theme, RegionStyling styling,
            java.util.function.Supplier<org.cpatlas.render.AtlasFonts> labelFonts, ExecutorService tileThreads) {
        this.layers = layers;
        this.regions = layers.regions();
        this.provinces = layers.provinces();
        this.theme = theme;
        this.styling = styling;
        this.tileThreads = tileThreads;
        this.labels = new RegionLabels(regions, provinces, theme, labelFonts, tileThreads, this::markDirty);
        // Its pictures kept, hidden, through a county or province indicator while the map does not move: the switch
        // back shows them as they are (RegionTiles#paintWith), where new pictures and textures for a screenful of
        // tiles, with the basemap's, were promoted and collected in a full collection at about every such switch.
        this.tiles = RegionTiles.keepingPictures(translate, tileThreads, MEMORY_BYTES, EXTRA_PICTURE_BYTES);
        this.shading = new RegionTiles(translate, tileThreads, MEMORY_BYTES / 2, EXTRA_PICTURE_BYTES);
        // The region tiles' 4 MB of runs hold about two levels' screenfuls of a county choropleth (20-30 KB a tile);
        // zooming back further recolours its tiles from the unit tiles on the drawing threads. 8 MB, expanding them
        // in the frame instead, gave zoom frames no better (p95 90-221 against 53-76 ms, two A/B pairs, load 4).
        // Its pictures kept, hidden, through a region indicator: a switch back recolours them in place. Its tiles for a
        // zoom step are drawn once the step's frame is painted (RegionTiles#awaitingFrame): drawn at the first notch of
        // a turning wheel, they slowed the notches after it.
        this.thematic = RegionTiles.keepingPictures(translate, tileThreads, MEMORY_BYTES, EXTRA_PICTURE_BYTES,
                thematicAfterFrame::run);
        shapes.getTransforms().addAll(translate, scale);
        shapes.getChildren().addAll(hoverOutline.path, selectionOutline.path, countyOutline);
        countyOutline.setFill(null);
        countyOutline.setStrokeLineJoin(StrokeLineJoin.ROUND);
        countyOutline.setVisible(false);
        // Events go to the MapView, which hit-tests with the spatial index: picking on complex paths is slow.
        setMouseTransparent(true);
        getChildren().addAll(thematic, shading, tiles, shapes, labels);
        visibleProperty().addListener((o, was, now) -> {
            if (now) {
                markDirty();
            }
        });
        paintTiles();
        paintThematic();
    }

    public void setStyling(RegionStyling newStyling) {
        RegionStyling old = this.styling;
        this.styling = newStyling;
        if (!old.values().equals(newStyling.values()) || !old.scale().equals(newStyling.scale())
                || old.indicator() != newStyling.indicator()) {
            paintTiles();
        }
        if (old.indicator() != newStyling.indicator()) {
            paintThematic();
        }
        restyle();
    }

    /** The county or province indicator's tiles, or none; the gap shading gives way to it. */
    private void paintThematic() {
        thematic.paintWith(styling.regionsOutlinedOnly()
                ? new org.cpatlas.render.ThematicTilePainter(theme, layers, styling.indicator(), unitTiles()) : null);
        shading.setVisible(styling.indicator() == null); // Table 1's gap shading, under Table 1's map only
        markDirty();
    }

    /**
     * The kept unit tiles of the indicator shown now: those of the indicator before if it was of the same level
     * (and the theme and layers are the same), otherwise new ones, the old ones let go.
     */
    private org.cpatlas.render.UnitTiles unitTiles() {
        org.cpatlas.domain.Level level = styling.indicator().level();
        if (unitTiles == null || !unitTiles.serves(theme, layers, level)) {
            unitTiles = new org.cpatlas.render.UnitTiles(theme, layers, level, UNIT_TILE_BYTES);
        }
        return unitTiles;
    }

    /** Unit tiles drawn so far (for tests: an indicator switch recolours the tiles drawn before). */
    public int unitTilesDrawn() {
        return unitTiles == null ? 0 : unitTiles.drawnCount();
    }

    /** True when a county or province indicator is drawn under the regions (for tests). */
    public boolean showsUnitIndicator() {
        return styling.regionsOutlinedOnly();
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
        labels.setTheme(newTheme);
        paintTiles();
        paintThematic();
        paintShading();
        restyle();
        markDirty();
    }

    /**
     * Draws the regions of another county list (the list in force changed): tiles, labels and outlines are made
     * anew from {@code newLayers}; the provinces and countries are the same.
     */
    public void setLayers(MapLayers newLayers) {
        this.layers = newLayers;
        this.regions = newLayers.regions();
        labels.setRegions(regions);
        levelPaths.clear();
        hoverOutline.code = null;
        selectionOutline.code = null;
        lastScale = Double.NaN;
        paintTiles();
        paintThematic();
        paintShading();
        restyle();
        markDirty();
    }

    /** Outlines one county (the one the side panel shows); null removes the outline. */
    public void setHighlightedCounty(org.locationtech.jts.geom.Geometry county) {
        this.highlightedCounty = county == null || county.isEmpty() ? null : county;
        countyOutline.setContent(highlightedCounty == null || builtLevel < 0 ? ""
                : FxPaths.worldPathData(highlightedCounty, builtLevel));
        countyOutline.setVisible(highlightedCounty != null);
        lastScale = Double.NaN;
        markDirty();
    }

    /** True while a county is outlined (for tests). */
    public boolean countyHighlighted() {
        return countyOutline.isVisible() && !countyOutline.getContent().isEmpty();
    }

    /** What lies over the map has changed: the labels are placed again, clear of it, at the next layout. */
    public void obstaclesChanged() {
        markDirty();
    }

    public void setLanguage(LabelLanguage newLanguage) {
        labels.setLanguage(newLanguage);
        markDirty();
    }

    /** Starts drawing the region tiles of a view about to be shown (see {@link RegionTiles#prefetch}). */
    public void prefetch(org.cpatlas.render.MapViewport view) {
        tiles.prefetch(view);
    }

    /** Number of regions in the layer. */
    public int regionCount() {
        return regions.size();
    }

    /**
     * True once every region tile in view and the labels are drawn in the current look (for start-up checks and
     * tests).
     */
    public boolean regionsDrawn() {
        return (styling.regionsOutlinedOnly() ? thematic.complete() : tiles.complete()) && labels.ready();
    }

    /** True when no tile of this layer (regions, shading) is waiting to be drawn (for benchmarks and tests). */
    public boolean tilesSettled() {
        return (styling.regionsOutlinedOnly() || tiles.complete())
                && (provinceGaps.isEmpty() ? shading.tileCount() == 0 : shading.complete())
                && !shadeAfterNextFrame.pending() && (!styling.regionsOutlinedOnly() || thematic.complete());
    }

    /** Region tiles drawn in the current look so far (for tests: tiles seen before are not drawn again). */
    public int regionTilesDrawn() {
        return tiles.drawnTileCount();
    }

    /** Region tiles on screen (for tests). */
    public int regionTileCount() {
        return tiles.tileCount();
    }

    /** The code of the region outlined as selected on the map, or null. */
    public String outlinedSelection() {
        return selectionOutline.code;
    }

    /** The zoom level the live outlines are drawn at now (for tests: it follows the view once they are made). */
    public int outlineLevel() {
        return builtLevel;
    }

    /** Labels rasterised so far (for tests: only labels that were placed are). */
    public int labelPictures() {
        return labels.pictures();
    }

    /** Labels currently placed (for tests). */
    public List<String> visibleLabels() {
        return labels.visible();
    }

    @Override
    protected void layoutLayer() {
        double zoom = baseMap.zoom().get();
        int level = levelOf(zoom);
        if (builtLevel < 0) {
            builtLevel = level;
        } else if (level != builtLevel && level != pendingLevel) {
            prepareOutlines(level);
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
        thematic.layout(zoom, translate.getX(), translate.getY(), w, h);
        // Outline widths and dashes are in world pixels of the level: they change with the scale (and with a new
        // level, which resets lastScale), not with a pan.
        if (s != lastScale) {
            lastScale = s;
            restyle();
        }
        // Hidden while a turning wheel shows the map as one picture (ZoomPreview): no labels are placed for levels
        // passed through; they are when the layer shows again.
        if (w > 0 && h > 0 && isVisible()) {
            labels.place(view(zoom, w, h), labelObstacles.get());
        }
    }

    /** The view as a viewport: its centre is the world pixel under the middle of the layer. */
    private MapViewport view(double zoom, double w, double h) {
        double cx = w / 2 - translate.getX();
        double cy = h / 2 - translate.getY();
        return new MapViewport(WebMercator.xToLon(cx, zoom), WebMercator.yToLat(cy, zoom), zoom, w, h);
    }

    /**
     * Boxes of this layer's pixels (the map view's) that labels keep clear of: the legend, scale bar, buttons and
     * inset laid over the map. Asked for at each layout.
     */
    public void setLabelObstacles(java.util.function.Supplier<List<java.awt.geom.Rectangle2D>> obstacles) {
        this.labelObstacles = java.util.Objects.requireNonNull(obstacles);
        markDirty();
    }

    /** Places the labels again at the next layout (something laid over the map came or went). */
    public void markLabelsDirty() {
        markDirty();
    }

    /** The labels placed now, in this layer's pixels (for tests). */
    public List<org.cpatlas.render.PlacedLabel> placedLabels() {
        return labels.placed();
    }

    private static int levelOf(double zoom) {
        return Math.max(0, Math.min(MAX_LEVEL, (int) Math.floor(zoom)));
    }

    /**
     * Makes the outlined regions' paths for a new level on the tile threads; until they are ready the outlines of
     * the level before are shown scaled. Simplifying a large region for a level took most of a zoom step's frame
     * when it was done here, on the JavaFX thread. A result for a level the view has left is dropped.
     */
    private void prepareOutlines(int level) {
        pendingLevel = level;
        List<Integer> outlined = java.util.stream.Stream.of(hoverOutline.code, selectionOutline.code)
                .filter(java.util.Objects::nonNull).map(code -> regions.indexOf("code", code))
                .filter(i -> i >= 0).distinct().toList();
        if (outlined.isEmpty()) {
            adoptLevel(level, Map.of());
            return;
        }
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            Map<Integer, String> made = new HashMap<>();
            outlined.forEach(i -> made.put(i, pathData(i, level)));
            return made;
        }, tileThreads).whenComplete((made, failure) -> javafx.application.Platform.runLater(() -> {
            if (pendingLevel != level) {
                return;
            }
            pendingLevel = -1;
            if (failure != null) {
                LOG.warn("could not outline the selection at zoom level {}: {}", level, failure.toString());
            }
            if (levelOf(baseMap.zoom().get()) != level) {
                markDirty(); // the view moved on meanwhile: the next layout asks for its own level
                return;
            }
            adoptLevel(level, made == null ? Map.of() : made);
            markDirty();
        }));
    }

    /** Draws the live outlines in the world pixels of {@code level} from now on, starting from the paths given. */
    private void adoptLevel(int level, Map<Integer, String> paths) {
        pendingLevel = -1;
        levelPaths.clear();
        levelPaths.putAll(paths);
        builtLevel = level;
        hoverOutline.code = null;
        selectionOutline.code = null;
        lastScale = Double.NaN;
        if (highlightedCounty != null) {
            countyOutline.setContent(FxPaths.worldPathData(highlightedCounty, level));
        }
    }

    /** The region tiles; under a county or province indicator the thematic tiles draw the regions' outlines. */
    private void paintTiles() {
        // Named by what the painter draws (it ignores hover and selection), so that a switch back from a county
        // indicator shows the region tiles drawn before.
        tiles.paintWith(styling.regionsOutlinedOnly() ? null : new RegionTilePainter(theme, layers, styling),
                regionLook(), regionTileDisk());
    }

    /**
     * Keeps the region tiles of each look in {@code root}, for the next start's first view. {@code mapsAndBuild}
     * names the maps and the build of the atlas that draws them; null (no build known, as when run from classes
     * being edited) keeps nothing, as a tile drawn by other code could be shown.
     */
    public void keepRegionTilesIn(java.nio.file.Path root, String mapsAndBuild) {
        this.tileRoot = mapsAndBuild == null ? null : root;
        this.tileBuild = mapsAndBuild == null ? null : mapsAndBuild + " regions " + outlinesChecksum();
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < regions.size(); i++) {
            attributes.append(new java.util.TreeMap<>(regions.feature(i).attributes())).append(';');
        }
        this.regionAttributes = attributes.toString();
        paintTiles();
    }

    /**
     * Keeps the labels' pictures on {@code disk} ({@link PictureDisk}): a later start with the same build, maps,
     * theme, language and density shows them without drawing them or loading the fonts.
     */
    public void keepLabelPicturesOn(PictureDisk disk) {
        labels.keepPicturesOn(disk);
    }

    /** A checksum of every vertex of the regions: a boundary moved by an edited map names another look. */
    private String outlinesChecksum() {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        java.nio.ByteBuffer vertex = java.nio.ByteBuffer.allocate(16);
        for (int i = 0; i < regions.size(); i++) {
            regions.feature(i).geometry().apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
                vertex.clear();
                vertex.putDouble(c.x).putDouble(c.y).flip();
                crc.update(vertex);
            });
        }
        return Long.toHexString(crc.getValue());
    }

    /**
     * The disk the region tiles of the current look are kept on: named by everything their pixels depend on (the
     * maps and build, the regions' attributes, the theme, the values, classes and colours), in words, so that equal
     * looks share tiles across starts.
     */
    private RegionTileDisk regionTileDisk() {
        if (tileRoot == null || styling.regionsOutlinedOnly()) {
            return RegionTileDisk.NONE;
        }
        org.cpatlas.render.ChoroplethScale scale = styling.scale();
        StringBuilder key = new StringBuilder(tileBuild).append('\n').append(theme).append('\n')
                .append(regionAttributes).append('\n');
        new java.util.TreeMap<>(styling.values()).forEach((code, value) ->
                key.append(code).append('=').append(value.toPlainString()).append(';'));
        key.append('\n').append(scale.bounds()).append('\n').append(scale.colours()).append('\n')
                .append(scale.colourOf(null)).append('\n').append(org.cpatlas.render.TileRenderer.TILE_PX);
        return RegionTileDisk.of(tileRoot, key.toString());
    }

    /**
     * What the region tiles show: the theme, the layers and the choropleth's values, classes and colours (the scale
     * itself has no equality of its own; the painter ignores hover and selection).
     */
    private List<Object> regionLook() {
        org.cpatlas.render.ChoroplethScale scale = styling.scale();
        return java.util.Arrays.asList(theme, layers, styling.values(), scale.bounds(), scale.colours(),
                scale.colourOf(null));
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
        if (highlightedCounty != null) {
            if (countyOutline.getContent().isEmpty()) {
                countyOutline.setContent(FxPaths.worldPathData(highlightedCounty, builtLevel));
            }
            setIfChanged(countyOutline.strokeProperty(), FxColors.of(theme.hover()));
            countyOutline.setStrokeWidth(2.2 * PX_PER_PT / s);
        }
    }

    private String levelPath(int index) {
        return levelPaths.computeIfAbsent(index, i -> pathData(i, builtLevel));
    }

    /** Region {@code index}'s outline as SVG path data in the world pixels of {@code level}. */
    private String pathData(int index, int level) {
        return FxPaths.worldPathData(regions.geometryAt(index, level), level);
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

    /** The screen position of a lon/lat, for tests and for anchoring popups. */
    public Point2D screenPoint(double lon, double lat) {
        return getMapPoint(lat, lon);
    }

    /** Envelope of a region by code, or null. */
    public Envelope envelopeOf(String code) {
        int i = regions.indexOf("code", code);
        // A region with no county in the list in force has no extent: nothing to zoom to.
        return i < 0 || regions.feature(i).geometry().isEmpty() ? null
                : regions.feature(i).geometry().getEnvelopeInternal();
    }
}
