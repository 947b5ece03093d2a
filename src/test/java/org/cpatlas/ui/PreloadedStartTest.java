package org.cpatlas.ui;

import org.cpatlas.testing.Patience;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
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
 * done opens the atlas directly (no start-up view made), loading still under way shows the start-up view's progress
 * until it is done, loading that fails shows the error in words in the start-up view.
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
        // When the maps fail, the atlas database still being built in the temporary folder is closed once it is
        // open, on threads of their own: the folder can only be removed once they are done (else, now and then,
        // "directory not empty" failed the test after it had passed).
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("atlas-store-") || t.getName().equals("atlas-load")) {
                t.join(TimeUnit.SECONDS.toMillis(Patience.SECONDS));
            }
        }
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
        assertThat(app.startupView()).as("no start-up view made when it would never be seen").isNull();
        assertThat(stage.isShowing() || app.stage().isShowing()).isTrue();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window().mapPane().overlay().regionsDrawn());
    }

    @Test
    void loadingStillUnderWayShowsTheProgressViewThenTheAtlas() throws Exception {
        Path db = tmp.resolve("atlas.db");
        CompletableFuture<AtlasCore> loaded = AtlasApplication.openInBackground(Path.of("maps"), db);
        loaded.get(60, TimeUnit.SECONDS);
        CompletableFuture<AtlasCore> opening = new CompletableFuture<>();

        start(Path.of("maps"), db, opening);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.startupView()).isNotNull();
        assertThat(app.stage().getScene().getRoot()).isSameAs(app.startupView());
        assertThat(app.startupView().showsError()).isFalse();
        assertThat(app.stage().isShowing()).isTrue();

        opening.complete(loaded.join());
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.stage().getScene().getRoot()).isSameAs(app.window());
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window().mapPane().overlay().regionsDrawn());
    }

    @Test
    void loadingThatFailsBeforeTheWindowOpensIsShownInWords() throws Exception {
        Path missing = tmp.resolve("no-maps-here");
        CompletableFuture<AtlasCore> opening = AtlasApplication.openInBackground(missing, tmp.resolve("atlas.db"));

        start(missing, tmp.resolve("atlas.db"), opening);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> app.startupView() != null && app.startupView().showsError());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.window()).isNull();
        assertThat(app.stage().getScene().getRoot()).isSameAs(app.startupView());
        assertThat(app.startupView().errorText()).contains(missing.toString())
                .doesNotContain("Exception", "at org.");
    }
}
