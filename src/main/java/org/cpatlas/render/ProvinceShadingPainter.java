package org.cpatlas.render;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.Map;

/** Draws, as transparent tiles, the provinces of the selected region shaded by their gap to it. */
public final class ProvinceShadingPainter implements TilePainter {

    private final MapPainter painter;
    private final MapLayers layers;
    private final Map<String, BigDecimal> gaps;

    public ProvinceShadingPainter(MapTheme theme, MapLayers layers, Map<String, BigDecimal> gaps) {
        this.painter = MapPainter.withoutText(theme);
        this.layers = layers;
        this.gaps = Map.copyOf(gaps);
    }

    @Override
    public boolean draws(int zoom, long x, long y) {
        DrawableLayer provinces = layers.provinces();
        org.locationtech.jts.geom.Envelope bounds = RegionTilePainter.tileBounds(zoom, x, y);
        for (int i : provinces.intersecting(bounds)) {
            if (gaps.containsKey(provinces.feature(i).text("code"))
                    && RegionTilePainter.touches(provinces, i, zoom, bounds)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public BufferedImage render(int zoom, long x, long y) {
        return TilePainter.paintTile(zoom, x, y, (g, tile) -> painter.paintProvinceShading(g, tile, layers, gaps));
    }
}
