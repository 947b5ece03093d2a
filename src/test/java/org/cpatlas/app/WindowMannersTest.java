package org.cpatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What the desktop and its users expect of a window: icon, class, title, keys, tooltips, names for screen readers. */
class WindowMannersTest {

    @TempDir
    Path dataDir;

    private AtlasApplication app;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = (AtlasApplication) FxToolkit.setupApplication(
                () -> new AtlasApplication(Path.of("maps"), dataDir.resolve("atlas.db")));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window() != null && app.help() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowHasTheAtlasIconAtEverySizeItsOwnClassAndItsTitle() throws Exception {
        // The icons are handed to the window after its first frame (WindowIdentity): they come, all of them.
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !stage.getIcons().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getIcons()).extracting(Image::getWidth)
                .containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(stage.getIcons()).allMatch(i -> !i.isError() && i.getHeight() == i.getWidth());
        assertThat(WaitForAsyncUtils.asyncFx(WindowIdentity::windowClass).get()).isEqualTo("cpatlas");
        assertThat(stage.getTitle()).isEqualTo("Atlas of China's Contiguous Poor Regions");
    }

    @Test
    void ctrlFPutsTheCursorInTheSearchField() {
        robot.clickOn(app.window().mapPane().mapView());
        assertThat(app.window().searchField().isFocused()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().searchField().isFocused()).isTrue();
    }

    @Test
    void tooltipsSayWhatTheActionDoesAndItsKeysNotJustTheLabel() throws Exception {
        selectTibet(); // the side panel's buttons too
        assertThat(tooltipOf(button("Print…"))).isEqualTo("Print the map as shown, at the printer's resolution (Ctrl+P)");
        assertThat(tooltipOf(button("Whole country"))).isEqualTo("Show the whole country again (Home)");
        assertThat(app.window().searchField().getTooltip().getText())
                .isEqualTo("Find a region by its Chinese or English name; Enter selects the best match (Ctrl+F)");
        assertThat(app.help().button().getTooltip().getText()).startsWith("Keyboard shortcuts, how to read this map");
        assertThat(tooltipOf(button("Close"))).isEqualTo("Clear the selection and close the side panel (Escape)");
        for (ButtonBase b : all(app.window(), ButtonBase.class)) {
            Tooltip tip = b.getTooltip();
            assertThat(tip).as("tooltip of " + name(b)).isNotNull();
            assertThat(tip.getText()).as("tooltip of " + name(b)).isNotBlank().isNotEqualTo(b.getText());
        }
    }

    @Test
    void everyControlOfTheWindowHasANameAndARoleForScreenReaders() throws Exception {
        selectTibet(); // the side panel's controls too
        List<Control> controls = all(app.window(), Control.class);
        assertThat(controls).hasSizeGreaterThan(15);
        for (Control c : controls) {
            assertThat(name(c)).as("accessible name of a " + c.getClass().getSimpleName() + " " + c.getStyleClass())
                    .isNotBlank();
            assertThat(c.getAccessibleRole()).as("role of " + name(c)).isNotIn(AccessibleRole.NODE,
                    AccessibleRole.PARENT);
        }
        assertThat(button("Zoom in").getAccessibleRole()).isEqualTo(AccessibleRole.BUTTON);
        assertThat(app.window().mapPane().mapView().getAccessibleText()).startsWith("Map of China's 14 contiguous");
    }

    private void selectTibet() throws Exception {
        assertThat(WaitForAsyncUtils.asyncFx(() -> app.viewModel().select("tibet")).get()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().panelShown()).isTrue();
    }

    /** What a screen reader says for a control: its accessible text, else its label, else its prompt. */
    private static String name(Control c) {
        if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) {
            return c.getAccessibleText();
        }
        if (c instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return l.getText();
        }
        if (c instanceof TextInputControl t && t.getPromptText() != null) {
            return t.getPromptText();
        }
        return "";
    }

    private Button button(String name) {
        return all(app.window(), Button.class).stream().filter(b -> name.equals(name(b))).findFirst().orElseThrow();
    }

    private static String tooltipOf(Control c) {
        return c.getTooltip().getText();
    }

    /**
     * The visible controls of this type under a node, not descending into controls (a control's skin parts) but for
     * the containers (tool bar, split and scroll panes), which are looked into and need no name of their own.
     */
    private static <T extends Control> List<T> all(Parent root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Control> void collect(Node node, Class<T> type, List<T> found) {
        if (!node.isVisible() || node instanceof javafx.scene.control.ScrollBar) {
            return; // a scroll pane's own scroll bars: the pane is what is named
        }
        boolean container = node instanceof javafx.scene.control.ScrollPane
                || node instanceof javafx.scene.control.SplitPane || node instanceof javafx.scene.control.ToolBar
                || node instanceof javafx.scene.control.TitledPane || node instanceof javafx.scene.control.TabPane;
        if (node instanceof Control c && !container) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, type, found);
            }
        }
    }
}
