package org.cpatlas.ui;

import org.cpatlas.ui.kit.I18n;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.cpatlas.app.AtlasApplication;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the window's default size (1360 x 860) nothing the side panel shows is cut short: no header, value, flag or
 * title ends in an ellipsis or reaches past the panel's edge, for every region compared with another, in both
 * languages. With {@code -Dpanel.snapshots=DIR} the test also
 * saves a picture of each panel, to look at.
 */
class PanelFitsTest {

    @TempDir
    Path dataDir;

    private AtlasApplication app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setWidth(1360);
            s.setHeight(860);
        });
        app = (AtlasApplication) FxToolkit.setupApplication(
                () -> new AtlasApplication(Path.of("maps"), dataDir.resolve("atlas.db")));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.setWidth(1360);
            stage.setHeight(860);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void nothingInThePanelIsCutShortForAnyRegionInEitherLanguage() throws Exception {
        List<String> clipped = new ArrayList<>();
        for (boolean chinese : new boolean[] {false, true}) {
            robot.interact(() -> app.i18n().localeProperty().set(chinese ? I18n.CHINESE : I18n.ENGLISH));
            for (RegionSummary region : app.window().panel() == null ? List.<RegionSummary>of()
                    : regions()) {
                robot.interact(() -> app.window().mapPane().getScene().getRoot().layout());
                robot.interact(() -> selectAsAClickWould(region.code()));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> app.window().getScene().getRoot().layout());
                collectClipped(app.window().panel(), region.code() + (chinese ? "/zh" : "/en"), clipped);
                collectOutside(app.window().panel(), region.code() + (chinese ? "/zh" : "/en"), clipped);
                snapshot(region.code() + (chinese ? "-zh" : "-en"));
            }
        }
        assertThat(clipped).isEmpty();
    }

    private List<RegionSummary> regions() {
        return List.copyOf(app.core().store().repository().regions());
    }

    /** Selects the region, compared with the Tibetan areas (the longest name) or, for them, with Tibet. */
    private void selectAsAClickWould(String code) {
        app.window().viewModel().select(code);
        app.window().viewModel().compareWith(code.equals("tibetan_areas") ? "tibet" : "tibetan_areas");
    }

    /** Labels whose shown text is shorter than their text (JavaFX shows an ellipsis), among visible nodes. */
    private static void collectClipped(Node node, String where, List<String> clipped) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            Text shown = (Text) labeled.lookup(".text");
            if (shown != null && !shown.getText().equals(labeled.getText())) {
                clipped.add(where + ": '" + labeled.getText() + "' shown as '" + shown.getText() + "'");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectClipped(child, where, clipped);
            }
        }
    }

    /** Texts that reach past the right edge of the panel's viewport, where nobody can read them. */
    private static void collectOutside(org.cpatlas.ui.panel.RegionPanel panel, String where, List<String> outside) {
        Node viewport = panel.lookup(".viewport");
        javafx.geometry.Bounds visible = viewport.localToScene(viewport.getLayoutBounds());
        collectOutside(panel.getContent(), visible.getMaxX() + 1, where, outside);
    }

    private static void collectOutside(Node node, double right, String where, List<String> outside) {
        if (!node.isVisible()) {
            return;
        }
        if ((node instanceof Labeled || node instanceof Text) && node.localToScene(node.getLayoutBounds()).getMaxX()
                > right) {
            String text = node instanceof Labeled l ? l.getText() : ((Text) node).getText();
            if (text != null && !text.isBlank()) {
                outside.add(where + ": '" + text + "' reaches past the panel's right edge");
            }
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectOutside(child, right, where, outside);
            }
        }
    }

    private void snapshot(String name) throws Exception {
        String dir = System.getProperty("panel.snapshots");
        if (dir == null) {
            return;
        }
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(
                () -> app.window().getScene().snapshot(null)).get(Patience.SECONDS, TimeUnit.SECONDS);
        java.awt.image.BufferedImage png = javafx.embed.swing.SwingFXUtils.fromFXImage(image, null);
        javax.imageio.ImageIO.write(png, "png", Path.of(dir, name + ".png").toFile());
    }
}
