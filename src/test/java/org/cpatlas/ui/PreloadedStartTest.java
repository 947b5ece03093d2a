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
