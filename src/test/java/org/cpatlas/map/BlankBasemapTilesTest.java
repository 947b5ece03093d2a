package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapView;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Under a county or province indicator the basemap shows no tiles, but Gluon Maps still makes a tile (a node with
 * listeners on the map's zoom and position) for every place in view: the tiles of a level the map zoomed away from
 * are kept, near the view, so that zooming back shows the same ones instead of making them again at every notch.
 */
class BlankBasemapTilesTest {

    private TileService blank;

    @AfterEach
    void uninstall() {
        if (blank != null) {
            TileSources.uninstall(blank);
        }
    }

    @Test
    void underABlankBasemapZoomingBackToALevelShowsTheTilesItHadInsteadOfNewOnes() throws Exception {
        blank = new TileService(null, null, 1 << 20, null);
        blank.showBlank(true);
        TileSources.install(blank);
        Probe probe = mapAt(6);
        Set<Object> before = identities(fx(() -> TileRetention.heldTiles(probe.base(), 6)));

        List<Object> keptAtSeven = zoomedInAndPruned(probe);
        zoomTo(probe, 6);

        assertThat(keptAtSeven).as("level 6 held at level 7").hasSameSizeAs(before).allMatch(before::contains);
        Set<Object> after = identities(fx(() -> TileRetention.heldTiles(probe.base(), 6)));
        assertThat(after).as("level 6 shown again: the same tiles").containsAll(before);
    }

    @Test
    void withABasemapShownTheTilesOfALevelLeftAreLetGoAsBefore() throws Exception {
        Probe probe = mapAt(6); // no source installed: every tile a picture of its own

        int before = fx(() -> TileRetention.heldTiles(probe.base(), 6)).size();

        List<Object> keptAtSeven = zoomedInAndPruned(probe);

        assertThat(keptAtSeven).as("level 6 held at level 7: only what Gluon Maps still shows")
                .hasSizeLessThan(before).allMatch(tile -> ((javafx.scene.Node) tile).getParent() != null);
    }

    /**
     * Zooms to level 7, waits until Gluon Maps has taken the tiles of level 6 around the view off the scene, prunes;
     * level 6's tiles held then.
     */
    private static List<Object> zoomedInAndPruned(Probe probe) throws Exception {
        zoomTo(probe, 7);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> fx(() -> TileRetention
                .heldTiles(probe.base(), 6).stream().anyMatch(tile -> ((javafx.scene.Node) tile).getParent() == null)));
        return fx(() -> {
            TileRetention.prune(probe.base());
            return TileRetention.heldTiles(probe.base(), 6);
        });
    }

    private static void zoomTo(Probe probe, double zoom) throws Exception {
        fx(() -> {
            probe.view().setZoom(zoom);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> fx(() -> TileRetention.currentLevel(probe.base()) == (int) zoom));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Probe mapAt(double zoom) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Probe probe = fx(() -> {
            MapView view = new MapView();
            BaseLayer layer = new BaseLayer();
            view.addLayer(layer);
            view.setZoom(zoom);
            view.setCenter(29.5, 107.5);
            stage.setScene(new Scene(view, 800, 600));
            stage.show();
            return new Probe(view, layer);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> fx(() -> probe.layer().base() != null && !TileRetention.heldTiles(probe.base(), 6).isEmpty()));
        return probe;
    }

    private static Set<Object> identities(List<Object> tiles) {
        Set<Object> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(tiles);
        return set;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(Patience.SECONDS, TimeUnit.SECONDS);
    }

    private record Probe(MapView view, BaseLayer layer) {
        BaseMap base() {
            return layer.base();
        }
    }

    /** Reaches the base map, as every layer may. */
    private static final class BaseLayer extends MapLayer {
        BaseMap base() {
            return baseMap;
        }
    }
}
