package org.cpatlas.map;

import com.gluonhq.impl.maps.BaseMap;
import java.lang.ref.SoftReference;
import java.lang.reflect.Field;
import java.util.Iterator;
import java.util.Map;
import javafx.scene.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets go of the basemap tiles Gluon Maps keeps after they leave the screen. BaseMap remembers every tile it ever
 * made, at every zoom, through soft references, which the JVM only clears when the heap is nearly full: after a tour
 * of the regions that is hundreds of 256 KB images (plus their textures), most of the window's memory. The atlas
 * already keeps recent tiles in {@link TileService}'s LRU and on disk, so a tile that comes back into view is
 * found there at once. Dropping an off-screen entry is what a cleared soft reference would do, which BaseMap handles.
 * Gluon Maps has no API for this; if its internals change, this logs once and does nothing.
 */
final class TileRetention {

    private static final Logger LOG = LoggerFactory.getLogger(TileRetention.class);
    private static final Field TILES = tilesField();

    private TileRetention() {
    }

    /** Removes the tiles that are not in the scene graph (BaseMap detaches tiles that left the view). */
    static void prune(BaseMap baseMap) {
        if (TILES == null || baseMap == null) {
            return;
        }
        try {
            Map<?, ?>[] levels = (Map<?, ?>[]) TILES.get(baseMap);
            for (Map<?, ?> level : levels) {
                if (level == null || level.isEmpty()) {
                    continue;
                }
                for (Iterator<?> it = level.values().iterator(); it.hasNext(); ) {
                    Object ref = it.next();
                    Object tile = ref instanceof SoftReference<?> soft ? soft.get() : null;
                    if (tile == null || (tile instanceof Node node && node.getParent() == null)) {
                        it.remove();
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("cannot trim Gluon Maps' tile cache", e);
        }
    }

    private static Field tilesField() {
        try {
            Field f = BaseMap.class.getDeclaredField("tiles");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Gluon Maps' tile cache cannot be trimmed ({}); off-screen tiles stay in memory", e.toString());
            return null;
        }
    }
}
