package org.cpatlas.ui.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Spinner;
import org.cpatlas.app.AtlasApplication;
import org.cpatlas.print.Orientation;
import org.cpatlas.print.Paper;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.settings.Settings;
import org.cpatlas.testing.Patience;
import org.cpatlas.ui.kit.DialogService;
import org.cpatlas.ui.settings.RememberedSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog opens with the last export's choices, and the file chooser in the folder last saved to. */
class RememberedExportTest {

    @TempDir
    Path dir;

    private AtlasApplication app;
    private final FxRobot robot = new FxRobot();
    private final List<Optional<Path>> foldersOffered = new ArrayList<>();
    private final List<String> told = new ArrayList<>();

    @BeforeEach
    void openWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (AtlasApplication) FxToolkit.setupApplication(
                () -> new AtlasApplication(Path.of("maps"), dir.resolve("atlas.db")));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theNextExportStartsFromTheLastChoicesAndFolder() throws Exception {
        Path lastFolder = Files.createDirectories(dir.resolve("last exports"));
        Path newFolder = Files.createDirectories(dir.resolve("figures for the paper"));
        Settings settings = new Settings();
        settings.putRaw("export.format", "PNG");
        settings.putRaw("export.paper", "A3");
        settings.putRaw("export.orientation", "PORTRAIT");
        settings.putRaw("export.dpi", "150");
        settings.putRaw("folder.export", lastFolder.toString());
        ExportMemory memory = new RememberedSettings(settings, 1360, 860).exportMemory();
        DesktopOutput output = WaitForAsyncUtils.asyncFx(() -> new DesktopOutput(app.core(), app.viewModel(),
                new Dialogs(newFolder.resolve("china.svg")), app.i18n(), app.stage(),
                () -> AtlasFonts.load())).get();
        output.rememberWith(memory);

        Platform.runLater(() -> output.export(app.window().mapPane().currentViewport()));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        List<ChoiceBox<?>> choices = pane.lookupAll(".choice-box").stream().<ChoiceBox<?>>map(n -> (ChoiceBox<?>) n)
                .toList();
        Spinner<?> dpi = (Spinner<?>) pane.lookup(".spinner");
        assertThat(choices.get(1).getValue()).isEqualTo(ExportSettings.Format.PNG);
        assertThat(choices.get(2).getValue()).isEqualTo(Paper.A3);
        assertThat(choices.get(3).getValue()).isEqualTo(Orientation.PORTRAIT);
        assertThat(dpi.getValue()).isEqualTo(150);

        @SuppressWarnings("unchecked")
        ChoiceBox<ExportSettings.Format> format = (ChoiceBox<ExportSettings.Format>) choices.get(1);
        WaitForAsyncUtils.asyncFx(() -> format.setValue(ExportSettings.Format.SVG)).get();
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !told.isEmpty());

        assertThat(foldersOffered).containsExactly(Optional.of(lastFolder));
        assertThat(told).singleElement().asString().startsWith("Export map: Saved " + newFolder.resolve("china.svg"));
        assertThat(settings.asMap()).containsEntry("export.format", "SVG").containsEntry("export.paper", "A3")
                .containsEntry("export.orientation", "PORTRAIT").containsEntry("export.dpi", "150")
                .containsEntry("export.what", "MAP_AS_SHOWN")
                .containsEntry("folder.export", newFolder.toString());
        assertThat(newFolder.resolve("china.svg")).isNotEmptyFile();
    }

    @Test
    void withNoPrinterTheComparisonSheetIsSavedAsPdfInTheFolderLastSavedTo() throws Exception {
        Path lastFolder = Files.createDirectories(dir.resolve("last exports"));
        Path newFolder = Files.createDirectories(dir.resolve("comparisons"));
        Settings settings = new Settings();
        settings.putRaw("folder.export", lastFolder.toString());
        ExportMemory memory = new RememberedSettings(settings, 1360, 860).exportMemory();
        Dialogs dialogs = new Dialogs(newFolder.resolve("wuling-liupan.pdf"));
        dialogs.agree = true;
        DesktopOutput output = WaitForAsyncUtils.asyncFx(() -> new DesktopOutput(app.core(), app.viewModel(),
                dialogs, app.i18n(), app.stage(), () -> AtlasFonts.load())).get();
        output.rememberWith(memory);
        boolean comparing = WaitForAsyncUtils.asyncFx(() -> {
            app.viewModel().select("wuling");
            return app.viewModel().compareWith("liupan");
        }).get();
        assertThat(comparing).isTrue();

        Platform.runLater(output::printComparison); // no printer here: the atlas offers a PDF instead
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !told.isEmpty());

        assertThat(foldersOffered).containsExactly(Optional.of(lastFolder));
        assertThat(told).singleElement().asString()
                .startsWith("Export map: Saved " + newFolder.resolve("wuling-liupan.pdf"));
        assertThat(settings.asMap()).containsEntry("folder.export", newFolder.toString());
        assertThat(Files.readAllBytes(newFolder.resolve("wuling-liupan.pdf"))).startsWith("%PDF".getBytes());
    }

    /** Saves where the test says and records what it was offered and told. */
    private final class Dialogs implements DialogService {
        private final Path target;
        private boolean agree;

        Dialogs(Path target) {
            this.target = target;
        }

        @Override
        public void showError(String title, String message) {
            told.add(title + ": " + message);
        }

        @Override
        public void showInformation(String title, String message) {
            told.add(title + ": " + message);
        }

        @Override
        public boolean confirm(String title, String message, String yes, String no) {
            return agree;
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String name, String description, String extension) {
            return chooseSaveFile(title, name, description, extension, Optional.empty());
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String name, String description, String extension,
                Optional<Path> folder) {
            foldersOffered.add(folder);
            return Optional.of(target);
        }
    }
}
