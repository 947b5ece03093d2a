package org.cpatlas.map;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.impl.maps.TileImageView;
import java.lang.ref.SoftReference;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets go of the basemap tiles Gluon Maps keeps after they leave the screen. BaseMap remembers every tile it ever
 * made, at every zoom, through soft references, which the JVM only clears when the heap is nearly full: after a tour
 * of the regions that is hundreds of decoded images (plus their textures), most of the window's memory. The atlas
 * keeps recent tiles as runs of pixels in {@link TileService} and as PNG on disk, so a tile that comes back into view
 * is found there at once. Dropping an entry is what a cleared soft reference would do, which BaseMap handles.
 *
 * <p>Tiles of the current level just outside the view are kept: BaseMap creates a ring of them beyond the edges on
 * every move and drops them again once loaded, so without them every frame of a pan would decode a dozen tiles anew.
 * Gluon Maps has no API for this; if its internals change, this logs once and does nothing.
 */
final class TileRetention {

    private static final Logger LOG = LoggerFactory.getLogger(TileRetention.class);
    private static final String MAP_TILE = "com.gluonhq.impl.maps.MapTile";
    private static final Field TILES = internal(() -> BaseMap.class.getDeclaredField("tiles"),
            "its tile cache cannot be trimmed: off-screen tiles stay in memory");
    private static final Field COVERED = internal(() -> Class.forName(MAP_TILE).getDeclaredField("coveredTiles"),
            "covering tiles cannot be released: lower levels may stay drawn");
    private static final Method PLACE = internal(() -> Class.forName(MAP_TILE).getDeclaredMethod("calculatePosition"),
            "tiles cannot be placed again: released covering tiles hide at the next move");
    /** How far beyond the view tiles of the current level are kept: BaseMap's ring is one to two tiles wide. */
    private static final double MARGIN_PX = 2 * 256;
    /** Gluon Maps makes the tiles of the view and of this many more on each side (BaseMap.loadTiles). */
    private static final int GLUON_RING_TILES = 3;

    private TileRetention() {
    }

    /** Removes the tiles that are neither in the scene graph nor in the ring around the view at the current level. */
    static void prune(BaseMap baseMap) {
        if (TILES == null || baseMap == null || baseMap.getParent() == null) {
            return;
        }
        try {
            Map<?, ?>[] levels = (Map<?, ?>[]) TILES.get(baseMap);
            int current = currentLevel(baseMap);
            Bounds near = viewInMap(baseMap, MARGIN_PX);
            Bounds shown = viewInMap(baseMap, 0);
            boolean blank = TileSources.blank();
            for (int level = 0; level < levels.length; level++) {
                Map<?, ?> tiles = levels[level];
                if (tiles == null || tiles.isEmpty()) {
                    continue;
                }
                // Under a blank basemap (a county or province indicator) a tile is a node without a picture, a few
                // hundred bytes; but one made anew registers three listeners on the map's zoom and position, which
                // JavaFX copies its whole array of listeners to drop again, once the tile is collected, during a
                // zoom: zooming through levels made and dropped a screenful of them at every notch, most of the
                // JavaFX thread's garbage (about 430 MB of listener arrays in the benchmark's two zoom phases, a
                // flight recording). So every tile Gluon Maps made around the view, at any level, is kept.
                Bounds ring = blank && level != current
                        ? viewInMap(baseMap, (GLUON_RING_TILES + 1) * 256 * Math.pow(2, current - level)) : near;
                for (Iterator<? extends Map.Entry<?, ?>> it = tiles.entrySet().iterator(); it.hasNext(); ) {
                    Map.Entry<?, ?> entry = it.next();
                    Object tile = entry.getValue() instanceof SoftReference<?> soft ? soft.get() : null;
                    releaseLoadedCovered(tile);
                    // Of the current level, a tile stays in the scene or near the view. Of another, in the scene
                    // while it has its picture or is on screen: one still waiting for its picture (a wheel turning,
                    // see TileService) and off screen is given up. Gluon Maps keeps a loading tile in the scene even
                    // out of view, so a wheel turned on piled up the tiles of every level it went through and, once
                    // it stopped, had all their pictures made at once. One on screen stays: it links the cover that
                    // keeps the last level drawn on screen while the wheel turns, and gets its picture when it
                    // stops. Out of BaseMap's cache a tile is never shown again.
                    boolean keep = tile instanceof Node node && (level == current || blank
                            ? node.getParent() != null || node.getBoundsInParent().intersects(ring)
                            : node.getParent() != null
                                    && (loaded(tile) || node.getBoundsInParent().intersects(shown)));
                    if (!keep) {
                        it.remove();
                        forget(level, entry.getKey());
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("cannot trim Gluon Maps' tile cache", e);
        }
    }

    /** Forgets every tile Gluon Maps holds, at every level (tiles taken off its scene, never to be shown again). */
    static void forgetAll(BaseMap baseMap) {
        if (TILES == null || baseMap == null) {
            return;
        }
        try {
            Map<?, ?>[] levels = (Map<?, ?>[]) TILES.get(baseMap);
            for (int level = 0; level < levels.length; level++) {
                if (levels[level] != null) {
                    for (Object key : levels[level].keySet()) {
                        forget(level, key);
                    }
                    levels[level].clear();
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("cannot clear Gluon Maps' tile cache", e);
        }
    }

    /**
     * The tiles of the current level that cover the view, if every one of them has its picture; empty while any is
     * still waiting for it, or if Gluon Maps' internals are not as expected.
     */
    static Optional<DrawnLevel> drawnLevel(BaseMap baseMap) {
        if (TILES == null || baseMap == null || baseMap.getParent() == null) {
            return Optional.empty();
        }
        try {
            int level = currentLevel(baseMap);
            Map<?, ?> tiles = ((Map<?, ?>[]) TILES.get(baseMap))[level];
            Bounds shown = viewInMap(baseMap, 0);
            long side = 1L << level;
            List<DrawnLevel.Tile> drawn = new ArrayList<>();
            for (Map.Entry<?, ?> entry : tiles.entrySet()) {
                Object tile = entry.getValue() instanceof SoftReference<?> soft ? soft.get() : null;
                if (!(tile instanceof Parent mapTile) || mapTile.getParent() == null
                        || !mapTile.getBoundsInParent().intersects(shown)) {
                    continue;
                }
                if (!loaded(tile) || !(entry.getKey() instanceof Long index)) {
                    return Optional.empty();
                }
                Image picture = ((TileImageView) mapTile.getChildrenUnmodifiable().get(0)).getImage();
                if (picture == null) {
                    return Optional.empty();
                }
                drawn.add(new DrawnLevel.Tile(index / side, index % side, picture));
            }
            return drawn.isEmpty() ? Optional.empty() : Optional.of(new DrawnLevel(level, drawn));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("cannot read Gluon Maps' tile cache", e);
            return Optional.empty();
        }
    }

    /**
     * Takes every tile's picture away, the tiles kept: the basemap hidden under a county or province indicator
     * ({@link MapNavigator#hideBasemap}) once the map has moved. Without a picture a tile is what a blank basemap's
     * is ({@link TileService#showBlank}), so the map view needs no new tiles.
     */
    static void dropPictures(BaseMap baseMap) {
        if (TILES == null || baseMap == null) {
            return;
        }
        try {
            for (Map<?, ?> tiles : (Map<?, ?>[]) TILES.get(baseMap)) {
                if (tiles == null) {
                    continue;
                }
                for (Object value : tiles.values()) {
                    Object tile = value instanceof SoftReference<?> soft ? soft.get() : null;
                    if (tile instanceof Parent mapTile && !mapTile.getChildrenUnmodifiable().isEmpty()
                            && mapTile.getChildrenUnmodifiable().get(0) instanceof TileImageView view) {
                        view.setImage(null);
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("cannot read Gluon Maps' tile cache", e);
        }
    }

    /** The tiles Gluon Maps holds for a level, shown or not (for tests); empty if its internals are not as expected. */
    static List<Object> heldTiles(BaseMap baseMap, int level) {
        List<Object> held = new ArrayList<>();
        try {
            Map<?, ?> tiles = ((Map<?, ?>[]) TILES.get(baseMap))[level];
            for (Object value : tiles.values()) {
                if (value instanceof SoftReference<?> soft && soft.get() != null) {
                    held.add(soft.get());
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("cannot read Gluon Maps' tile cache", e);
        }
        return held;
    }

    /** The level whose tiles Gluon Maps shows at the current zoom (its own rule, see BaseMap.loadTiles). */
    static int currentLevel(BaseMap baseMap) {
        return (int) Math.min(Math.floor(baseMap.zoom().get() + BaseMap.TIPPING), BaseMap.MAX_ZOOM - 1);
    }

    /** The view, widened by a margin, in the base map's own coordinates, where tiles are placed. */
    private static Bounds viewInMap(BaseMap baseMap, double margin) {
        Bounds view = baseMap.getParent().getLayoutBounds();
        // The base map moves by translation.
        return new BoundingBox(-baseMap.getTranslateX() - margin, -baseMap.getTranslateY() - margin,
                view.getWidth() + 2 * margin, view.getHeight() + 2 * margin);
    }

    /**
     * Ends the cover a tile gives to tiles of the next level that are loaded. A tile stays visible, under the next
     * level, while it covers for a child still loading, and MapTile stops covering when the child's progress changes
     * to done; but a child shown from memory is done before it is put under cover, its progress never changes, and
     * the parent covered for it for good: up to three levels of tiles, magnified, were painted under the current one
     * at every frame, and kept in memory with every child they had ever covered.
     */
    private static void releaseLoadedCovered(Object tile) throws ReflectiveOperationException {
        if (COVERED == null || !(tile instanceof Node)) {
            return;
        }
        List<?> covered = (List<?>) COVERED.get(tile);
        if (!covered.isEmpty() && covered.removeIf(TileRetention::loaded) && covered.isEmpty() && PLACE != null) {
            PLACE.invoke(tile); // MapTile's own rule: not covering and not of the current level, it hides itself
        }
    }

    private static boolean loaded(Object tile) {
        return tile instanceof Parent mapTile && !mapTile.getChildrenUnmodifiable().isEmpty()
                && mapTile.getChildrenUnmodifiable().get(0) instanceof TileImageView view && view.getProgress() >= 1;
    }

    /** BaseMap keys a level's tiles by {@code i * 2^level + j}. */
    private static void forget(int level, Object key) {
        if (key instanceof Long index) {
            long side = 1L << level;
            TileSources.forget(level, index / side, index % side);
        }
    }

    /** A member of Gluon Maps' internals, made accessible; null (with one warning saying what is lost) if absent. */
    private static <T extends AccessibleObject> T internal(Lookup<T> lookup, String lost) {
        try {
            T member = lookup.find();
            member.setAccessible(true);
            return member;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Gluon Maps' internals are not as expected ({}); {}", e.toString(), lost);
            return null;
        }
    }

    /** Finds a field or method by reflection. */
    private interface Lookup<T> {
        T find() throws ReflectiveOperationException;
    }
}
