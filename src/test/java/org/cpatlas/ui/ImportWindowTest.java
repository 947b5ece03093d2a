package org.cpatlas.ui;

import org.cpatlas.ui.kit.DialogService;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.cpatlas.app.AtlasApplication;
import org.cpatlas.testing.Patience;
import org.cpatlas.ui.imports.DatasetsDialog;
import org.cpatlas.ui.imports.ImportDialog;
import org.cpatlas.ui.panel.IndicatorSection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A table imported in the window shows on the map and in the panel, and is removed again; bad files say why. */
class ImportWindowTest {

    private static final Path SAMPLE = Path.of("data/samples/county_area_computed.csv");

    @TempDir
    Path dataDir;

    private AtlasApplication app;

    @BeforeEach
    void openWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setWidth(1280);
            s.setHeight(820);
        });
        app = (AtlasApplication) FxToolkit.setupApplication(
                () -> new AtlasApplication(Path.of("maps"), dataDir.resolve("atlas.db")));
        WaitForAsyncUtils.waitFor(Patience.WARM_UP.toSeconds(), TimeUnit.SECONDS,
                () -> app.window() != null && app.imports() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private ImportDialog openDialog(Path file) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.imports().importTable(file)).get(Patience.SECONDS, TimeUnit.SECONDS);
        return app.imports().lastDialog();
    }

    @Test
    void aTableImportedInTheWindowIsMappedComparedAndRemovedAgain() throws Exception {
        ImportDialog dialog = openDialog(SAMPLE);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> dialog.report().getText().contains("Keys: 438 of 438 rows"));
        assertThat(dialog.report().getText()).contains("D (面积(km²)): values → 面积 (km²)");
        WaitForAsyncUtils.asyncFx(() -> {
            dialog.sourceField().setText("Computed from the atlas's county layer");
            dialog.importButton().fire();
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> app.core().userData().datasets().datasets().size() == 1);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !dialog.stage().isShowing()
                && app.indicators().mapProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.indicators().mapProperty().get().info().code()).isEqualTo("d1.4");
        assertThat(app.window().mapPane().overlay().showsUnitIndicator()).isTrue();
        assertThat(app.window().statusLabel().getText()).contains("Imported county_area_computed.csv: dataset 1");
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> app.window().mapPane().overlay().tilesSettled());

        WaitForAsyncUtils.asyncFx(() -> app.window().searchField().setText("wuling")).get();
        WaitForAsyncUtils.asyncFx(() -> app.window().searchField().fireEvent(
                new javafx.event.ActionEvent())).get();
        WaitForAsyncUtils.waitForFxEvents();
        IndicatorSection section = (IndicatorSection) app.window().panel().lookup(".indicator-section");
        assertThat(section).isNotNull();
        assertThat(section.isVisible()).isTrue();
        assertThat(section.regionLabel().getText()).endsWith("km²  (computed)");
        assertThat(section.regionNoteLabel().getText()).contains("mean of 63 of 63 member counties");
        assertThat(section.provinceTable().getChildren()).as("the whole country's row after the provinces")
                .filteredOn(n -> n.getStyleClass().contains("national-row"))
                .extracting(n -> ((javafx.scene.control.Label) n).getText())
                .contains("China (all counties)");
        assertThat(section.nationalCoverageLabel().getText()).isEqualTo("China (all counties): mean of 438 of 2,855"
                + " mainland counties on the map; 2,417 not reported; Taiwan, Hong Kong and Macao (no 2012 county"
                + " code) not counted");
        assertThat(section.chart().bars()).last().satisfies(b -> {
            assertThat(b.province()).isEqualTo("China (all counties)");
            assertThat(b.series()).isEqualTo(org.cpatlas.ui.viewmodel.GapBar.NATIONAL);
        });

        DatasetsDialog[] datasets = new DatasetsDialog[1];
        WaitForAsyncUtils.asyncFx(() -> {
            datasets[0] = new DatasetsDialog(app.core().userData().datasets(), app.i18n(), new AlwaysYes(),
                    app.stage(), app.indicators()::refresh);
            datasets[0].show();
            datasets[0].table().getSelectionModel().select(0);
            datasets[0].stage().getScene().getRoot().lookupAll(".button").stream()
                    .map(javafx.scene.control.Button.class::cast).filter(b -> b.getText().startsWith("Remove"))
                    .findFirst().orElseThrow().fire();
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.core().userData().datasets().datasets()).isEmpty();
        assertThat(app.indicators().mapProperty().get()).as("back to Table 1").isNotNull()
                .satisfies(m -> assertThat(m.info().code()).isEqualTo("urbanization_rate_2010"));
        assertThat(app.window().mapPane().overlay().showsUnitIndicator()).isFalse();
        Platform.runLater(() -> datasets[0].stage().close());
    }

    @Test
    void backFromACountyIndicatorTheMapShowsTheBasemapAndRegionPicturesItShowedBeforeNotNewOnes() throws Exception {
        org.cpatlas.ui.map.AtlasMapPane map = app.window().mapPane();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> map.overlay().tilesSettled() && app.basemapTilesPending() == 0).get());
        java.util.Set<javafx.scene.image.Image> before = WaitForAsyncUtils.asyncFx(() -> tilePictures(map)).get();
        assertThat(before).as("basemap and region tiles on screen").hasSizeGreaterThan(10);

        importSampleAndAwaitItsMap(map); // its county indicator is shown
        assertThat(WaitForAsyncUtils.asyncFx(() -> tilePictures(map)).get())
                .as("the county choropleth's own pictures").doesNotContainAnyElementsOf(before);

        WaitForAsyncUtils.asyncFx(() -> app.indicators().select("urbanization_rate_2010"))
                .get(Patience.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> map.overlay().tilesSettled() && app.basemapTilesPending() == 0).get());
        java.util.Set<javafx.scene.image.Image> back = WaitForAsyncUtils.asyncFx(() -> tilePictures(map)).get();
        assertThat(back).as("the very pictures of before, and so their textures: none made anew")
                .containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void betweenCountyAndRegionIndicatorsTheMapViewStaysWhileTheMapDoesAndItsHiddenBasemapIsLetGoOnceItMoves()
            throws Exception {
        org.cpatlas.ui.map.AtlasMapPane map = app.window().mapPane();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> map.overlay().tilesSettled() && app.basemapTilesPending() == 0).get());
        com.gluonhq.maps.MapView view = map.mapView();
        int shown = WaitForAsyncUtils.asyncFx(() -> basemapPictures(map, true)).get();
        assertThat(shown).as("the basemap's pictures on screen").isGreaterThan(10);

        importSampleAndAwaitItsMap(map); // its county indicator is shown
        String county = app.indicators().mapProperty().get().info().code();
        assertThat(map.mapView()).as("the same map view, not one made anew").isSameAs(view);
        assertThat(WaitForAsyncUtils.asyncFx(() -> basemapPictures(map, true)).get())
                .as("no basemap shown under the county choropleth").isZero();
        assertThat(WaitForAsyncUtils.asyncFx(() -> basemapPictures(map, false)).get())
                .as("its pictures kept, hidden, while the map stays").isEqualTo(shown);

        WaitForAsyncUtils.asyncFx(() -> app.indicators().select("urbanization_rate_2010"))
                .get(Patience.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> map.overlay().tilesSettled() && app.basemapTilesPending() == 0).get());
        assertThat(map.mapView()).isSameAs(view);
        assertThat(WaitForAsyncUtils.asyncFx(() -> basemapPictures(map, true)).get()).isEqualTo(shown);

        WaitForAsyncUtils.asyncFx(() -> app.indicators().select(county)).get(Patience.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> map.overlay().tilesSettled()).get());
        org.cpatlas.render.MapViewport at = map.currentViewport();
        WaitForAsyncUtils.asyncFx(() -> map.showCentre(at.centerLon() + 2, at.centerLat() - 1, at.zoom() - 1))
                .get(Patience.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> basemapPictures(map, false) == 0).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.zoomOutCover().picturesShown()).as("zoomed out, nothing of the hidden basemap shown under the "
                + "choropleth").isZero();
        assertThat(WaitForAsyncUtils.asyncFx(() -> baseMapOpacity(map)).get())
                .as("its pictures let go, the base map is opaque again: a transparent one made every pan frame dearer")
                .isEqualTo(1.0);

        WaitForAsyncUtils.asyncFx(() -> app.indicators().select("urbanization_rate_2010"))
                .get(Patience.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> map.overlay().tilesSettled() && app.basemapTilesPending() == 0
                        && basemapPictures(map, true) > 10).get());
        assertThat(map.mapView()).as("moved: a new map view asks for the basemap's tiles").isNotSameAs(view);
    }

    /** Imports the sample in the dialog and waits until its county indicator's tiles are drawn. */
    private void importSampleAndAwaitItsMap(org.cpatlas.ui.map.AtlasMapPane map) throws Exception {
        ImportDialog dialog = openDialog(SAMPLE);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> dialog.report().getText().contains("Keys: 438 of 438 rows"));
        WaitForAsyncUtils.asyncFx(() -> dialog.importButton().fire()).get(Patience.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> map.overlay().showsUnitIndicator() && map.overlay().tilesSettled()).get());
    }

    /** The opacity of Gluon Maps' base map in the map view. */
    private static double baseMapOpacity(org.cpatlas.ui.map.AtlasMapPane map) {
        return nodesOf(map).stream().filter(com.gluonhq.impl.maps.BaseMap.class::isInstance).findFirst()
                .orElseThrow(() -> new AssertionError("no base map in the map view")).getOpacity();
    }

    /** The basemap tiles' pictures in the map view; only those on screen, or hidden ones too. */
    private static int basemapPictures(org.cpatlas.ui.map.AtlasMapPane map, boolean onScreenOnly) {
        return (int) nodesOf(map).stream().filter(node -> node instanceof com.gluonhq.impl.maps.TileImageView tile
                && tile.getImage() != null && (!onScreenOnly || shown(tile))).count();
    }

    /** The tile pictures (256 px square) on screen in the map view, basemap and overlay, by identity. */
    private static java.util.Set<javafx.scene.image.Image> tilePictures(org.cpatlas.ui.map.AtlasMapPane map) {
        java.util.Set<javafx.scene.image.Image> found = java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>());
        javafx.geometry.Bounds view = map.mapView().localToScene(map.mapView().getLayoutBounds());
        for (javafx.scene.Node node : nodesOf(map)) {
            if (node instanceof javafx.scene.image.ImageView picture && picture.getImage() != null
                    && picture.getImage().getWidth() == 256 && picture.getImage().getHeight() == 256
                    && shown(picture) && picture.localToScene(picture.getBoundsInLocal()).intersects(view)) {
                found.add(picture.getImage());
            }
        }
        return found;
    }

    /** Every node of the map view, the view itself included. */
    private static java.util.List<javafx.scene.Node> nodesOf(org.cpatlas.ui.map.AtlasMapPane map) {
        java.util.List<javafx.scene.Node> all = new java.util.ArrayList<>();
        java.util.Deque<javafx.scene.Node> nodes = new java.util.ArrayDeque<>(java.util.List.of(map.mapView()));
        while (!nodes.isEmpty()) {
            javafx.scene.Node node = nodes.pop();
            all.add(node);
            if (node instanceof javafx.scene.Parent parent) {
                nodes.addAll(parent.getChildrenUnmodifiable());
            }
        }
        return all;
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Test
    void anEmptyFileSaysSoInTheDialogAndNothingIsStored() throws Exception {
        Path empty = dataDir.resolve("empty.csv");
        Files.write(empty, new byte[0]);
        ImportDialog dialog = openDialog(empty);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> dialog.message().getText().contains("the file is empty (0 bytes)"));
        assertThat(dialog.importButton().isDisabled()).isTrue();
        assertThat(app.core().userData().datasets().datasets()).isEmpty();
        Platform.runLater(() -> dialog.stage().close());
    }

    /** Confirms every question, as a user clicking Yes would. */
    private static final class AlwaysYes implements DialogService {
        @Override
        public void showError(String title, String message) {
            throw new AssertionError(message);
        }

        @Override
        public void showInformation(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message, String yes, String no) {
            return true;
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String ext) {
            return Optional.empty();
        }
    }
}
