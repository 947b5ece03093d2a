package org.cpatlas.faults;

import org.cpatlas.testing.Patience;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.cpatlas.app.AtlasApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application, headless (TestFX + Monocle), started on a broken maps folder or a corrupt database: it shows
 * what is wrong in words (never a stack trace), stays usable, and recovers with "Try again" once the file is fixed.
 */
class StartupWindowFaultsTest {

    @TempDir
    Path tmp;

    private AtlasApplication app;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    private void start(Path maps, Path db) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setWidth(1280);
            s.setHeight(820);
        });
        app = (AtlasApplication) FxToolkit.setupApplication(() -> new AtlasApplication(maps, db));
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void missingPartOfAMapLayerIsShownInWordsAndTryAgainOpensTheAtlasOnceItIsBack() throws Exception {
        Path maps = copyOfRealMaps(tmp.resolve("maps"));
        Path shx = maps.resolve("counties.shx");
        byte[] saved = Files.readAllBytes(shx);
        Files.delete(shx);
        FolderSnapshot before = FolderSnapshot.of(maps);

        start(maps, tmp.resolve("data/atlas.db"));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.startupView().showsError());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.startupView().errorText()).isEqualTo("Missing " + shx + ": the layer counties needs"
                + " counties.shp, counties.shx and counties.dbf side by side; copy the missing .shx from the same export"
                + " next to the others");
        assertThat(app.startupView().errorText()).doesNotContain("Exception", "at org.", "\tat ");
        assertThat(stage.isShowing()).isTrue();
        assertThat(app.window()).isNull();
        assertThat(FolderSnapshot.of(maps)).as("the maps folder is not touched").isEqualTo(before);

        Files.write(shx, saved);
        Button retry = robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Try again".equals(b.getText())).findFirst().orElseThrow();
        robot.clickOn(retry);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.window().mapPane().overlay().regionCount()).isEqualTo(14);
        assertThat(stage.getScene().getRoot()).isSameAs(app.window());
    }

    @Test
    void corruptDatabaseIsMovedAsideWithItsBytesAndTheAtlasOpensWithAWarning() throws Exception {
        Path dataDir = Files.createDirectories(tmp.resolve("data"));
        Path db = dataDir.resolve("atlas.db");
        byte[] garbage = new byte[48 * 1024];
        new Random(2024).nextBytes(garbage);
        Files.write(db, garbage);

        start(Path.of("maps"), db);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window() != null);
        WaitForAsyncUtils.waitForFxEvents();

        List<Path> aside;
        try (Stream<Path> files = Files.list(dataDir)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("atlas.db.corrupt-")).toList();
        }
        assertThat(aside).singleElement().satisfies(p -> assertThat(p).hasBinaryContent(garbage));
        assertThat(app.window().statusLabel().getText()).isEqualTo("the database " + db + " was damaged (it is not"
                + " an SQLite database); it was moved to " + aside.get(0) + " and a new one was built from the bundled"
                + " data");
        assertThat(app.core().store().inMemory()).isFalse();
        assertThat(app.window().mapPane().overlay().regionCount()).isEqualTo(14);
        assertThat(app.core().store().repository().regions()).hasSize(14);
    }

    static Path copyOfRealMaps(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(Path.of("maps"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith("regions.") || name.startsWith("provinces.") || name.startsWith("counties.")
                        || name.startsWith("countries.")) {
                    Files.copy(p, target.resolve(name));
                }
            }
        }
        return target;
    }
}
