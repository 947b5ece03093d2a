package org.cpatlas.ui;

import org.cpatlas.testing.Patience;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.cpatlas.app.AtlasApplication;
import org.cpatlas.ui.map.AtlasMapPane;
import org.cpatlas.ui.viewmodel.ProvinceRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless under Monocle: loads the bundled maps and data, then is clicked like a user would. */
class AtlasWindowTest {

    @TempDir
    Path dataDir;

    private AtlasApplication app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setWidth(1280);
            s.setHeight(820);
        });
        app = (AtlasApplication) FxToolkit.setupApplication(
                () -> new AtlasApplication(Path.of("maps"), dataDir.resolve("atlas.db")));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window() != null);
        // Every test starts from the window as a user first sees it settled: the map laid out with its regions, and
        // what comes after the first frame (indicator picker, county lists, Help) in place, which moves the labels.
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.help() != null
                && app.window().mapPane().overlay().regionsDrawn() && app.window().mapPane().getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void windowOpensWithTheFourteenRegionsDrawn() throws Exception {
        AtlasMapPane map = app.window().mapPane();
        assertThat(map.overlay().regionCount()).isEqualTo(14);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> map.overlay().regionsDrawn());
        assertThat(map.overlay().regionTileCount()).isGreaterThan(4);
        assertThat(map.currentViewport().lonLatBounds().contains(104, 35)).isTrue();
        // The region tiles are really on screen: Lhasa (in the Tibet region) is coloured, Chengdu (in none) is not.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(colourAt(map, 91.13, 29.65).getOpacity()).isGreaterThan(0.8);
        assertThat(colourAt(map, 104.07, 30.67).getOpacity()).isZero();
        // Labels in both languages; only the labels placed are rasterised.
        assertThat(map.overlay().visibleLabels()).contains("西藏区", "Tibet", "秦巴山区", "Qinba Mountains")
                .as("province names where room is left").anyMatch(line -> line.endsWith("省"));
        assertThat(map.overlay().labelPictures()).isEqualTo(map.overlay().placedLabels().size())
                .isLessThan(14 + 34);
    }

    @Test
    void atTheWholeCountryViewEveryRegionIsNamedClearOfTheLegendAndTheInsetShowsUntilSwitchedOff()
            throws Exception {
        AtlasMapPane map = mapWithRegionsDrawn();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> regionLabels(map) == 14);
        assertThat(map.insetVisible()).isTrue();
        assertLabelsClearOf(map, map.legend());
        assertLabelsClearOf(map, map.scaleBar());

        robot.clickOn(map.insetSwitch());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.insetVisible()).isFalse();
        assertThat(map.insetShown()).isFalse();
        assertThat(regionLabels(map)).isEqualTo(14);

        robot.clickOn(map.insetSwitch());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.insetVisible()).isTrue();
        // Zoomed in on a region, the map is no longer the whole country: no inset.
        WaitForAsyncUtils.asyncFx(() -> map.zoomToRegion("wuling")).get(Patience.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !map.insetVisible());
    }

    private static long regionLabels(AtlasMapPane map) {
        return map.overlay().placedLabels().stream()
                .filter(p -> p.kind() == org.cpatlas.render.LabelKind.REGION).count();
    }

    @Test
    void labelsKeepClearOfTheIndicatorPickerThatComesAfterTheFirstFrame() throws Exception {
        AtlasMapPane map = mapWithRegionsDrawn();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window().indicatorBar() != null);
        // Wuling framed beside its panel, as the README's screenshot shows it: Qinba's label sat under the picker.
        WaitForAsyncUtils.asyncFx(() -> {
            app.viewModel().select("wuling");
            map.zoomToRegion("wuling");
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> map.overlay().tilesSettled());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node picker = app.window().indicatorBar();
        javafx.geometry.Bounds b = picker.getBoundsInParent();
        assertThat(map.labelObstacles()).as("the picker is something labels keep clear of").anySatisfy(box -> {
            assertThat(box.getMinX()).isCloseTo(b.getMinX(), org.assertj.core.data.Offset.offset(1.0));
            assertThat(box.getWidth()).isCloseTo(b.getWidth(), org.assertj.core.data.Offset.offset(1.0));
        });
        assertThat(map.overlay().placedLabels()).isNotEmpty();
        assertLabelsClearOf(map, picker);
    }

    private static void assertLabelsClearOf(AtlasMapPane map, javafx.scene.Node overMap) {
        javafx.geometry.Bounds b = overMap.getBoundsInParent();
        java.awt.geom.Rectangle2D box = new java.awt.geom.Rectangle2D.Double(b.getMinX(), b.getMinY(), b.getWidth(),
                b.getHeight());
        assertThat(map.overlay().placedLabels()).allSatisfy(p -> assertThat(p.box().intersects(box))
                .as("%s clear of %s", p, overMap.getStyleClass()).isFalse());
    }

    @Test
    void theDarkThemeRedrawsTheRegionTilesInItsPalette() throws Exception {
        AtlasMapPane map = app.window().mapPane();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> map.overlay().tilesSettled());
        javafx.scene.paint.Color light = colourAt(map, 91.13, 29.65);

        javafx.scene.control.ToggleButton dark = robot.lookup(
                (javafx.scene.Node n) -> n instanceof javafx.scene.control.ToggleButton).query();
        robot.clickOn(dark);
        WaitForAsyncUtils.waitForFxEvents();
        AtlasMapPane after = app.window().mapPane();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> after.overlay().tilesSettled());
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.paint.Color inDark = colourAt(after, 91.13, 29.65);
        assertThat(inDark.getOpacity()).isGreaterThan(0.8);
        assertThat(inDark).as("Tibet's fill in the dark palette").isNotEqualTo(light);
    }

    /** The window's map once its region tiles are drawn. */
    private AtlasMapPane mapWithRegionsDrawn() throws Exception {
        AtlasMapPane map = app.window().mapPane();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> map.overlay().regionsDrawn());
        return map;
    }

    /** Gluon Maps' base map: the map view's first child, the parent of its tiles. */
    private static javafx.scene.Parent baseMapOf(AtlasMapPane map) {
        return (javafx.scene.Parent) map.mapView().getChildrenUnmodifiable().get(0);
    }

    /** Gluon Maps' tiles in the base map that are visible and match, counted on the JavaFX thread. */
    private static long visibleBasemapTiles(javafx.scene.Parent baseMap,
            java.util.function.Predicate<javafx.scene.Node> which) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> baseMap.getChildrenUnmodifiable().stream()
                .filter(javafx.scene.Node::isVisible).filter(which).count()).get(Patience.SECONDS, TimeUnit.SECONDS);
    }

    /** A tile of another level than the current one, scaled to it. */
    private static boolean magnified(javafx.scene.Node tile) {
        return tile.getTransforms().stream().anyMatch(
                t -> t instanceof javafx.scene.transform.Scale scale && scale.getX() != 1);
    }

    private static boolean inView(AtlasMapPane map, javafx.scene.Node tile) {
        return tile.localToScene(tile.getBoundsInLocal()).intersects(
                map.mapView().localToScene(map.mapView().getLayoutBounds()));
    }

    private static boolean withPicture(javafx.scene.Node tile) {
        return ((javafx.scene.Parent) tile).getChildrenUnmodifiable().stream().anyMatch(
                v -> v instanceof javafx.scene.image.ImageView iv && iv.getImage() != null);
    }

    private static javafx.scene.paint.Color colourAt(AtlasMapPane map, double lon, double lat) throws Exception {
        javafx.scene.image.Image shot = WaitForAsyncUtils.asyncFx(() -> map.overlay().snapshot(
                snapshotParameters(), null)).get(Patience.SECONDS, TimeUnit.SECONDS);
        Point2D p = map.screenPointOf(lon, lat);
        Point2D inParent = map.overlay().getParent().sceneToLocal(map.localToScene(p));
        javafx.geometry.Bounds b = map.overlay().getBoundsInParent();
        return shot.getPixelReader().getColor((int) (inParent.getX() - b.getMinX()),
                (int) (inParent.getY() - b.getMinY()));
    }

    private static javafx.scene.SnapshotParameters snapshotParameters() {
        javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
        params.setFill(javafx.scene.paint.Color.TRANSPARENT);
        return params;
    }

    @Test
    void theWheelZoomsByWholeLevelsAroundTheCursorAndTheMapStaysOnWholePixels() {
        AtlasMapPane map = app.window().mapPane();
        double before = map.currentViewport().zoom();
        assertThat(before).isEqualTo(Math.rint(before));
        Point2D lhasa = map.screenPointOf(91.13, 29.65);
        wheelAt(map, 91.13, 29.65);

        assertThat(map.currentViewport().zoom()).isEqualTo(before + 1);
        assertThat(map.screenPointOf(91.13, 29.65).distance(lhasa)).as("the point under the cursor stays").isLessThan(1.0);
        javafx.scene.Node baseMap = map.mapView().getChildrenUnmodifiable().get(0);
        assertThat(baseMap.getClass().getSimpleName()).isEqualTo("BaseMap");
        assertThat(baseMap.getTranslateX()).isEqualTo(Math.rint(baseMap.getTranslateX()));
        assertThat(baseMap.getTranslateY()).isEqualTo(Math.rint(baseMap.getTranslateY()));
    }

    @Test
    void theZoomButtonsZoomAboutTheCentreAndTheScaleBarFollows() throws Exception {
        AtlasMapPane map = app.window().mapPane();
        WaitForAsyncUtils.waitForFxEvents();
        double before = map.currentViewport().zoom();
        double barBefore = map.scaleBar().lengthPx();
        String labelBefore = map.scaleBar().labelText();
        Point2D centre = new Point2D(map.mapView().getWidth() / 2, map.mapView().getHeight() / 2);
        Point2D chongqing = map.screenPointOf(106.55, 29.56);

        Button zoomIn = robot.lookup((javafx.scene.Node n) -> n instanceof Button b
                && "Zoom in".equals(b.getAccessibleText())).query();
        robot.clickOn(zoomIn);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map.currentViewport().zoom()).isEqualTo(before + 1);
        // About the centre: a place's offset from the centre doubles.
        Point2D expected = centre.add(chongqing.subtract(centre).multiply(2));
        assertThat(map.screenPointOf(106.55, 29.56).distance(expected)).as("Chongqing, zoomed about the centre")
                .isLessThan(1.5);
        // Twice the scale: the bar either doubles or, to stay a round distance, shows another one.
        assertThat(map.scaleBar().labelText() + " " + map.scaleBar().lengthPx())
                .as("the scale bar after zooming in (was %s, %.1f px)", labelBefore, barBefore)
                .isNotEqualTo(labelBefore + " " + barBefore);
        assertThat(map.scaleBar().lengthPx()).isEqualTo(
                org.cpatlas.render.ScaleBar.fitting(map.currentViewport().metresPerPixel(), 140).lengthPx());
        // The regions are drawn at the new level too, not left at the old scale over the new basemap.
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> map.overlay().outlineLevel() == (int) before + 1);
    }

    @Test
    void aZoomStepKeepsTheSelectionOutlinedAndRedrawsItAtTheNewLevel() throws Exception {
        clickAt(91.13, 29.65);
        AtlasMapPane map = app.window().mapPane();
        int before = map.overlay().outlineLevel();
        assertThat(map.overlay().outlinedSelection()).isEqualTo("tibet");
        wheelAt(map, 91.13, 29.65);

        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> map.overlay().outlineLevel() == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.overlay().outlinedSelection()).as("still outlined, now at the new level").isEqualTo("tibet");
    }

    @Test
    void zoomingBackThroughLevelsSeenBeforeShowsTheirRegionTilesWithoutDrawingThemAgain() throws Exception {
        AtlasMapPane map = mapWithRegionsDrawn();
        double start = map.currentViewport().zoom();
        // Three levels in over Wuling and Sichuan's regions: more tiles than fit in memory decoded (48 did).
        for (int level = 1; level <= 3; level++) {
            wheelAt(map, 107.5, 29.5);
            WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> map.overlay().regionsDrawn());
        }
        int drawn = map.overlay().regionTilesDrawn();
        assertThat(drawn).isGreaterThan(48);

        for (int level = 1; level <= 3; level++) {
            wheelAt(map, 107.5, 29.5, -1);
            WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> map.overlay().regionsDrawn());
        }

        assertThat(map.currentViewport().zoom()).isEqualTo(start);
        assertThat(map.overlay().regionTilesDrawn()).as("tiles drawn after zooming back").isEqualTo(drawn);
        assertThat(map.overlay().regionTileCount()).isGreaterThan(4);
    }

    @Test
    void zoomingBackInLeavesNoMagnifiedLevelDrawnUnderTheMap() throws Exception {
        AtlasMapPane map = app.window().mapPane();
        javafx.scene.Parent baseMap = baseMapOf(map);
        // In, out, and in again: the second time the tiles come from memory, done before Gluon Maps puts them under
        // the cover of their parent tile.
        for (int notches : new int[] {1, -1, 1}) {
            wheelAt(map, 107.5, 29.5, notches);
            WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.basemapTilesPending() == 0);
            WaitForAsyncUtils.waitForFxEvents();
        }
        // A move of a pixel: Gluon Maps and the atlas look over their tiles after it.
        robot.interact(() -> ((com.gluonhq.impl.maps.BaseMap) baseMap).moveX(1));
        WaitForAsyncUtils.waitForFxEvents();

        long magnified = visibleBasemapTiles(baseMap, AtlasWindowTest::magnified);
        assertThat(magnified).as("tiles of a lower level drawn, magnified, under the current level").isZero();
    }

    @Test
    void aWheelTurnedQuicklyEndsWithTheLevelItStopsAtDrawnWhole() throws Exception {
        AtlasMapPane map = mapWithRegionsDrawn();
        double start = map.currentViewport().zoom();
        javafx.scene.Parent baseMap = baseMapOf(map);
        // Each level shown once, so that its tiles are in memory, as when a user zooms back and forth.
        wheelNotchByNotch(map, 1, 1, 1, -1, -1, -1);

        for (int notch = 0; notch < 3; notch++) {
            wheelAt(map, 107.5, 29.5, 1); // a notch a pulse, no wait: the wheel turning
            // Meanwhile the map shows the last level drawn, scaled: never an empty basemap.
            assertThat(visibleBasemapTiles(baseMap, tile -> inView(map, tile) && withPicture(tile)))
                    .as("basemap tiles with a picture in view, notch %d", notch).isPositive();
        }
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> app.basemapTilesPending() == 0 && map.overlay().tilesSettled());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map.currentViewport().zoom()).isEqualTo(start + 3);
        long emptyInView = visibleBasemapTiles(baseMap,
                tile -> !magnified(tile) && inView(map, tile) && !withPicture(tile));
        assertThat(emptyInView).as("basemap tiles in view at the level the wheel stopped at, without a picture")
                .isZero();
        assertThat(map.overlay().regionTileCount()).isGreaterThan(4);
    }

    @Test
    void aWheelTurnedOutQuicklyKeepsTheBasemapOnScreen() throws Exception {
        AtlasMapPane map = mapWithRegionsDrawn();
        double start = map.currentViewport().zoom();
        javafx.scene.Parent baseMap = baseMapOf(map);
        // Each level shown once, so that its tiles are in memory and wait while the wheel turns, then in again.
        wheelNotchByNotch(map, 1, 1, 1, -1, -1, -1, 1, 1, 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.zoomOutCover().picturesShown()).as("cover at rest").isZero();

        for (int notch = 0; notch < 3; notch++) {
            wheelAt(map, 107.5, 29.5, -1); // a notch a pulse, no wait: the wheel turning
            // Gluon Maps has dropped the higher level and the lower one waits: the last level drawn, scaled down,
            // is what shows the basemap.
            long gluonPictures = visibleBasemapTiles(baseMap, tile -> inView(map, tile) && withPicture(tile));
            assertThat(gluonPictures + map.zoomOutCover().picturesShown())
                    .as("basemap pictures in view, notch %d out", notch).isPositive();
        }
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> app.basemapTilesPending() == 0 && map.overlay().tilesSettled());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map.currentViewport().zoom()).isEqualTo(start);
        assertThat(map.zoomOutCover().picturesShown()).as("cover once the level it stopped at is drawn").isZero();
        assertStopLevelDrawnWhole(map, baseMap);
    }

    @Test
    void whileAWheelTurnsTheMapIsShownAsOnePictureAndDrawnAgainWhenItStops() throws Exception {
        AtlasMapPane map = mapWithRegionsDrawn();
        wheelNotchByNotch(map, 1, 1, 1, -1, -1, -1);
        javafx.scene.Parent baseMap = baseMapOf(map);
        assertThat(map.zoomPreview().showing()).as("at rest").isFalse();

        // Notches 40 ms apart, as a wheel turned on: the second one starts the picture.
        Point2D pivot = map.screenPointOf(107.5, 29.5);
        for (int notch = 0; notch < 3; notch++) {
            fireWheel(map, pivot, 1);
            Thread.sleep(40);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.zoomPreview().showing()).as("the picture while the wheel turns").isTrue();
        assertThat(baseMap.isVisible()).as("Gluon Maps' tiles are not drawn meanwhile").isFalse();
        assertThat(map.overlay().isVisible()).as("nor the regions").isFalse();
        javafx.scene.paint.Color atPivot = WaitForAsyncUtils.asyncFx(() -> map.mapView().snapshot(null, null)
                .getPixelReader().getColor((int) pivot.getX(), (int) pivot.getY())).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(atPivot.getOpacity()).as("the place under the wheel is in the picture").isEqualTo(1.0);

        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !map.zoomPreview().showing());
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> app.basemapTilesPending() == 0 && map.overlay().tilesSettled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(baseMap.isVisible()).isTrue();
        assertThat(map.overlay().isVisible()).isTrue();
        assertStopLevelDrawnWhole(map, baseMap);
    }

    @Test
    void aThemeChangedWhileTheWheelTurnsLeavesTheRegionsShown() throws Exception {
        AtlasMapPane map = mapWithRegionsDrawn();
        javafx.scene.control.ToggleButton dark = robot.lookup(
                (javafx.scene.Node n) -> n instanceof javafx.scene.control.ToggleButton).query();
        Point2D pivot = map.screenPointOf(107.5, 29.5);
        // In and out, 40 ms apart, until the picture is up; then the theme, in the same turn of the wheel.
        Boolean regionsShownAtOnce = null;
        for (int notch = 0; notch < 20 && regionsShownAtOnce == null; notch++) {
            fireWheel(map, pivot, notch % 2 == 0 ? 1 : -1);
            Thread.sleep(40);
            regionsShownAtOnce = WaitForAsyncUtils.asyncFx(() -> {
                if (!map.zoomPreview().showing()) {
                    return null;
                }
                dark.fire(); // the theme moves the regions to a new map view; the picture hid them in the old one
                return map.overlay().isVisible();
            }).get(Patience.SECONDS, TimeUnit.SECONDS);
        }
        assertThat(regionsShownAtOnce).as("the picture came up while the wheel turned").isNotNull();
        assertThat(regionsShownAtOnce).as("the regions shown in the new map view at once").isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        AtlasMapPane after = app.window().mapPane();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> after.overlay().tilesSettled());
        assertThat(after.overlay().isVisible()).as("the regions in the new map view").isTrue();
        assertThat(after.zoomPreview().showing()).isFalse();
    }

    /** Every basemap tile in view at the level the wheel stopped at has its picture. */
    private static void assertStopLevelDrawnWhole(AtlasMapPane map, javafx.scene.Parent baseMap) throws Exception {
        assertThat(visibleBasemapTiles(baseMap, tile -> !magnified(tile) && inView(map, tile) && !withPicture(tile)))
                .as("basemap tiles in view at the level the wheel stopped at, without a picture").isZero();
    }

    /** One wheel notch at a point of the map, fired on the JavaFX thread without waiting for it. */
    private static void fireWheel(AtlasMapPane map, Point2D at, int notches) {
        javafx.application.Platform.runLater(() -> {
            Point2D scene = map.localToScene(at);
            Point2D screen = map.localToScreen(at);
            javafx.event.Event.fireEvent(map.mapView(), new javafx.scene.input.ScrollEvent(
                    javafx.scene.input.ScrollEvent.SCROLL, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                    false, false, false, false, false, false, 0, 40 * notches, 0, 40 * notches,
                    javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
    }

    @Test
    void noPaneUnderTheMapOrThePanelFillsItselfWithATransparentBackground() throws Exception {
        clickAt(110.0, 29.0); // Wuling: the side panel open beside the map
        assertThat(app.window().panelShown()).isTrue();
        // JavaFX paints a transparent background like an opaque one: a fill of every pixel under it at every frame.
        java.util.List<String> transparent = WaitForAsyncUtils.asyncFx(() -> {
            java.util.List<String> found = new java.util.ArrayList<>();
            collectTransparentBackgrounds(app.window(), found);
            return found;
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(transparent).as("visible panes filled with a transparent background").isEmpty();
    }

    @Test
    void theControlsOverTheMapArePaintedFromPicturesAndTheMapItselfIsNot() throws Exception {
        AtlasMapPane map = app.window().mapPane();
        assertControlsCached(map);
        javafx.scene.control.ToggleButton dark = robot.lookup(
                (javafx.scene.Node n) -> n instanceof javafx.scene.control.ToggleButton).query();
        WaitForAsyncUtils.asyncFx(dark::fire).get(Patience.SECONDS, TimeUnit.SECONDS); // a new map view
        WaitForAsyncUtils.waitForFxEvents();
        assertControlsCached(app.window().mapPane());
    }

    /**
     * Every frame of a pan repaints what lies over the map: the legend, scale bar, buttons and the indicator picker
     * are painted from pictures kept of them, the map view and the window-sized layer of the hover tip are not.
     */
    private static void assertControlsCached(AtlasMapPane map) throws Exception {
        java.util.Map<String, Boolean> cached = WaitForAsyncUtils.asyncFx(() -> {
            java.util.Map<String, Boolean> found = new java.util.LinkedHashMap<>();
            for (javafx.scene.Node node : map.getChildren()) {
                boolean mapSized = node.getBoundsInParent().getWidth() >= map.getWidth() - 1
                        && node.getBoundsInParent().getHeight() >= map.getHeight() - 1;
                String name = node instanceof com.gluonhq.maps.MapView ? "map view"
                        : mapSized ? "map-sized layer" : node.getClass().getSimpleName();
                found.merge(name, node.isCache(), Boolean::logicalAnd);
            }
            return found;
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(cached).containsEntry("map view", false).containsEntry("map-sized layer", false)
                .containsEntry("LegendView", true).containsEntry("ScaleBarView", true)
                .containsEntry("VBox", true).containsEntry("IndicatorBar", true);
    }

    private static void collectTransparentBackgrounds(javafx.scene.Node node, java.util.List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        // Panes, not controls: a flat button's or a scroll bar track's transparent fill is a few thousand pixels.
        if (node instanceof javafx.scene.layout.Region region && region.getWidth() * region.getHeight() > 200 * 200
                && region.getBackground() != null
                && region.getBackground().getFills().stream().anyMatch(
                        fill -> fill.getFill() instanceof javafx.scene.paint.Color colour && colour.getOpacity() == 0)) {
            found.add(region.getClass().getSimpleName() + region.getStyleClass());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTransparentBackgrounds(child, found));
        }
    }

    @Test
    void clickingLhasaShowsTibetWithItsPrintedConflict() {
        clickAt(91.13, 29.65);
        assertThat(app.window().panelShown()).isTrue();
        assertThat(app.window().panel().titleLabel().getText()).isEqualTo("Tibet");
        assertThat(app.window().panel().rateLabel().getText()).isEqualTo("23.79 %");
        ProvinceRow row = app.window().panel().table().rows().get(0);
        assertThat(row.provinceRate()).isEqualTo("23.80 %");
        assertThat(row.gapPrinted()).startsWith("2.21");
        assertThat(row.gapComputed()).startsWith("0.01");
        assertThat(row.conflict()).isTrue();
        assertThat(app.window().mapPane().overlay().shadedProvinceCount()).isEqualTo(1);
        assertThat(app.window().mapPane().overlay().outlinedSelection()).isEqualTo("tibet");
        // Cited as a reader finds it in the paper: the table and its row, with the printed words.
        assertThat(app.window().panel().listedLines())
                .anyMatch(line -> line.contains(", Table 1, row Tibet Region – Tibet — “Tibet 23.80% 2.21%”"));
        assertThat(row.sourceNote()).contains("Wang, Li & He (2014), Table 1, row Tibet Region – Tibet");
    }

    @Test
    void anotherSelectionReusesThePanelsNodesAndAPanelAtRestIsNotLaidOutAgain() {
        clickAt(109.19, 27.72); // Tongren, in the Wuling Mountains: four provinces
        assertThat(app.window().panel().titleLabel().getText()).isEqualTo("Wuling Mountains");
        assertThat(app.window().panel().table().rows()).hasSize(4);
        java.util.List<javafx.scene.Node> chartNodes = java.util.List.copyOf(
                app.window().panel().chart().getChildrenUnmodifiable());

        clickAt(91.13, 29.65); // Lhasa: Tibet, one province
        assertThat(app.window().panel().titleLabel().getText()).isEqualTo("Tibet");
        assertThat(app.window().panel().table().rows()).hasSize(1);
        assertThat(app.window().panel().table().shownTexts(0)).containsExactly("Tibet", "23.80 %", "2.21 pp ⚠",
                "0.01 pp", "conflict");
        assertThat(app.window().panel().chart().getChildrenUnmodifiable())
                .as("the chart shows Tibet with the nodes it showed Wuling with").containsExactlyElementsOf(chartNodes);

        // At rest, laying the panel out again changes nothing: no text line is told its width anew (a line that
        // is asks for another layout, and the panel had re-laid and repainted itself at every pulse).
        javafx.scene.text.Text line = (javafx.scene.text.Text) app.window().panel().lookup(".source-text");
        int[] widthChanges = {0};
        line.wrappingWidthProperty().addListener(o -> widthChanges[0]++);
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> {
                app.window().panel().requestLayout();
                app.window().panel().layout();
            });
        }
        assertThat(widthChanges[0]).isZero();
    }

    @Test
    void thePanelsStyleClassesFollowTheSelectionAndAreLeftAloneWhenTheyStayTheSame() {
        javafx.scene.control.Label rate = app.window().panel().rateLabel();
        clickAt(91.13, 29.65); // Lhasa: Tibet, rate reported, boundary sourced
        javafx.scene.control.Label shownQuality = (javafx.scene.control.Label) app.window().panel()
                .lookup(".quality-sourced");
        assertThat(rate.getStyleClass()).doesNotContain("not-reported");
        assertThat(shownQuality).isNotNull();
        int[] changes = {0};
        rate.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) c -> changes[0]++);
        shownQuality.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) c -> changes[0]++);

        clickAt(75.99, 39.47); // Kashgar: Southern Xinjiang, also reported and sourced
        assertThat(app.window().panel().titleLabel().getText()).isEqualTo("Three Prefectures of Southern Xinjiang");
        assertThat(changes[0]).as("classes set again would have styled the labels anew").isZero();

        clickAt(97.0, 33.0); // Yushu: Tibetan Areas, no rate in Table 1
        assertThat(rate.getStyleClass()).contains("not-reported");
        assertThat(shownQuality.getStyleClass().stream().filter(c -> c.startsWith("quality-")))
                .containsExactly("quality-sourced");
        clickAt(109.19, 27.72); // Tongren: Wuling Mountains, reported, boundary approximate
        assertThat(rate.getStyleClass()).doesNotContain("not-reported");
        assertThat(shownQuality.getStyleClass().stream().filter(c -> c.startsWith("quality-")))
                .containsExactly("quality-approximate");
    }

    @Test
    void clickingOutsideEveryRegionClearsTheSelection() {
        clickAt(91.13, 29.65);
        assertThat(app.window().panelShown()).isTrue();
        clickAt(104.07, 30.67);
        assertThat(app.window().panelShown()).isFalse();
        assertThat(app.window().mapPane().overlay().shadedProvinceCount()).isZero();
        assertThat(app.window().statusLabel().getText()).contains("Sichuan").contains("青羊区");
    }

    @Test
    void aClickInCitiesOutsideTheRegionsProvincesNamesTheirCountyInTheStatusLine() {
        // Large counties, so that a click on the whole-country view (some 5 km a pixel) lands inside them.
        clickAt(121.50, 31.62); // Chongming island, Shanghai: 崇明县 in 2012, drawn by the map package as 崇明区
        assertThat(app.window().statusLabel().getText()).contains("Shanghai").contains("崇明县");
        clickAt(116.95, 40.45); // Miyun, Beijing
        assertThat(app.window().statusLabel().getText()).contains("Beijing").contains("密云县");
        assertThat(app.window().panelShown()).isFalse();
    }

    @Test
    void languageSwitchChangesTheInterfaceTexts() {
        Button language = robot.lookup(".language-switch").queryButton();
        assertThat(language.getText()).isEqualTo("中文");
        robot.clickOn(language);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(language.getText()).isEqualTo("English");
        assertThat(app.window().searchField().getPromptText()).startsWith("查找片区");
        clickAt(91.13, 29.65);
        assertThat(app.window().panel().titleLabel().getText()).isEqualTo("西藏区");
    }

    @Test
    void turningTheWheelOutPastTheLowestLevelStopsThereInsteadOfDoingNothing() {
        AtlasMapPane map = app.window().mapPane();
        double before = map.currentViewport().zoom();
        int lowest = org.cpatlas.map.MapNavigator.lowestZoom(map.mapView().getHeight());
        assertThat(before).as("the first view is above the lowest level").isGreaterThan(lowest);

        wheelAt(map, 105, 35, -(int) (before - lowest) - 1);

        // Was: Gluon Maps refused the whole step, one notch too far, and the map stayed where it was.
        assertThat(map.currentViewport().zoom()).isEqualTo(lowest);
    }

    @Test
    void zoomingOutAroundAPointLowInTheMapLeavesNoBandAboveTheWorldAndADragThenFollowsTheMouse() {
        AtlasMapPane map = app.window().mapPane();
        double w = map.mapView().getWidth();
        double h = map.mapView().getHeight();
        var low = map.mapView().getMapPosition(w * 0.4, h * 0.85);
        int lowest = org.cpatlas.map.MapNavigator.lowestZoom(h);

        wheelAt(map, low.getLongitude(), low.getLatitude(), -(int) (map.currentViewport().zoom() - lowest) - 1);

        assertThat(map.currentViewport().zoom()).isEqualTo(lowest);
        // Was: the world's top edge 90 px and more below the top of the map, a blank band above it.
        assertThat(map.screenPointOf(low.getLongitude(), 85.05).getY()).as("the world's top edge").isLessThan(1);
        assertThat(map.screenPointOf(low.getLongitude(), -85.05).getY()).as("the world's bottom edge")
                .isGreaterThan(h - 1);
        Point2D from = new Point2D(w * 0.4, h * 0.3);
        var place = map.mapView().getMapPosition(from.getX(), from.getY());
        robot.drag(map.mapView().localToScreen(from)).moveBy(0, -60).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Point2D now = map.screenPointOf(place.getLongitude(), place.getLatitude());
        // Was: the first step of the drag closed the band, and the place ran ahead of the mouse by its height.
        assertThat(now.getY()).as("the place dragged stays under the mouse or lags at the edge, never runs ahead")
                .isBetween(from.getY() - 60 - 2.5, from.getY() + 2.5);
    }

    @Test
    void aSecondSearchTypedWithEnterSelectsTheRegionTypedWhileTheSuggestionsShow() {
        assertThat(app.window().searchSuggestions()).as("the suggestions' popup is made when first needed, not before")
                .isNull();
        searchAndEnter("Wuling Mountains");
        assertThat(app.window().mapPane().overlay().outlinedSelection()).isEqualTo("wuling");

        searchAndEnter("Three Prefectures of Southern Xinjiang");

        // Was: the suggestion the reused popup had kept focused from the first search.
        assertThat(app.window().mapPane().overlay().outlinedSelection()).isEqualTo("south_xinjiang");
        assertThat(app.window().panel().titleLabel().getText()).isEqualTo("Three Prefectures of Southern Xinjiang");
    }

    private void searchAndEnter(String text) {
        javafx.scene.control.TextField search = app.window().searchField();
        robot.clickOn(search);
        robot.interact(search::clear);
        robot.write(text);
        assertThat(robot.lookup(".context-menu").tryQuery()).as("the suggestions show").isPresent();
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** One wheel notch towards the user (zoom in) with the cursor at a lon/lat. */
    private void wheelAt(AtlasMapPane map, double lon, double lat) {
        wheelAt(map, lon, lat, 1);
    }

    /** Notches of the wheel over Chongqing's east, each one once the map has drawn the level it went to. */
    private void wheelNotchByNotch(AtlasMapPane map, int... notches) throws Exception {
        for (int notch : notches) {
            wheelAt(map, 107.5, 29.5, notch);
            WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                    () -> app.basemapTilesPending() == 0 && map.overlay().tilesSettled());
        }
    }

    /** Wheel notches (positive: zoom in) with the cursor at a lon/lat. */
    private void wheelAt(AtlasMapPane map, double lon, double lat, int notches) {
        Point2D at = map.screenPointOf(lon, lat);
        Point2D scene = map.localToScene(at);
        Point2D screen = map.localToScreen(at);
        robot.interact(() -> javafx.event.Event.fireEvent(map.mapView(), new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, scene.getX(), scene.getY(), screen.getX(), screen.getY(), false,
                false, false, false, false, false, 0, 40 * notches, 0, 40 * notches,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickAt(double lon, double lat) {
        AtlasMapPane map = app.window().mapPane();
        Point2D local = map.screenPointOf(lon, lat);
        assertThat(map.getLayoutBounds().contains(local)).as("(%s, %s) is on the visible map", lon, lat).isTrue();
        Point2D screen = map.localToScreen(local);
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
