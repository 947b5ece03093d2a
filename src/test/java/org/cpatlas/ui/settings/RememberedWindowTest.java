package org.cpatlas.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cpatlas.app.AtlasApplication;
import org.cpatlas.render.MapViewport;
import org.cpatlas.settings.SettingsFile;
import org.cpatlas.testing.LogLines;
import org.cpatlas.testing.Patience;
import org.cpatlas.ui.kit.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, closed and opened again on the same settings file, as a user comes back to it. */
class RememberedWindowTest {

    @TempDir
    Path dir;

    private AtlasApplication app;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    private Path settingsPath() {
        return dir.resolve("config/cpatlas/settings.properties");
    }

    private AtlasApplication open() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = (AtlasApplication) FxToolkit.setupApplication(() -> new AtlasApplication(Path.of("maps"),
                dir.resolve("atlas.db"), null, new SettingsFile(settingsPath())));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window() != null && app.help() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /** Closes the window as a user does (its close button: settings saved), then ends the application. */
    private void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(app);
        app = null;
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            closeWindow();
        }
    }

    @Test
    void theAtlasReopensAsItWasLeft() throws Exception {
        open();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(720);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            app.i18n().localeProperty().set(I18n.CHINESE);
            app.window().setDarkTheme(true);
            app.window().panelWidthProperty().set(520);
            app.viewModel().select("wuling");
            app.window().mapPane().zoomToRegion("wuling");
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> app.window().mapPane().currentViewport().zoom() >= 6);
        MapViewport left = app.window().mapPane().currentViewport();
        double panelLeft = app.window().panelWidthProperty().get();

        closeWindow();
        assertThat(Files.readAllLines(settingsPath())).contains("ui.language=zh", "ui.theme=dark",
                "view.selection=wuling", "window.width=1100", "window.height=720", "window.maximised=false",
                "view.zoom=" + (long) left.zoom());

        open();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> app.window().mapPane().currentViewport().zoom() == left.zoom());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.i18n().isChinese()).isTrue();
        assertThat(app.window().darkTheme()).isTrue();
        assertThat(app.viewModel().selectedCodeProperty().get()).isEqualTo("wuling");
        assertThat(app.window().panelShown()).isTrue();
        assertThat(app.window().panelWidthProperty().get()).isCloseTo(panelLeft, within(2.0));
        assertThat(stage.getWidth()).isEqualTo(1100);
        assertThat(stage.getHeight()).isEqualTo(720);
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        MapViewport again = app.window().mapPane().currentViewport();
        assertThat(again.centerLon()).isCloseTo(left.centerLon(), within(1e-6));
        assertThat(again.centerLat()).isCloseTo(left.centerLat(), within(1e-6));
    }

    @Test
    void aWindowLeftOffScreenComesBackOnScreenAndARegionNoLongerThereIsForgotten() throws Exception {
        Files.createDirectories(settingsPath().getParent());
        Files.writeString(settingsPath(), "window.x=6000\nwindow.y=-4000\nwindow.width=5000\nwindow.height=900\n"
                + "view.selection=atlantis\n");
        open();
        assertThat(app.viewModel().selectedCodeProperty().get()).isNull();
        assertThat(app.window().panelShown()).isFalse();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(stage.getX()).isBetween(screen.getMinX(), screen.getMaxX() - 100);
        assertThat(stage.getY()).isBetween(screen.getMinY(), screen.getMaxY() - 100);
        assertThat(stage.getWidth()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(stage.getHeight()).isEqualTo(900);
    }

    @Test
    void aDamagedSettingsFileNeitherStopsTheStartNorIsLost() throws Exception {
        Files.createDirectories(settingsPath().getParent());
        byte[] damaged = new byte[2048];
        new java.util.Random(17).nextBytes(damaged);
        Files.write(settingsPath(), damaged);
        try (LogLines log = LogLines.of(SettingsFile.class)) {
            open();
            assertThat(log.lines()).singleElement().asString().contains("was ignored: it is not UTF-8 text");
        }
        assertThat(app.window().mapPane().overlay().regionCount()).isEqualTo(14);
        assertThat(app.window().darkTheme()).isFalse();

        closeWindow();
        assertThat(Files.readAllBytes(settingsPath().resolveSibling("settings.properties.damaged")))
                .isEqualTo(damaged);
        assertThat(Files.readAllLines(settingsPath())).contains("ui.theme=light");
    }

    @Test
    void ctrlQClosesTheWindowAndItsSettingsAreSaved() throws Exception {
        open();
        robot.clickOn(app.window().mapPane().mapView());
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(Files.readAllLines(settingsPath())).anyMatch(line -> line.startsWith("window.width="));
    }

    @Test
    void resetSettingsPutsTheDefaultsBackAndForgetsTheFile() throws Exception {
        Files.createDirectories(settingsPath().getParent());
        Files.writeString(settingsPath(), "ui.theme=dark\nview.selection=qinba\nwindow.x=20\nwindow.y=20\n"
                + "window.width=1000\nwindow.height=700\nexport.format=SVG\n");
        open();
        assertThat(app.window().darkTheme()).isTrue();
        assertThat(app.window().panelShown()).isTrue();

        javafx.scene.control.MenuItem reset = app.help().button().getItems().stream()
                .filter(item -> "Reset settings…".equals(item.getText())).findFirst().orElseThrow();
        javafx.application.Platform.runLater(reset::fire); // the question it asks waits for an answer
        java.util.function.Predicate<javafx.scene.Node> resetButton = n -> n instanceof javafx.scene.control.Button b
                && "Reset".equals(b.getText()) && b.getScene() != null && b.getScene().getWindow() != null
                && b.getScene().getWindow().isShowing();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup(resetButton).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(resetButton).queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.window().darkTheme()).isFalse();
        assertThat(app.viewModel().selectedCodeProperty().get()).isNull();
        assertThat(app.window().panelShown()).isFalse();
        assertThat(stage.getWidth()).isEqualTo(1360);
        assertThat(app.window().statusLabel().getText()).isEqualTo("Settings reset to the defaults.");
        assertThat(new SettingsFile(settingsPath()).load().isEmpty()).isTrue();
    }
}
