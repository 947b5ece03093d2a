package org.cpatlas.render;

import java.awt.image.BufferedImage;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws a county or province indicator as transparent tiles, with the regions' outlines (dashed by boundary quality)
 * over it: the window's copy of what {@link MapPainter#paintIndicatorUnits} and the outline-only regions put on
 * paper. One layer of tiles instead of the region tiles over the unit tiles: the window's heap holds the tiles on
 * screen of the basemap and of one thematic layer, and a second one did not fit its cap while zooming.
 */
public final class ThematicTilePainter implements TilePainter {

    private static final double PX_PER_PT = 96.0 / 72.0;

    private final MapPainter painter;
    private final MapLayers layers;
    private final IndicatorMap indicator;

    private final RegionStyling styling;

    public ThematicTilePainter(MapTheme theme, MapLayers layers, IndicatorMap indicator) {
        this.painter = MapPainter.withoutText(theme);
        this.layers = layers;
        this.indicator = indicator;
        this.styling = RegionStyling.forIndicator(indicator);
    }

    @Override
    public boolean draws(int zoom, long x, long y) {
        DrawableLayer units = indicator.level() == org.cpatlas.domain.Level.COUNTY ? layers.counties()
                : layers.provinces();
        if (units == null) {
            return false;
        }
        Envelope bounds = RegionTilePainter.tileBounds(zoom, x, y);
        return units.intersecting(bounds).stream().anyMatch(i -> RegionTilePainter.touches(units, i, zoom, bounds));
    }

    @Override
    public BufferedImage render(int zoom, long x, long y) {
        return TilePainter.paintTile(zoom, x, y, (g, tile) -> {
            painter.paintIndicatorUnits(g, tile, layers, indicator, PX_PER_PT);
            painter.paintRegions(g, tile, layers, styling, PX_PER_PT); // outlines only: the units are filled
        });
    }
}
