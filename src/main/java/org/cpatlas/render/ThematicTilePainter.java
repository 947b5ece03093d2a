package org.cpatlas.render;

import java.awt.image.BufferedImage;

/**
 * Draws the map under a county or province indicator as opaque tiles: the basemap (sea, land, province and, from zoom
 * {@link TileRenderer#DEFAULT_COUNTY_MIN_ZOOM}, county outlines), the units filled over it and the regions' outlines
 * (dashed by boundary quality) over them: the window's copy of what {@link MapPainter#paintIndicatorUnits} and the
 * outline-only regions put on paper. One layer of pictures for the whole map: the choropleth fills every tile over
 * land, and drawn over the basemap's own tiles it doubled the pictures on screen (256 KB each plus as much for its
 * texture), which ran the window out of its 152 MB heap while zooming; the basemap shows no tiles meanwhile.
 *
 * <p>Given the window's {@link UnitTiles}, a tile drawn for an indicator before is only recoloured for this one.
 */
public final class ThematicTilePainter implements TilePainter {

    private static final double PX_PER_PT = 96.0 / 72.0;

    private final MapPainter painter;
    private final MapLayers layers;
    private final IndicatorMap indicator;
    private final RegionStyling styling;
    private final UnitTiles store;
    /** Each unit's colour by its index in the layer (-1: not reported), made by the first tile that needs them. */
    private volatile int[] colours;

    public ThematicTilePainter(MapTheme theme, MapLayers layers, IndicatorMap indicator) {
        this(theme, layers, indicator, null);
    }

    /** @param store the tiles drawn for other indicators of this level, theme and layers (null: draw each tile) */
    public ThematicTilePainter(MapTheme theme, MapLayers layers, IndicatorMap indicator, UnitTiles store) {
        this.painter = MapPainter.withoutText(theme);
        this.layers = layers;
        this.indicator = indicator;
        this.styling = RegionStyling.forIndicator(indicator);
        this.store = store != null && store.serves(theme, layers, indicator.level()) && store.units() != null
                && store.units().size() < UnitTile.NONE ? store : null;
    }

    /** Every tile: the basemap is drawn here too, over the sea as over land. */
    @Override
    public boolean draws(int zoom, long x, long y) {
        return true;
    }

    @Override
    public BufferedImage render(int zoom, long x, long y) {
        if (store != null) {
            return store.paint(zoom, x, y, styling, colours());
        }
        return TilePainter.paintTile(zoom, x, y, (g, tile) -> {
            painter.paintBasemap(g, tile, layers, zoom >= TileRenderer.DEFAULT_COUNTY_MIN_ZOOM, PX_PER_PT);
            painter.paintIndicatorUnits(g, tile, layers, indicator, PX_PER_PT);
            painter.paintRegions(g, tile, layers, styling, PX_PER_PT); // outlines only: the units are filled
        });
    }

    /** Recoloured into {@code into} when the tile can be; otherwise as {@link #render} draws it. */
    @Override
    public int[] renderPixels(int zoom, long x, long y, java.util.function.Supplier<int[]> into) {
        if (store != null) {
            return store.paintInto(zoom, x, y, styling, colours(), into.get());
        }
        return TilePainter.super.renderPixels(zoom, x, y, into);
    }

    /** Recoloured as runs when the tile can be (see {@link UnitTiles}); otherwise false. */
    @Override
    public boolean renderRuns(int zoom, long x, long y, PixelRuns into) {
        into.clear();
        if (store == null) {
            return false;
        }
        store.paintRuns(zoom, x, y, styling, colours(), into);
        return true;
    }

    private int[] colours() {
        int[] made = colours;
        if (made == null) {
            DrawableLayer units = store.units();
            ChoroplethScale scale = indicator.scale();
            made = new int[units.size()];
            for (int i = 0; i < made.length; i++) {
                int c = scale.classOf(indicator.valueOf(units.feature(i).text("code")));
                made[i] = c < 0 ? -1 : scale.colours().get(c).awt().getRGB() & 0xffffff;
            }
            colours = made;
        }
        return made;
    }
}
