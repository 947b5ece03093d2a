package org.cpatlas.map;

import org.cpatlas.testing.Patience;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Basemap tiles: drawn once, stored on disk, and shown at once from memory afterwards, so that Gluon Maps puts them
 * on screen in the frame that asks for them.
 */
class TileServiceTest {

    @TempDir
    Path cacheDir;

    private final QueuedExecutor drawingThread = new QueuedExecutor();
    private final OpaqueTilePainter painter = new OpaqueTilePainter();
    private final AtomicInteger renders = painter.renders;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // tiles are JavaFX images
    }

    @Test
    void aTileDrawnOnceIsShownAtOnceFromMemoryWithItsPixels() {
        TileService service = new TileService(painter, cacheDir, 1 << 20, drawingThread);

        CompletableFuture<Image> first = service.tile(7, 101, 52);
        assertThat(first).isNotDone(); // drawn on a drawing thread, never on the caller's
        drawingThread.runAll();
        CompletableFuture<Image> again = service.tile(7, 101, 52);

        assertThat(again).isDone();
        assertThat(renders).hasValue(1);
        assertThat(pixels(again.join())).isEqualTo(pixels(first.join()));
        assertThat(again.join().getPixelReader().getArgb(7, 7)).isEqualTo(0xff000065);
    }

    @Test
    void whileTheWheelTurnsTilesWaitAndThoseTheMapStillHoldsAreShownWhenItStops() throws Exception {
        TileService service = new TileService(painter, cacheDir, 1 << 20, drawingThread);
        drawn(service.tile(5, 10, 10));
        drawn(service.tile(6, 20, 20));
        drawn(service.tile(7, 40, 40));
        drawn(service.tile(7, 41, 40));

        // A level a frame, as a wheel turned on zooms: the first is a single step, shown at once; then the map is
        // taken to be zooming on, and its tiles wait.
        List<CompletableFuture<Image>> asked = WaitForAsyncUtils.asyncFx(() -> {
            CompletableFuture<Image> five = service.tile(5, 10, 10);
            CompletableFuture<Image> six = service.tile(6, 20, 20);
            CompletableFuture<Image> seven = service.tile(7, 40, 40);
            CompletableFuture<Image> dropped = service.tile(7, 41, 40);
            service.forget(7, 41, 40); // Gluon Maps let go of it before the wheel stopped
            return List.of(five, six, seven, dropped);
        }).get(Patience.SECONDS, TimeUnit.SECONDS);

        assertThat(asked.get(0)).isDone();
        assertThat(asked.get(3)).as("a tile the map let go of: given up, empty").isCompletedWithValue(null);
        assertThat(asked.get(1)).isNotDone();
        assertThat(asked.get(2)).isNotDone();
        assertThat(service.pendingTileCount()).isEqualTo(2);

        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> asked.get(1).isDone() && asked.get(2).isDone());
        assertThat(pixels(asked.get(2).join())).isEqualTo(pixels(drawn(service.tile(7, 40, 40))));
        assertThat(asked.get(1).join()).isNotNull();
        assertThat(service.pendingTileCount()).isZero();
        assertThat(renders).as("nothing drawn again").hasValue(4);
    }

    @Test
    void aTileOnDiskIsReadNotDrawnAndThenKeptInMemory() {
        TileService earlier = new TileService(painter, cacheDir, 1 << 20, drawingThread);
        Image drawn = drawn(earlier.tile(6, 50, 26));
        assertThat(cacheDir.resolve("6/50/26.runs")).isRegularFile();

        TileService later = new TileService(painter, cacheDir, 1 << 20, drawingThread); // as after a restart
        Image read = drawn(later.tile(6, 50, 26));

        assertThat(renders).hasValue(1);
        assertThat(pixels(read)).isEqualTo(pixels(drawn));
        assertThat(later.tile(6, 50, 26)).isDone();
    }

    @Test
    void aDamagedTileOnDiskIsDrawnAgainAndReplaced() throws Exception {
        Path damaged = cacheDir.resolve("8/200/105.runs");
        Files.createDirectories(damaged.getParent());
        Files.write(damaged, new byte[] {'C', 'P', 'R', 'T', 0, 1, 2});
        TileService service = new TileService(painter, cacheDir, 1 << 20, drawingThread);

        Image image = drawn(service.tile(8, 200, 105));

        assertThat(renders).hasValue(1);
        assertThat(image.getPixelReader().getArgb(7, 7)).isEqualTo(0xff0000c8);
        assertThat(TileRunsFile.read(damaged)).as("replaced by the tile drawn").isNotNull();
    }

    @Test
    void withoutRoomInMemoryTilesComeBackFromDisk() {
        TileService service = new TileService(painter, cacheDir, 1, drawingThread);

        drawn(service.tile(9, 400, 210));
        drawn(service.tile(9, 401, 210));

        assertThat(service.tile(9, 400, 210)).as("evicted by the newer tile").isNotDone();
        drawingThread.runAll();
        assertThat(renders).as("read back from disk, not drawn again").hasValue(2);
    }

    @Test
    void theBasemapsPicturesKeptThroughACountyIndicatorAreHandedBackForTheirTilesWhenItShowsAgain() throws Exception {
        TileService service = new TileService(painter, cacheDir, 1 << 20, drawingThread);
        Image shown = drawn(service.tile(7, 101, 52));
        Image other = drawn(service.tile(7, 102, 52));

        List<CompletableFuture<Image>> asked = WaitForAsyncUtils.asyncFx(() -> {
            service.showBlank(true); // a county indicator: its tiles draw the basemap
            service.keep(7, 101, 52, shown); // offered by the map view being replaced
            service.keep(7, 102, 52, other);
            CompletableFuture<Image> blank = service.tile(7, 101, 52);
            service.showBlank(false); // back to a region indicator: a new map view asks again
            return List.of(blank, service.tile(7, 101, 52), service.tile(7, 103, 52));
        }).get(Patience.SECONDS, TimeUnit.SECONDS);

        assertThat(asked.get(0)).as("none while blank").isCompletedWithValue(null);
        assertThat(asked.get(1).join()).as("the very picture shown before, no new one").isSameAs(shown);
        assertThat(asked.get(2)).as("a tile not kept is made as before").isNotDone();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(service.keptPictureCount()).as("the kept pictures not asked for in that layout let go").isZero();
        assertThat(drawn(service.tile(7, 102, 52))).isNotSameAs(other);
    }

    @Test
    void keptPicturesAreLetGoWhenTheMapLetsGoOfATileOfTheirLevelAndNeverKeptWhileTheBasemapShows()
            throws Exception {
        TileService service = new TileService(painter, cacheDir, 1 << 20, drawingThread);
        Image shown = drawn(service.tile(7, 101, 52));

        int[] counts = WaitForAsyncUtils.asyncFx(() -> {
            service.keep(7, 101, 52, shown); // a theme change under a region indicator: nothing to keep
            int whileShown = service.keptPictureCount();
            service.showBlank(true);
            service.keep(7, 101, 52, shown);
            int kept = service.keptPictureCount();
            service.forget(8, 10, 10); // another level: the map has not left this one
            int afterOtherLevel = service.keptPictureCount();
            service.forget(7, 140, 52); // a pan or zoom under the county indicator let go of a tile of theirs
            return new int[] {whileShown, kept, afterOtherLevel, service.keptPictureCount()};
        }).get(Patience.SECONDS, TimeUnit.SECONDS);

        assertThat(counts).containsExactly(0, 1, 1, 0);
        Image again = WaitForAsyncUtils.asyncFx(() -> {
            service.showBlank(false);
            return service.tile(7, 101, 52).join();
        }).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(again).as("made again from memory").isNotSameAs(shown);
        assertThat(pixels(again)).isEqualTo(pixels(shown));
    }

    private Image drawn(CompletableFuture<Image> tile) {
        drawingThread.runAll();
        return tile.join();
    }

    private static int[] pixels(Image image) {
        int[] pixels = new int[256 * 256];
        image.getPixelReader().getPixels(0, 0, 256, 256, PixelFormat.getIntArgbPreInstance(), pixels, 0, 256);
        return pixels;
    }
}
