package org.cpatlas.render;

import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cpatlas.domain.Level;

/**
 * The window's county (or province) choropleth tiles of one theme and one set of layers, kept drawn in a form any
 * indicator's colours fill in ({@link UnitTile}): switching indicators recolours the tiles seen before instead of
 * drawing them again. The most recently used tiles are kept up to a byte budget. Thread-safe: the tile threads draw
 * and recolour at once.
 */
public final class UnitTiles {

    private static final double PX_PER_PT = 96.0 / 72.0;

    private final MapPainter painter;
    private final MapTheme theme;
    private final MapLayers layers;
    private final Level level;
    private final long budgetBytes;
    private final int[] notReported;
    private final LinkedHashMap<Long, UnitTile> tiles = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private int drawn;

    /** @param budgetBytes how many bytes of tiles to keep (20-80 KB a tile of counties from zoom 6) */
    public UnitTiles(MapTheme theme, MapLayers layers, Level level, long budgetBytes) {
        this.painter = MapPainter.withoutText(theme);
        this.theme = theme;
        this.layers = layers;
        this.level = level;
        this.budgetBytes = budgetBytes;
        this.notReported = UnitTile.notReportedPattern(painter, PX_PER_PT);
    }

    /** True when these tiles are those of an indicator of {@code level} drawn in this theme on these layers. */
    public boolean serves(MapTheme otherTheme, MapLayers otherLayers, Level otherLevel) {
        return theme.equals(otherTheme) && layers == otherLayers && level == otherLevel;
    }

    /** The layer whose units these tiles fill (counties or provinces), or null if the layers have none. */
    DrawableLayer units() {
        return level == Level.COUNTY ? layers.counties() : layers.provinces();
    }

    /**
     * Tile (zoom, x, y) with each unit in {@code colours[unit]} (an RGB, or -1 for not reported, hatched); drawn
     * once, recoloured afterwards.
     */
    BufferedImage paint(int zoom, long x, long y, RegionStyling outlinesOnly, int[] colours) {
        return unitTile(zoom, x, y, outlinesOnly).paint(colours, notReported);
    }

    /** As {@link #paint}, written into {@code into} ({@link TileRenderer#TILE_PX} squared), which is returned. */
    int[] paintInto(int zoom, long x, long y, RegionStyling outlinesOnly, int[] colours, int[] into) {
        return unitTile(zoom, x, y, outlinesOnly).paint(colours, notReported, into);
    }

    /** As {@link #paint}, written as runs of equal pixels into {@code into} (emptied first). */
    void paintRuns(int zoom, long x, long y, RegionStyling outlinesOnly, int[] colours, PixelRuns into) {
        unitTile(zoom, x, y, outlinesOnly).paintRuns(colours, notReported, into);
    }

    private UnitTile unitTile(int zoom, long x, long y, RegionStyling outlinesOnly) {
        long key = ((long) zoom << 58) | (x << 29) | y;
        UnitTile tile;
        synchronized (this) {
            tile = tiles.get(key);
        }
        if (tile == null) {
            tile = UnitTile.draw(painter, layers, units(), outlinesOnly, zoom, x, y, PX_PER_PT);
            keep(key, tile);
        }
        return tile;
    }

    /** Tiles drawn so far (for tests: a recoloured tile is not drawn again). */
    public synchronized int drawnCount() {
        return drawn;
    }

    /** Bytes of tiles kept now (for tests). */
    public synchronized long bytes() {
        return bytes;
    }

    private synchronized void keep(long key, UnitTile tile) {
        drawn++;
        UnitTile old = tiles.put(key, tile);
        bytes += tile.bytes() - (old == null ? 0 : old.bytes());
        // Least recently used first; the tile just added stays even if it alone exceeds the budget.
        Iterator<Map.Entry<Long, UnitTile>> it = tiles.entrySet().iterator();
        while (bytes > budgetBytes && it.hasNext()) {
            Map.Entry<Long, UnitTile> eldest = it.next();
            if (eldest.getKey() == key) {
                break;
            }
            bytes -= eldest.getValue().bytes();
            it.remove();
        }
    }
}
