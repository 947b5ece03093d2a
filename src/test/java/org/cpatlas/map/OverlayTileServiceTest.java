package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.cpatlas.render.TilePainter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Overlay tiles: drawn once on a drawing thread, then shown at once from their runs; tiles no longer wanted when a
 * drawing thread gets to them are not drawn.
 */
class OverlayTileServiceTest {

    private static final java.util.function.BooleanSupplier ALWAYS = () -> true;

    private final RegionLikePainter painter = new RegionLikePainter();
    private final AtomicInteger renders = painter.renders;
    private final QueuedExecutor drawingThread = new QueuedExecutor();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // tiles are JavaFX images
    }

    @Test
    void aTileDrawnOnceIsShownAtOnceTheNextTimeWithTheSamePixels() {
        OverlayTileService service = new OverlayTileService(painter, 1 << 20, drawingThread);

        CompletableFuture<Image> first = service.tile(7, 4, 3, ALWAYS);
        assertThat(first).isNotDone();
        drawingThread.runAll();
        CompletableFuture<Image> again = service.tile(7, 4, 3, ALWAYS);

        assertThat(again).isDone();
        assertThat(renders).hasValue(1);
        assertThat(pixels(again.join())).isEqualTo(pixels(first.join()));
        assertThat(pixels(again.join())[3]).isEqualTo(0xff000004);
    }

    @Test
    void aTileWithNothingToDrawIsNullAndNeverDrawn() {
        OverlayTileService service = new OverlayTileService(painter, 1 << 20, drawingThread);

        CompletableFuture<Image> first = service.tile(7, 5, 3, ALWAYS);
        drawingThread.runAll();

        assertThat(first.join()).isNull();
        assertThat(service.tile(7, 5, 3, ALWAYS)).isCompletedWithValue(null);
        assertThat(renders).hasValue(0);
    }

    @Test
    void aTileNoLongerWantedWhenItsTurnComesIsCancelledNotDrawn() {
        OverlayTileService service = new OverlayTileService(painter, 1 << 20, drawingThread);
        boolean[] inView = {true};

        CompletableFuture<Image> tile = service.tile(8, 10, 20, () -> inView[0]);
        inView[0] = false; // zoomed on before a drawing thread got to it
        drawingThread.runAll();

        assertThat(tile).isCancelled();
        assertThat(renders).hasValue(0);
        CompletableFuture<Image> back = service.tile(8, 10, 20, ALWAYS);
        drawingThread.runAll();
        assertThat(back.join()).isNotNull();
        assertThat(renders).hasValue(1);
    }

    @Test
    void onlyTheMostRecentTilesWithinTheBudgetAreRemembered() {
        int oneTile = RunLengthTile.encode(pixels(toImage(painter.render(0, 0, 0)))).length;
        renders.set(0);
        OverlayTileService service = new OverlayTileService(painter, oneTile * 2L + oneTile / 2, drawingThread);

        for (long x = 0; x <= 4; x += 2) {
            service.tile(9, x, 0, ALWAYS);
        }
        drawingThread.runAll();

        assertThat(service.tile(9, 4, 0, ALWAYS)).isDone();
        assertThat(service.tile(9, 2, 0, ALWAYS)).isDone();
        assertThat(service.tile(9, 0, 0, ALWAYS)).isNotDone(); // the oldest, drawn again
        assertThat(renders).hasValue(3);
    }

    @Test
    void aTileAskedForAheadIsDrawnOnceAndThenShownAtOnce() {
        OverlayTileService service = new OverlayTileService(painter, 1 << 20, drawingThread);

        service.prepare(6, 2, 2);
        service.prepare(6, 2, 2);
        drawingThread.runAll();
        service.prepare(6, 2, 2);
        drawingThread.runAll();

        assertThat(service.tile(6, 2, 2, ALWAYS)).isDone();
        assertThat(renders).hasValue(1);
    }

    @Test
    void aTileItsPainterWritesAsRunsIsKeptAndShownWithThePixelsItsPictureHasWithoutDrawingPixels() {
        // A county choropleth recoloured: the painter writes runs; the pixels are never drawn and scanned again.
        AtomicInteger pixelDraws = new AtomicInteger();
        TilePainter runPainter = new TilePainter() {
            @Override
            public BufferedImage render(int zoom, long x, long y) {
                pixelDraws.incrementAndGet();
                return painter.render(zoom, x, y);
            }

            @Override
            public boolean renderRuns(int zoom, long x, long y, org.cpatlas.render.PixelRuns into) {
                into.clear();
                for (int p : ((DataBufferInt) painter.render(zoom, x, y).getRaster().getDataBuffer()).getData()) {
                    into.add(1, p);
                }
                return true;
            }
        };
        OverlayTileService service = new OverlayTileService(runPainter, 1 << 20, drawingThread);
        int[] expected = ((DataBufferInt) painter.render(7, 4, 3).getRaster().getDataBuffer()).getData();

        CompletableFuture<byte[]> runs = service.runs(7, 4, 3, ALWAYS);
        CompletableFuture<Image> picture = service.tile(7, 6, 3, ALWAYS);
        drawingThread.runAll();

        assertThat(RunLengthTile.decode(runs.join(), 256 * 256)).isEqualTo(expected);
        assertThat(runs.join()).isEqualTo(RunLengthTile.encode(expected));
        assertThat(pixels(picture.join())).isEqualTo(
                ((DataBufferInt) painter.render(7, 6, 3).getRaster().getDataBuffer()).getData());
        assertThat(service.tile(7, 4, 3, ALWAYS)).isDone();
        assertThat(pixelDraws).hasValue(0);
    }

    private static Image toImage(BufferedImage image) {
        return TileImages.of(image);
    }

    private static int[] pixels(Image image) {
        int[] pixels = new int[256 * 256];
        image.getPixelReader().getPixels(0, 0, 256, 256, PixelFormat.getIntArgbPreInstance(), pixels, 0, 256);
        return pixels;
    }
}
