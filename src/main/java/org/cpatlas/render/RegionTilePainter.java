package org.cpatlas.render;

import java.awt.image.BufferedImage;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws the region layer of the window as transparent tiles: the choropleth fills and the outlines dashed by
 * boundary quality, exactly as on paper. Hover and selection are not in tiles: they change with every mouse move
 * and are drawn live above them.
 */
public final class RegionTilePainter implements TilePainter {

    private static final double PX_PER_PT = 96.0 / 72.0;

    private final MapPainter painter;
    private final MapLayers layers;
    private final RegionStyling styling;

    /** @param styling the choropleth; its hover and selection are ignored */
    public RegionTilePainter(MapTheme theme, MapLayers layers, RegionStyling styling) {
        this.painter = MapPainter.withoutText(theme);
        this.layers = layers;
        this.styling = styling.withSelected(null).withHovered(null);
    }

    @Override
    public boolean draws(int zoom, long x, long y) {
        Envelope bounds = tileBounds(zoom, x, y);
        return layers.regions().intersecting(bounds).stream()
                .anyMatch(i -> touches(layers.regions(), i, zoom, bounds));
    }

    /** The lon/lat a tile shows, widened as the painter widens every view. */
    static Envelope tileBounds(int zoom, long x, long y) {
        return MapPainter.paddedBounds(TileRenderer.tileViewport(zoom, x, y));
    }

    /** Whether feature i's shape (not just its bounding box) reaches into {@code bounds}. */
    static boolean touches(DrawableLayer layer, int i, int zoom, Envelope bounds) {
        // A rectangle against a polygon: JTS answers this with its fast rectangle predicate.
        return layer.geometryAt(i, zoom).intersects(layer.geometryAt(i, zoom).getFactory().toGeometry(bounds));
    }

    @Override
    public BufferedImage render(int zoom, long x, long y) {
        return TilePainter.paintTile(zoom, x, y, (g, tile) -> painter.paintRegions(g, tile, layers, styling, PX_PER_PT));
    }
}
