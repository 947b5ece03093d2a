package org.cpatlas.map;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * The basemap's pictures of the tiles that were in view when a county or province indicator replaced the basemap
 * (see {@link TileService#showBlank}), kept by tile until the basemap shows again: the map view made anew then gets
 * those very pictures, whose textures the software pipeline still holds, instead of a screenful of new ones. Made
 * anew at each switch back to a region indicator, they were promoted with the region tiles' and collected in a full
 * collection of 150-300 ms at about every such switch under the window's heap cap (GC log of {@code bench/}'s
 * indicator switch). Kept only while the map does not move: the first tile of their level that the map lets go of
 * (a zoom, or a pan past the ring of tiles around the view) lets them all go. JavaFX thread only.
 */
final class KeptPictures {

    private final Map<Long, Image> pictures = new HashMap<>();
    private int level = -1;

    /** Keeps the picture of tile ({@code zoom}, {@code x}, {@code y}); pictures of another level are let go. */
    void keep(int zoom, long x, long y, Image picture) {
        if (zoom != level) {
            pictures.clear();
            level = zoom;
        }
        pictures.put(TileRequests.key(zoom, x, y), picture);
    }

    /** The picture kept for this tile, no longer kept; null if none. */
    Image take(int zoom, long x, long y) {
        return pictures.isEmpty() ? null : pictures.remove(TileRequests.key(zoom, x, y));
    }

    /** The map let go of a tile: if it was of the kept level, the map has moved: every kept picture is let go. */
    void forgotten(int zoom) {
        if (zoom == level) {
            clear();
        }
    }

    void clear() {
        pictures.clear();
        level = -1;
    }

    /** Pictures kept (for tests). */
    int size() {
        return pictures.size();
    }
}
