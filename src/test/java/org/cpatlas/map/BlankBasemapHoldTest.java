package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Under a county or province indicator the basemap shows nothing, and the atlas's map view makes no basemap tile
 * node at all while it zooms and moves (each one was styled again and built strings at every wheel notch); with the
 * basemap shown, and on a view that already shows basemap pictures, Gluon Maps makes its tiles as before.
 */
class BlankBasemapHoldTest {

    private static final String MAP_TILE = "com.gluonhq.impl.maps.MapTile";

    private TileService installed;

    @AfterEach
    void uninstall() {
        if (installed != null) {
            TileSources.uninstall(installed);
        }
    }

    @Test
    void underABlankBasemapTheMapMakesNoTileWhileZoomingAndPanning() throws Exception {
        installBlank(true);
        Probe probe = mapAt(6);

        List<Integer> tilesSeen = new ArrayList<>();
        tilesSeen.add(fx(() -> tileNodes(probe.base())));
        for (double zoom : new double[] {7, 8, 7, 6}) {
            zoomTo(probe, zoom);
            tilesSeen.add(fx(() -> tileNodes(probe.base())));
        }
        fx(() -> {
            probe.navigator().panBy(300, 200);
            return null;
        });
        settle(probe);
        tilesSeen.add(fx(() -> tileNodes(probe.base())));

        assertThat(tilesSeen).as("tile nodes on the base map after each step").containsOnly(0);
        for (int level = 5; level <= 8; level++) {
            int held = level;
            assertThat(fx(() -> TileRetention.heldTiles(probe.base(), held))).as("tiles held at level " + level)
                    .isEmpty();
        }
    }

    @Test
    void withTheBasemapShownTheMapMakesItsTilesAsBefore() throws Exception {
        installBlank(false);
        Probe probe = mapAt(6);

        zoomTo(probe, 7);

        assertThat(fx(() -> tileNodes(probe.base()))).as("tile nodes at level 7").isPositive();
        assertThat(fx(() -> TileRetention.heldTiles(probe.base(), 7))).as("tiles held at level 7").isNotEmpty();
    }

    @Test
    void aViewShowingBasemapPicturesWhenTheBasemapGoesBlankKeepsGluonsHandling() throws Exception {
        installBlank(false);
        Probe probe = mapAt(6);
        installBlank(true); // the atlas makes a new view at such a switch; this one was made before it

        zoomTo(probe, 7);

        assertThat(fx(() -> TileRetention.heldTiles(probe.base(), 7))).as("tiles of level 7 made").isNotEmpty();
    }

    @Test
    void whileTheSourceKeepsTheBasemapsPicturesForASwitchBackTheMapMakesItsTilesUntilItMoves() throws Exception {
        installBlank(true);
        installed.keep(6, 50, 26, new javafx.scene.image.WritableImage(256, 256)); // what the view before showed
        Probe probe = mapAt(6);
        int whileKept = fx(() -> tileNodes(probe.base()));

        fx(() -> {
            probe.navigator().panBy(4000, 0); // far past the ring of tiles around the view
            return null;
        });
        settle(probe);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> fx(() -> tileNodes(probe.base()) == 0));

        assertThat(whileKept).as("tile nodes while the pictures are kept: their release needs them").isPositive();
        assertThat(installed.keptPictureCount()).as("pictures kept once the map has moved").isZero();
    }

    /** Blank: a tile source that shows no basemap. Not: none installed, every tile a (transparent) picture. */
    private void installBlank(boolean blank) {
        if (blank) {
            installed = new TileService(null, null, 1 << 20, null);
            installed.showBlank(true);
            TileSources.install(installed);
        }
    }

    private static int tileNodes(BaseMap base) {
        int n = 0;
        for (Node child : base.getChildrenUnmodifiable()) {
            if (child.getClass().getName().equals(MAP_TILE)) {
                n++;
            }
        }
        return n;
    }

    private static void zoomTo(Probe probe, double zoom) throws Exception {
        fx(() -> {
            probe.view().setZoom(zoom);
            return null;
        });
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> fx(() -> TileRetention.currentLevel(probe.base()) == (int) zoom));
        settle(probe);
    }

    /** Waits for two more pulses: the layout of the move, and the pruning run after it. */
    private static void settle(Probe probe) throws Exception {
        for (int i = 0; i < 2; i++) {
            java.util.concurrent.CountDownLatch pulse = new java.util.concurrent.CountDownLatch(1);
            fx(() -> {
                Scene scene = probe.view().getScene();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    javafx.application.Platform.runLater(pulse::countDown);
                };
                scene.addPostLayoutPulseListener(once[0]);
                javafx.application.Platform.requestNextPulse();
                return null;
            });
            assertThat(pulse.await(Patience.SECONDS, TimeUnit.SECONDS)).as("a pulse").isTrue();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Probe mapAt(double zoom) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Probe probe = fx(() -> {
            MapView view = new MapView();
            BaseLayer layer = new BaseLayer();
            MapNavigator navigator = new MapNavigator(view);
            view.addLayer(layer);
            view.addLayer(navigator);
            view.setZoom(zoom);
            view.setCenter(29.5, 107.5);
            stage.setScene(new Scene(view, 800, 600));
            stage.show();
            return new Probe(view, layer, navigator);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> fx(() -> probe.layer().base() != null
                && TileRetention.currentLevel(probe.base()) == (int) zoom));
        settle(probe);
        return probe;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(Patience.SECONDS, TimeUnit.SECONDS);
    }

    private record Probe(MapView view, BaseLayer layer, MapNavigator navigator) {
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
