package org.cpatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.cpatlas.app.AtlasApplication;
import org.cpatlas.core.AtlasCore;
import org.cpatlas.core.LoadProgress;
import org.cpatlas.core.MapData;
import org.cpatlas.geo.MapSource;
import org.cpatlas.store.RecordedReads;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On two processors the window's first frame waits for every processor-second spent before it, the JavaFX thread's
 * most of all: the figures its first view shows are read while the atlas opens, on the thread that opens the
 * database, and the JavaFX thread reads the database only after that frame.
 */
class FirstFrameReadsTest {

    @TempDir
    Path tmp;

    private AtlasApplication app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theJavaFxThreadReadsNoFiguresBeforeTheWindowsFirstFrameAndTheWindowShowsTheDatabasesRegions()
            throws Exception {
        AtomicInteger windowFrames = new AtomicInteger();
        RecordedReads reads = new RecordedReads(windowFrames::get);
        Path db = tmp.resolve("atlas.db");
        // As the desktop launcher starts: loading under way before the toolkit, done by the time the window is made.
        CompletableFuture<AtlasCore> opening = CompletableFuture.supplyAsync(() -> AtlasCore.open(
                p -> MapData.load(MapSource.locate(Path.of("maps")), p), () -> reads.open(db), LoadProgress.NONE));
        opening.get(Patience.WARM_UP.toSeconds(), TimeUnit.SECONDS);
        Stage stage = FxToolkit.registerPrimaryStage();
        // Frames are counted from the application's own scene on, laid out with the atlas window as its root.
        FxToolkit.setupFixture(() -> stage.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.addPostLayoutPulseListener(() -> {
                    if (scene.getRoot() instanceof AtlasWindow) {
                        windowFrames.incrementAndGet();
                    }
                });
            }
        }));
        String fxThread = WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().getName())
                .get(Patience.SECONDS, TimeUnit.SECONDS);

        app = (AtlasApplication) FxToolkit.setupApplication(() -> new AtlasApplication(Path.of("maps"), db, opening));
        // The Help menu is the last of what is made after the first frame (the profiles are read before it).
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.help() != null);
        WaitForAsyncUtils.waitForFxEvents();

        List<RecordedReads.Read> onFxThread = reads.reads().stream().filter(r -> r.thread().equals(fxThread)).toList();
        assertThat(windowFrames).as("the window was shown").hasPositiveValue();
        assertThat(onFxThread).as("the JavaFX thread reads the profiles after the first frame").isNotEmpty();
        assertThat(onFxThread).as("no read on the JavaFX thread before the window's first frame")
                .allSatisfy(read -> assertThat(read.count()).as(read.sql()).isPositive());
        assertThat(reads.reads()).as("the regions were read on the thread that opened the database")
                .anySatisfy(read -> {
                    assertThat(read.sql()).contains("FROM region ");
                    assertThat(read.thread()).isEqualTo("atlas-store-open");
                });
        assertThat(app.viewModel().regions()).as("the regions, rates, sources and flags the database gives")
                .hasSize(14).isEqualTo(app.core().store().repository().regions());
    }
}
