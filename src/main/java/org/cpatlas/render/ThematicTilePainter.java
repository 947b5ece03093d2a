package org.cpatlas.render;

import java.awt.image.BufferedImage;

/**
 * Draws the map under a county or province indicator as opaque tiles: the basemap (sea, land, province and, from zoom
 * {@link TileRenderer#DEFAULT_COUNTY_MIN_ZOOM}, county outlines), the units filled over it and the regions' outlines
 * (dashed by boundary quality) over them: the window's copy of what {@link MapPainter#paintIndicatorUnits} and the
 * outline-only regions put on paper. One layer of pictures for the whole map: the choropleth fills every tile over
 * land, and drawn over the basemap's own tiles it doubled the pictures on screen (256 KB each plus as much for its
 * texture), which ran the window out of its 152 MB heap while zooming; the basemap shows no tiles meanwhile.
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

    /** Every tile: the basemap is drawn here too, over the sea as over land. */
    @Override
    public boolean draws(int zoom, long x, long y) {
        return true;
    }

    @Override
    public BufferedImage render(int zoom, long x, long y) {
        return TilePainter.paintTile(zoom, x, y, (g, tile) -> {
            painter.paintBasemap(g, tile, layers, zoom >= TileRenderer.DEFAULT_COUNTY_MIN_ZOOM, PX_PER_PT);
            painter.paintIndicatorUnits(g, tile, layers, indicator, PX_PER_PT);
            painter.paintRegions(g, tile, layers, styling, PX_PER_PT); // outlines only: the units are filled
        });
    }
}
