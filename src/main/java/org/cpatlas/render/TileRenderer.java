package org.cpatlas.render;

import java.awt.image.BufferedImage;

/**
 * Draws one slippy-map basemap tile (land, provinces, county outlines from a zoom on) with the shared painter.
 * Labels and the thematic regions are not in tiles: they are drawn above, crisp at every zoom.
 */
public final class TileRenderer implements TilePainter {

    public static final int TILE_PX = 256;
    /** County outlines start at this zoom; below it they merge into grey noise. */
    public static final int DEFAULT_COUNTY_MIN_ZOOM = 6;

    private final MapPainter painter;
    private final MapLayers layers;
    private final int countyMinZoom;

    public TileRenderer(MapPainter painter, MapLayers layers, int countyMinZoom) {
        this.painter = painter;
        this.layers = layers;
        this.countyMinZoom = countyMinZoom;
    }

    /** The viewport of tile (zoom, x, y) in the slippy-map scheme. */
    public static MapViewport tileViewport(int zoom, long x, long y) {
        double cx = (x + 0.5) * TILE_PX;
        double cy = (y + 0.5) * TILE_PX;
        return new MapViewport(WebMercator.xToLon(cx, zoom), WebMercator.yToLat(cy, zoom), zoom, TILE_PX, TILE_PX);
    }

    @Override
    public BufferedImage render(int zoom, long x, long y) {
        return TilePainter.paintTile(zoom, x, y,
                (g, tile) -> painter.paintBasemap(g, tile, layers, zoom >= countyMinZoom, 96.0 / 72.0));
    }

    /** A key that changes whenever the look of tiles changes, for naming the disk cache. */
    public String styleKey() {
        return painter.theme().name() + "-c" + countyMinZoom;
    }
}
