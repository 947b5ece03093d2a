package org.cpatlas.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.geo.BoundaryQuality;
import org.cpatlas.geo.Feature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws the atlas map with Java2D: the one renderer behind basemap tiles, printing and PNG/PDF/SVG export,
 * so all of them agree. Sizes are given in points and scaled by pixels-per-point of the output.
 */
public final class MapPainter {

    private final MapTheme theme;
    private final AtlasFonts fonts;

    public MapPainter(MapTheme theme, AtlasFonts fonts) {
        this.theme = theme;
        this.fonts = fonts;
    }

    /** A painter for layers without text (tiles of regions and shading): it needs no fonts. */
    public static MapPainter withoutText(MapTheme theme) {
        return new MapPainter(theme, null);
    }

    public MapTheme theme() {
        return theme;
    }

    /** Everything in order: basemap, regions, labels. */
    public void paintMap(Graphics2D g, MapViewport vp, MapLayers layers, RegionStyling styling, MapOptions options,
            double pxPerPt) {
        paintMap(g, vp, layers, styling, options, pxPerPt, List.of());
    }

    /**
     * As {@link #paintMap(Graphics2D, MapViewport, MapLayers, RegionStyling, MapOptions, double)}, with boxes (in
     * the viewport's pixels) that labels keep clear of: an inset, a legend or a scale bar drawn over the map.
     */
    public void paintMap(Graphics2D g, MapViewport vp, MapLayers layers, RegionStyling styling, MapOptions options,
            double pxPerPt, List<Rectangle2D> labelObstacles) {
        paintMap(g, vp, layers, styling, options, pxPerPt, labelObstacles, LabelSizes.PAGE);
    }

    /** As above, with labels in these type sizes (smaller on a narrow journal figure). */
    public void paintMap(Graphics2D g, MapViewport vp, MapLayers layers, RegionStyling styling, MapOptions options,
            double pxPerPt, List<Rectangle2D> labelObstacles, LabelSizes labelSizes) {
        prepare(g);
        paintBasemap(g, vp, layers, options.countyOutlines(), pxPerPt);
        if (styling.regionsOutlinedOnly()) {
            paintIndicatorUnits(g, vp, layers, styling.indicator(), pxPerPt);
        }
        paintRegions(g, vp, layers, styling, pxPerPt);
        labels(labelSizes).paint(g, vp, layers, options, pxPerPt, labelObstacles);
    }

    /** The painter of this map's labels (same theme and fonts). */
    public MapLabelPainter labels() {
        return labels(LabelSizes.PAGE);
    }

    /** The painter of this map's labels in these type sizes. */
    public MapLabelPainter labels(LabelSizes sizes) {
        return new MapLabelPainter(theme, fonts, sizes);
    }

    /** Anti-aliased, pure strokes: the same settings for tiles and pages. */
    public static void prepare(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** Sea, neighbouring land, China's provinces and optionally county outlines. */
    public void paintBasemap(Graphics2D g, MapViewport vp, MapLayers layers, boolean countyOutlines, double pxPerPt) {
        Envelope visible = paddedBounds(vp);
        g.setColor(theme.sea().awt());
        g.fill(new Rectangle2D.Double(0, 0, vp.width(), vp.height()));
        if (layers.countries() != null) {
            Path2D.Double land = collect(layers.countries(), visible, vp);
            g.setColor(theme.foreignLand().awt());
            g.fill(land);
            g.setColor(theme.countryOutline().awt());
            g.setStroke(stroke(0.5 * pxPerPt));
            g.draw(land);
        }
        Path2D.Double provinces = collect(layers.provinces(), visible, vp);
        g.setColor(theme.chinaLand().awt());
        g.fill(provinces);
        if (countyOutlines && layers.counties() != null) {
            g.setColor(theme.countyOutline().awt());
            g.setStroke(stroke(theme.countyOutlinePt() * pxPerPt));
            // Neighbours share their borders: each common edge stroked once (round caps and joins: same picture).
            g.draw(SharedEdges.strokedOnce(collect(layers.counties(), visible, vp)));
        }
        g.setColor(theme.provinceOutline().awt());
        g.setStroke(stroke(theme.provinceOutlinePt() * pxPerPt));
        g.draw(provinces);
    }

    /**
     * The choropleth fills, then outlines dashed by boundary quality, then hover and selection on top. Like the
     * basemap, fills are cut to the viewport plus a margin and outlines stroked only there (with their dash phase
     * carried over): a region sheet shows corners of its neighbours, not their whole outline.
     */
    public void paintRegions(Graphics2D g, MapViewport vp, MapLayers layers, RegionStyling styling, double pxPerPt) {
        DrawableLayer regions = layers.regions();
        Envelope visible = paddedBounds(vp);
        Rectangle2D clip = cutClip(vp);
        Rectangle2D viewport = new Rectangle2D.Double(0, 0, vp.width(), vp.height());
        List<Integer> shown = regions.intersecting(visible);
        List<RingOutline> outlines = new ArrayList<>();
        for (int i : shown) {
            Feature feature = regions.feature(i);
            Geometry geometry = regions.geometryAt(i, vp.zoom());
            RingOutline outline = RingOutline.of(geometry, vp);
            outlines.add(outline);
            Path2D.Double area = new Path2D.Double(Path2D.WIND_EVEN_ODD, outline.pathCapacity(clip));
            outline.appendArea(area, clip);
            if (!area.intersects(viewport) || styling.regionsOutlinedOnly()) {
                // Nothing of it shows (hatching it would clip to an empty area, which PDF viewers read as no clip),
                // or a county or province indicator fills the map under the regions' outlines.
                continue;
            }
            String code = feature.text("code");
            Rgb fill = styling.scale().colourOf(styling.valueOf(code));
            g.setColor(fill.withAlpha(0.88).awt());
            g.fill(area);
            if (styling.valueOf(code) == null) {
                // Hatched across the whole region's bounds, so the lines fall where they fall uncut.
                hatch(g, area, outline.bounds(), clip, pxPerPt);
            }
        }
        for (int k = 0; k < shown.size(); k++) {
            Feature feature = regions.feature(shown.get(k));
            g.setColor(theme.regionOutline().awt());
            outlines.get(k).draw(g, qualityStroke(BoundaryQuality.parse(feature.text("quality")),
                    theme.regionOutlinePt() * pxPerPt, pxPerPt), clip);
        }
        for (int k = 0; k < shown.size(); k++) {
            String code = regions.feature(shown.get(k)).text("code");
            if (code.equals(styling.hovered()) && !code.equals(styling.selected())) {
                g.setColor(theme.hover().awt());
                outlines.get(k).draw(g, stroke(1.4 * pxPerPt), clip);
            }
        }
        for (int k = 0; k < shown.size(); k++) {
            Feature feature = regions.feature(shown.get(k));
            if (feature.text("code").equals(styling.selected())) {
                g.setColor(theme.selection().awt());
                // The dash tells boundary quality, so the selection keeps it (with longer dashes for the wider line).
                outlines.get(k).draw(g, qualityStroke(BoundaryQuality.parse(feature.text("quality")),
                        theme.selectionOutlinePt() * pxPerPt, 1.8 * pxPerPt), clip);
            }
        }
    }

    /**
     * A county or province indicator: each unit filled with its class's colour, the units with no value hatched
     * (never drawn as a low value), and thin outlines between units; the regions are drawn over it, outlined only.
     * Fills are gathered into one path per class and the hatching clipped to one path of every unit not reported, so
     * a page holds a few large paths rather than thousands of small ones.
     */
    public void paintIndicatorUnits(Graphics2D g, MapViewport vp, MapLayers layers, IndicatorMap indicator,
            double pxPerPt) {
        DrawableLayer units = indicator.level() == org.cpatlas.domain.Level.COUNTY ? layers.counties()
                : layers.provinces();
        if (units == null) {
            return;
        }
        Envelope visible = paddedBounds(vp);
        Rectangle2D clip = cutClip(vp);
        ChoroplethScale scale = indicator.scale();
        int classes = scale.colours().size();
        List<Path2D.Double> byClass = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            byClass.add(new Path2D.Double(Path2D.WIND_NON_ZERO));
        }
        Path2D.Double notReported = new Path2D.Double(Path2D.WIND_NON_ZERO);
        Path2D.Double outlines = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i : units.intersecting(visible)) {
            Geometry geometry = units.geometryAt(i, vp.zoom());
            int c = scale.classOf(indicator.valueOf(units.feature(i).text("code")));
            GeometryPaths.append(c < 0 ? notReported : byClass.get(c), geometry, vp, clip);
            GeometryPaths.append(outlines, geometry, vp, clip);
        }
        for (int c = 0; c < classes; c++) {
            g.setColor(scale.colours().get(c).withAlpha(0.88).awt());
            g.fill(byClass.get(c));
        }
        Rectangle2D viewport = new Rectangle2D.Double(0, 0, vp.width(), vp.height());
        if (notReported.intersects(viewport)) {
            g.setColor(theme.notReported().withAlpha(0.88).awt());
            g.fill(notReported);
            hatch(g, notReported, viewport, null, pxPerPt);
        }
        g.setColor(theme.countyOutline().awt());
        g.setStroke(stroke(0.25 * pxPerPt));
        g.draw(SharedEdges.strokedOnce(outlines));
    }

    /**
     * The provinces of a selected region shaded by their gap to it, light to dark oranges: a sequential ramp apart
     * from the regions' blue-greens, drawn under the regions.
     */
    public void paintProvinceShading(Graphics2D g, MapViewport vp, MapLayers layers,
            java.util.Map<String, java.math.BigDecimal> gaps) {
        if (gaps.isEmpty()) {
            return;
        }
        double max = gaps.values().stream().mapToDouble(java.math.BigDecimal::doubleValue).max().orElse(1);
        DrawableLayer provinces = layers.provinces();
        for (int i : provinces.intersecting(paddedBounds(vp))) {
            java.math.BigDecimal gap = gaps.get(provinces.feature(i).text("code"));
            if (gap != null) {
                double t = max <= 0 ? 1 : Math.max(0, Math.min(1, gap.doubleValue() / max));
                g.setColor(gapShade(t).awt());
                g.fill(GeometryPaths.toPath(provinces.geometryAt(i, vp.zoom()), vp));
            }
        }
    }

    /**
     * The shade for a gap, {@code t} = gap / largest gap of the selection, in [0, 1]; the map's tiles and the
     * window's legend take their colours from here.
     */
    public static Rgb gapShade(double t) {
        java.awt.Color hsb = java.awt.Color.getHSBColor(24f / 360f, (float) (0.25 + 0.55 * t),
                (float) (0.98 - 0.18 * t));
        return new Rgb(hsb.getRed(), hsb.getGreen(), hsb.getBlue(), 0.55);
    }

    /** The stroke that tells boundary quality apart: solid, long dashes (partial), short dashes (approximate). */
    public static BasicStroke qualityStroke(BoundaryQuality quality, double widthPx, double pxPerPt) {
        return switch (quality) {
            case SOURCED -> stroke(widthPx);
            case PARTIAL -> new BasicStroke((float) widthPx, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f,
                    new float[] {(float) (7 * pxPerPt), (float) (2.5 * pxPerPt)}, 0f);
            case APPROXIMATE -> new BasicStroke((float) widthPx, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f,
                    new float[] {(float) (2.5 * pxPerPt), (float) (2 * pxPerPt)}, 0f);
        };
    }

    /** Diagonal hatching for "not reported", so a missing value never looks like a low one. */
    public void hatch(Graphics2D g, Shape area, double pxPerPt) {
        hatch(g, area, area.getBounds2D(), null, pxPerPt);
    }

    /**
     * Hatching laid out on {@code box} (the lines start at its corner, one every 4 pt) and drawn inside {@code area};
     * lines that miss {@code visible} (when given) are left out.
     */
    private void hatch(Graphics2D g, Shape area, Rectangle2D box, Rectangle2D visible, double pxPerPt) {
        Shape oldClip = g.getClip();
        g.clip(area);
        g.setColor(theme.regionOutline().withAlpha(0.45).awt());
        g.setStroke(stroke(0.5 * pxPerPt));
        double step = 4 * pxPerPt;
        Path2D.Double lines = new Path2D.Double();
        for (double d = -box.getHeight(); d < box.getWidth(); d += step) {
            Line2D.Double line = new Line2D.Double(box.getX() + d, box.getMaxY(), box.getX() + d + box.getHeight(),
                    box.getY());
            if (visible == null || line.intersects(visible)) {
                lines.append(line, false);
            }
        }
        g.draw(lines);
        g.setClip(oldClip);
    }

    private static Path2D.Double collect(DrawableLayer layer, Envelope visible, MapViewport vp) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        Rectangle2D clip = cutClip(vp);
        for (int i : layer.intersecting(visible)) {
            GeometryPaths.append(path, layer.geometryAt(i, vp.zoom()), vp, clip);
        }
        return path;
    }

    /**
     * Every caller clips to the viewport (a tile's image, a page's map frame). Rings are cut to the viewport plus a
     * margin wider than any stroke and join: the same picture, without the whole of every province, country and
     * region around it in a PDF or SVG page or in a tile's stroker.
     */
    static Rectangle2D cutClip(MapViewport vp) {
        double margin = 16 + 0.02 * Math.max(vp.width(), vp.height());
        return new Rectangle2D.Double(-margin, -margin, vp.width() + 2 * margin, vp.height() + 2 * margin);
    }

    /** What a viewport shows in lon/lat, widened by 2 % so shapes and strokes just outside still count. */
    static Envelope paddedBounds(MapViewport vp) {
        Envelope bounds = vp.lonLatBounds();
        bounds.expandBy(bounds.getWidth() * 0.02, bounds.getHeight() * 0.02);
        return bounds;
    }

    static BasicStroke stroke(double widthPx) {
        return new BasicStroke((float) widthPx, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
