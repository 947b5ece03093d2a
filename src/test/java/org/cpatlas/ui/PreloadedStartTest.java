package org.cpatlas.ui;

import org.cpatlas.testing.Patience;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.cpatlas.app.AtlasApplication;
import org.cpatlas.core.AtlasCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up of the desktop launcher: maps and figures begin loading before the window exists; loading that is
 * done opens the atlas directly, loading that fails shows the error in words in the start-up view.
 */
class PreloadedStartTest {

    @TempDir
    Path tmp;

    private AtlasApplication app;

    private Stage start(Path maps, Path db, CompletableFuture<AtlasCore> opening) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (AtlasApplication) FxToolkit.setupApplication(() -> new AtlasApplication(maps, db, opening));
        return stage;
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void loadingDoneBeforeTheWindowOpensShowsTheAtlasWithoutTheProgressView() throws Exception {
        Path db = tmp.resolve("atlas.db");
        CompletableFuture<AtlasCore> opening = AtlasApplication.openInBackground(Path.of("maps"), db);
        opening.get(60, TimeUnit.SECONDS);

        Stage stage = start(Path.of("maps"), db, opening);

        assertThat(app.window()).isNotNull();
        assertThat(app.stage().getScene().getRoot()).isSameAs(app.window());
        assertThat(app.core()).isSameAs(opening.join());
        assertThat(stage.isShowing() || app.stage().isShowing()).isTrue();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window().mapPane().overlay().regionsDrawn());
    }

    @Test
    void loadingNotDoneWhenTheWindowOpensShowsTheWindowAtOnceWithNothingInItThenTheAtlas() throws Exception {
        Path db = tmp.resolve("atlas.db");
        AtlasCore loaded = AtlasApplication.openInBackground(Path.of("maps"), db).get(Patience.WARM_UP.toSeconds(),
                TimeUnit.SECONDS);
        CompletableFuture<AtlasCore> opening = new CompletableFuture<>();
        Stage stage = FxToolkit.registerPrimaryStage();
        assertThat(stage.isShowing()).as("the stage before the application starts").isFalse();
        List<String> whenShown = new CopyOnWriteArrayList<>();
        stage.showingProperty().addListener((o, was, showing) -> {
            if (showing) {
                javafx.scene.Parent root = stage.getScene().getRoot();
                whenShown.add(root instanceof StartupView view
                        ? (view.getChildrenUnmodifiable().isEmpty() ? "nothing yet" : "the start-up view's "
                                + view.getChildrenUnmodifiable())
                        : String.valueOf(root));
            }
        });

        app = (AtlasApplication) FxToolkit.setupApplication(() -> new AtlasApplication(Path.of("maps"), db, opening));

        // Shown while the loading goes on, before any window of the atlas exists, with nothing but its background.
        assertThat(whenShown).as("what the window showed when it appeared").containsExactly("nothing yet");
        assertThat(app.window()).isNull();
        opening.complete(loaded);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.stage().getScene().getRoot()).isSameAs(app.window());
        assertThat(app.core()).isSameAs(loaded);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> app.window().mapPane().overlay().regionsDrawn());
    }

    @Test
    void loadingThatTakesLongerShowsItsProgressAfterAMomentThenTheAtlas() throws Exception {
        Path db = tmp.resolve("atlas.db");
        AtlasCore loaded = AtlasApplication.openInBackground(Path.of("maps"), db).get(Patience.WARM_UP.toSeconds(),
                TimeUnit.SECONDS);
        CompletableFuture<AtlasCore> opening = new CompletableFuture<>();

        start(Path.of("maps"), db, opening);

        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.startupView().getChildrenUnmodifiable()
                .stream().anyMatch(javafx.scene.control.ProgressBar.class::isInstance));
        assertThat(app.startupView().showsError()).isFalse();
        assertThat(app.stage().isShowing()).isTrue();
        opening.complete(loaded);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.stage().getScene().getRoot()).isSameAs(app.window());
    }

    @Test
    void loadingThatFailsBeforeTheWindowOpensIsShownInWords() throws Exception {
        Path missing = tmp.resolve("no-maps-here");
        CompletableFuture<AtlasCore> opening = AtlasApplication.openInBackground(missing, tmp.resolve("atlas.db"));

        start(missing, tmp.resolve("atlas.db"), opening);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.startupView().showsError());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.window()).isNull();
        assertThat(app.startupView().errorText()).contains(missing.toString())
                .doesNotContain("Exception", "at org.");
    }
}
