package org.cpatlas.map;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.impl.maps.TileImageView;
import java.lang.reflect.Field;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Gluon Maps from making basemap tiles while the basemap shows none (a county or province indicator, see
 * {@link TileService#showBlank}). Gluon lays out its tiles again after every move and zoom: at each wheel notch it
 * took the previous level's tile nodes off the scene and put the new level's on (made anew or kept, see
 * {@link TileRetention#prune}), and JavaFX matched each one put back against the theme's thousand style rules; every
 * tile also built debug strings at each change of the map's zoom and position. Under a blank basemap these nodes
 * show nothing: a flight recording of the benchmark's choropleth zoom found their styling and strings about two
 * thirds of the JavaFX thread's garbage (the collections that slow the zoom's frames) and a tenth of its work.
 *
 * <p>Before each pulse's layout, the base map's request to lay out its tiles is withdrawn, as long as the basemap is
 * blank and the base map shows no picture: a map view made for a blank basemap (every switch to one makes a new view)
 * then makes no tile at a move or a zoom. Two cases keep Gluon's own handling: a view that still shows pictures (made
 * before the basemap went blank), and a map whose tile source still keeps the basemap's pictures for a switch back
 * (see {@link TileService#keep}): those are let go when the map lets go of a tile of their level, the sign that it has
 * moved, so the tiles are held from the first move on. Gluon Maps has no API for this; if its internals change, this
 * logs once and does nothing.
 */
final class BlankBasemapHold {

    private static final Logger LOG = LoggerFactory.getLogger(BlankBasemapHold.class);
    private static final Field DIRTY = dirtyFlag();

    private BlankBasemapHold() {
    }

    /** Holds the base map's tiles before the layout of every pulse while {@code layer} is in a scene. */
    static void install(Node layer, BaseMap baseMap) {
        if (DIRTY == null) {
            return;
        }
        Runnable hold = () -> hold(baseMap);
        if (layer.getScene() != null) {
            layer.getScene().addPreLayoutPulseListener(hold);
        }
        layer.sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(hold);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(hold);
            }
        });
    }

    /**
     * Withdraws the base map's pending tile layout if the basemap is blank and the base map shows no picture; true if
     * it did (or had nothing pending).
     */
    static boolean hold(BaseMap baseMap) {
        if (DIRTY == null || !TileSources.blank() || TileSources.keepsPictures() || showsPicture(baseMap)) {
            return false;
        }
        try {
            DIRTY.setBoolean(baseMap, false);
        } catch (IllegalAccessException | RuntimeException e) {
            LOG.debug("cannot hold Gluon Maps' tiles", e);
            return false;
        }
        // A layout outside the pulse's own (the view's first sizing, a resize) may still have made a screenful of
        // empty tiles: they are let go once, or each would build its strings at every move.
        if (baseMap.getChildren().removeIf(BlankBasemapHold::isTile)) {
            TileRetention.forgetAll(baseMap);
        }
        return true;
    }

    private static boolean isTile(Node node) {
        return node instanceof Parent tile && !tile.getChildrenUnmodifiable().isEmpty()
                && tile.getChildrenUnmodifiable().get(0) instanceof TileImageView;
    }

    /** True if any tile of the base map has a picture (a view made while the basemap was shown). */
    private static boolean showsPicture(BaseMap baseMap) {
        for (Node child : baseMap.getChildrenUnmodifiable()) {
            if (isTile(child) && ((TileImageView) ((Parent) child).getChildrenUnmodifiable().get(0)).getImage() != null) {
                return true;
            }
        }
        return false;
    }

    private static Field dirtyFlag() {
        try {
            Field field = BaseMap.class.getDeclaredField("dirty");
            if (field.getType() != boolean.class) {
                throw new NoSuchFieldException("dirty is not a flag");
            }
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Gluon Maps' internals are not as expected ({}); under a county or province indicator the map"
                    + " still makes empty basemap tiles at every move", e.toString());
            return null;
        }
    }
}
