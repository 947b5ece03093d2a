package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.scene.transform.Translate;
import org.cpatlas.render.TilePainter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tile layer across zoom steps: the previous level stays under the new one while it is drawn, but only in view and
 * only as far as its byte bound allows.
 */
class RegionTilesTest {

    private static final double W = 800;
    private static final double H = 600;

    private final QueuedExecutor drawingThread = new QueuedExecutor();
    private final TilePainter painter = new OpaqueTilePainter();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // tiles are JavaFX images
    }

    @Test
    void afterAZoomInOnlyThePreviousTilesStillInViewAreKeptUntilTheNewLevelIsDrawn() throws InterruptedException {
        RegionTiles tiles = new RegionTiles(new Translate(), drawingThread, 1 << 20, Long.MAX_VALUE);
        drawingThread.runDirectly(true);
        tiles.paintWith(painter);
        // Zoom 4 (a 4,096 px world) with the view's centre at world pixel (1400, 1100).
        tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
        assertThat(tiles.complete()).isTrue();
        int shownAtFour = tiles.tileCount();
        assertThat(shownAtFour).isGreaterThanOrEqualTo(12);

        drawingThread.runDirectly(false); // the new level's tiles are being drawn
        Thread.sleep(WheelPause.STILL_MS + 50); // one step, not a wheel turning (whose levels wait until it stops)
        tiles.layout(6, W / 2 - 4 * 1400, H / 2 - 4 * 1100, W, H); // two levels in, around the same centre

        assertThat(tiles.complete()).isFalse();
        // The view now covers 200 x 150 px of zoom 4: at most 2 x 2 of its tiles, not the whole screenful.
        assertThat(tiles.previousTileCount()).isBetween(1, 4);

        drawingThread.runAll();
        WaitForAsyncUtils.waitForFxEvents(); // drawn tiles are shown on the JavaFX thread
        assertThat(tiles.previousTileCount()).as("dropped once the new level is drawn").isZero();
    }

    @Test
    void afterAZoomOutThePreviousTilesAllStayInView() {
        RegionTiles tiles = new RegionTiles(new Translate(), drawingThread, 1 << 20, Long.MAX_VALUE);
        drawingThread.runDirectly(true);
        tiles.paintWith(painter);
        tiles.layout(6, W / 2 - 5600, H / 2 - 4400, W, H);
        int shownAtSix = tiles.tileCount();

        drawingThread.runDirectly(false);
        tiles.layout(5, W / 2 - 2800, H / 2 - 2200, W, H);

        assertThat(tiles.previousTileCount()).isEqualTo(shownAtSix);
    }

    @Test
    void aLayerThatFillsEveryTileKeepsNoMorePicturesBeyondTheViewThanItsBound() throws InterruptedException {
        // A county choropleth fills every tile, as this painter does. Four pictures beyond the view at most.
        long bound = 4 * RegionTiles.PICTURE_BYTES;
        RegionTiles tiles = new RegionTiles(new Translate(), drawingThread, 1 << 20, bound);
        drawingThread.runDirectly(true);
        tiles.paintWith(painter);
        tiles.layout(6, W / 2 - 5600, H / 2 - 4400, W, H);
        assertThat(tiles.tileCount()).isGreaterThanOrEqualTo(12);
        assertThat(tiles.extraPictureBytes()).isZero();

        // Zooming out, the new level's tiles being drawn: the previous level (all of it in view) is cut to the
        // bound, keeping the tiles around the middle of the view, where the zoom happens.
        drawingThread.runDirectly(false);
        Thread.sleep(WheelPause.STILL_MS + 50); // one step, not a wheel turning (whose levels wait until it stops)
        tiles.layout(5, W / 2 - 2800, H / 2 - 2200, W, H);
        assertThat(tiles.previousTileCount()).isEqualTo(4);
        assertThat(tiles.extraPictureBytes()).isLessThanOrEqualTo(bound);
        drawingThread.runAll();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tiles.complete()).isTrue();
        assertThat(tiles.previousTileCount()).isZero();

        // Panning half a screen: the tiles that left the view would stay as a margin for a pan back; past the
        // bound they are let go (and expanded again from their runs if the view comes back).
        drawingThread.runDirectly(true);
        tiles.layout(5, W / 2 - 2800 - 400, H / 2 - 2200, W, H);
        assertThat(tiles.extraPictureBytes()).isLessThanOrEqualTo(bound);
        tiles.layout(5, W / 2 - 2800, H / 2 - 2200, W, H);
        assertThat(tiles.complete()).isTrue();
    }

    @Test
    void aLookShownAgainAfterTheLayerWasEmptiedShowsTheTilesDrawnBeforeWithoutDrawingThem() {
        // The region tiles of a region indicator, emptied while a county indicator is shown, then switched back to.
        RegionTiles tiles = new RegionTiles(new Translate(), drawingThread, 1 << 20, Long.MAX_VALUE);
        drawingThread.runDirectly(true);
        tiles.paintWith(painter, "rate 2010");
        tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
        int drawn = tiles.drawnTileCount();
        assertThat(drawn).isGreaterThanOrEqualTo(12);

        tiles.paintWith(null);
        assertThat(tiles.tileCount()).isZero();
        drawingThread.runDirectly(false); // nothing may be drawn from here on
        OpaqueTilePainter again = new OpaqueTilePainter();
        tiles.paintWith(again, "rate 2010");
        tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);

        assertThat(tiles.complete()).as("on screen at once").isTrue();
        assertThat(again.renders.get()).isZero();
        assertThat(tiles.drawnTileCount()).isEqualTo(drawn);
    }

    @Test
    void anotherLookIsDrawnAnewAndTheKeptTilesAreLetGo() {
        RegionTiles tiles = new RegionTiles(new Translate(), drawingThread, 1 << 20, Long.MAX_VALUE);
        drawingThread.runDirectly(true);
        tiles.paintWith(painter, "rate 2010");
        tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
        tiles.paintWith(null);
        tiles.paintWith(painter, "rate 2000");
        tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
        assertThat(tiles.complete()).isTrue();

        tiles.paintWith(null);
        OpaqueTilePainter again = new OpaqueTilePainter();
        tiles.paintWith(again, "rate 2010"); // kept no more: the look in between replaced it
        tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
        assertThat(again.renders.get()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void aNewLookIsExpandedIntoThePicturesOnScreenAndEveryTileShowsItsOwnPixelsOfIt() throws Exception {
        // An indicator switch: the pictures (and with them their textures) are kept, their pixels replaced.
        RegionTiles tiles = new RegionTiles(new Translate(), drawingThread, 1 << 20, Long.MAX_VALUE);
        drawingThread.runDirectly(true);
        List<Image> first = fx(() -> {
            tiles.paintWith(new LookPainter(0x336699));
            tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
            return tiles.visiblePictures();
        });
        assertThat(first.size()).isGreaterThanOrEqualTo(12);
        assertEveryTileShows(tiles, 0x336699);

        List<Image> second = fx(() -> {
            tiles.paintWith(new LookPainter(0xcc8844));
            return tiles.visiblePictures();
        });
        assertThat(fx(tiles::complete)).isTrue();
        assertThat(second).as("the same pictures").hasSameSizeAs(first).allMatch(p -> first.stream().anyMatch(f -> f == p));
        assertEveryTileShows(tiles, 0xcc8844);

        // Back to the first look: its tiles kept as runs by the service made for it are gone with it; drawn again.
        fx(() -> {
            tiles.paintWith(new LookPainter(0x336699));
            return null;
        });
        assertEveryTileShows(tiles, 0x336699);
    }

    @Test
    void aLayerKeepingItsPicturesHidesThemWhileEmptiedAndShowsEachOnlyOnceTheNewLookIsInIt() throws Exception {
        // The county choropleth's layer through a region indicator: emptied, its pictures are kept but not shown;
        // painted again, a picture must never show the look it had before, only the new one once drawn into it.
        RegionTiles tiles = RegionTiles.keepingPictures(new Translate(), drawingThread, 1 << 20, Long.MAX_VALUE);
        drawingThread.runDirectly(true);
        List<Image> first = fx(() -> {
            tiles.paintWith(new LookPainter(0x336699));
            tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
            return tiles.visiblePictures();
        });
        assertThat(first.size()).isGreaterThanOrEqualTo(12);

        fx(() -> {
            tiles.paintWith(null);
            tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H); // the same view: kept
            return null;
        });
        assertThat(fx(tiles::tileCount)).as("none on screen").isZero();
        assertThat(fx(tiles::heldPictures)).hasSameSizeAs(first);

        drawingThread.runDirectly(false); // the new look's tiles wait for a drawing thread
        fx(() -> {
            tiles.paintWith(new LookPainter(0xcc8844));
            tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
            return null;
        });
        assertThat(fx(tiles::tileCount)).as("no picture of the old look shown").isZero();
        assertThat(fx(tiles::complete)).isFalse();

        drawingThread.runAll();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(tiles::complete)).isTrue();
        assertThat(fx(tiles::visiblePictures)).as("the kept pictures, shown again")
                .hasSameSizeAs(first).allMatch(p -> first.stream().anyMatch(f -> f == p));
        assertEveryTileShows(tiles, 0xcc8844);
    }

    @Test
    void aLayerKeepingItsPicturesLetsThemGoWhenTheMapMovesWhileItIsEmpty() throws Exception {
        RegionTiles tiles = RegionTiles.keepingPictures(new Translate(), drawingThread, 1 << 20, Long.MAX_VALUE);
        drawingThread.runDirectly(true);
        fx(() -> {
            tiles.paintWith(new LookPainter(0x336699));
            tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
            tiles.paintWith(null);
            tiles.layout(4, W / 2 - 1400 - 8, H / 2 - 1100, W, H); // a pan step under a region indicator
            return null;
        });
        assertThat(fx(tiles::heldPictures)).isEmpty();

        fx(() -> {
            tiles.paintWith(new LookPainter(0xcc8844));
            tiles.layout(4, W / 2 - 1400 - 8, H / 2 - 1100, W, H);
            return null;
        });
        assertThat(fx(tiles::complete)).isTrue();
        assertEveryTileShows(tiles, 0xcc8844);
    }

    @Test
    void aLayerKeepingItsPicturesShowsThemAsTheyAreWhenTheLookTheyHoldComesBack() throws Exception {
        // The region tiles through a county indicator: switched back to the same region look with the map unmoved,
        // the kept pictures already hold it; nothing is drawn, expanded or made anew.
        RegionTiles tiles = RegionTiles.keepingPictures(new Translate(), drawingThread, 1 << 20, Long.MAX_VALUE);
        drawingThread.runDirectly(true);
        List<Image> first = fx(() -> {
            tiles.paintWith(new LookPainter(0x336699), "rate 2010");
            tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
            tiles.paintWith(null);
            tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
            return tiles.heldPictures();
        });
        assertThat(first.size()).isGreaterThanOrEqualTo(12);
        assertThat(fx(tiles::tileCount)).isZero();
        // A picture changed behind the layer's back would show if it were expanded again: it must not be.
        fx(() -> {
            ((TilePicture) first.get(0)).takeRuns(RunLengthTile.encode(solid(0xff00ff00)));
            return null;
        });

        drawingThread.runDirectly(false); // nothing may be drawn from here on
        LookPainter again = new LookPainter(0x336699);
        fx(() -> {
            tiles.paintWith(again, "rate 2010");
            tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
            return null;
        });

        assertThat(fx(tiles::complete)).as("on screen at once").isTrue();
        assertThat(drawingThread.pending()).as("nothing asked of a drawing thread").isZero();
        assertThat(fx(tiles::visiblePictures)).as("the kept pictures themselves")
                .hasSameSizeAs(first).allMatch(p -> first.stream().anyMatch(f -> f == p));
        assertThat(first.get(0).getPixelReader().getArgb(100, 100)).as("not expanded again").isEqualTo(0xff00ff00);
        assertThat(first.get(1).getPixelReader().getArgb(100, 100)).isEqualTo(0xff336699);
    }

    @Test
    void keptPicturesOfAnotherLookAreExpandedIntoNotShownAsTheyAre() throws Exception {
        RegionTiles tiles = RegionTiles.keepingPictures(new Translate(), drawingThread, 1 << 20, Long.MAX_VALUE);
        drawingThread.runDirectly(true);
        fx(() -> {
            tiles.paintWith(new LookPainter(0x336699), "rate 2010");
            tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
            tiles.paintWith(null);
            tiles.paintWith(new LookPainter(0xcc8844), "rate 2000");
            tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
            return null;
        });
        assertThat(fx(tiles::complete)).isTrue();
        assertEveryTileShows(tiles, 0xcc8844);
    }

    private static int[] solid(int argb) {
        int[] pixels = new int[256 * 256];
        java.util.Arrays.fill(pixels, argb);
        return pixels;
    }

    /** Every picture on screen is its own tile (x and y in two pixels) in {@code rgb} elsewhere. */
    private static void assertEveryTileShows(RegionTiles tiles, int rgb) throws Exception {
        List<Image> pictures = fx(tiles::visiblePictures);
        assertThat(pictures).isNotEmpty();
        assertThat(pictures.size()).isEqualTo(fx(tiles::heldPictures).size());
        java.util.Set<Integer> places = new java.util.HashSet<>();
        for (Image picture : pictures) {
            assertThat(picture.getPixelReader().getArgb(100, 100)).isEqualTo(0xff000000 | rgb);
            assertThat(picture.getPixelReader().getArgb(255, 255)).isEqualTo(0xff000000 | rgb);
            places.add(picture.getPixelReader().getArgb(7, 7) << 8 | picture.getPixelReader().getArgb(8, 8) & 0xff);
        }
        assertThat(places).as("each tile in its own place").hasSameSizeAs(pictures);
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(60), action);
    }

    /** Every tile opaque in one colour (a look); its x and y in pixels (7, 7) and (8, 8). */
    private static final class LookPainter implements TilePainter {

        private final int rgb;

        LookPainter(int rgb) {
            this.rgb = rgb;
        }

        @Override
        public BufferedImage render(int zoom, long x, long y) {
            BufferedImage tile = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB_PRE);
            for (int py = 0; py < 256; py++) {
                for (int px = 0; px < 256; px++) {
                    tile.setRGB(px, py, 0xff000000 | rgb);
                }
            }
            tile.setRGB(7, 7, 0xff000000 | (int) x);
            tile.setRGB(8, 8, 0xff000000 | (int) y);
            return tile;
        }
    }

    @Test
    void aZoomStepDrawsTheNewLevelsTilesOnceItsFrameIsPaintedAndAtThatLevel() throws InterruptedException {
        List<Runnable> frames = new ArrayList<>();
        RecordingPainter recording = new RecordingPainter();
        RegionTiles tiles = new RegionTiles(new Translate(), drawingThread, 1 << 20, Long.MAX_VALUE, frames::add);
        drawingThread.runDirectly(true);
        tiles.paintWith(recording);
        tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
        assertThat(tiles.complete()).as("a first layout (an indicator shown) draws at once").isTrue();
        assertThat(frames).isEmpty();
        recording.zooms.clear();

        Thread.sleep(WheelPause.STILL_MS + 50); // one step, not a wheel turning
        tiles.layout(5, W / 2 - 2800, H / 2 - 2200, W, H);
        assertThat(recording.zooms).as("nothing drawn before the step's frame").isEmpty();
        assertThat(tiles.awaitingFrameCount()).isGreaterThanOrEqualTo(12);
        assertThat(tiles.previousTileCount()).as("level 4 covers meanwhile").isPositive();

        frames.forEach(Runnable::run);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tiles.complete()).isTrue();
        assertThat(recording.zooms).hasSizeGreaterThanOrEqualTo(12).containsOnly(5);
        assertThat(tiles.previousTileCount()).isZero();

        // Back to level 4, drawn before: shown in the step's own frame, nothing waits.
        Thread.sleep(WheelPause.STILL_MS + 50);
        recording.zooms.clear();
        tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
        assertThat(tiles.complete()).isTrue();
        assertThat(tiles.awaitingFrameCount()).isZero();
        assertThat(recording.zooms).isEmpty();
    }

    @Test
    void aLevelTheWheelHasTurnedPastBeforeItsFrameIsNeverDrawn() throws InterruptedException {
        List<Runnable> frames = new ArrayList<>();
        RecordingPainter recording = new RecordingPainter();
        RegionTiles tiles = new RegionTiles(new Translate(), drawingThread, 1 << 20, Long.MAX_VALUE, frames::add);
        drawingThread.runDirectly(true);
        tiles.paintWith(recording);
        tiles.layout(4, W / 2 - 1400, H / 2 - 1100, W, H);
        recording.zooms.clear();

        Thread.sleep(WheelPause.STILL_MS + 50);
        tiles.layout(5, W / 2 - 2800, H / 2 - 2200, W, H); // the first notch
        tiles.layout(6, W / 2 - 5600, H / 2 - 4400, W, H); // the next, at once: the wheel turns
        frames.forEach(Runnable::run);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(recording.zooms).as("level 5 left before its frame was painted").isEmpty();
        assertThat(tiles.awaitingFrameCount()).isZero();
        assertThat(tiles.previousTileCount()).as("level 4, the last complete, still covers").isPositive();
    }

    /** Opaque tiles, recording the zoom of each tile drawn. */
    private static final class RecordingPainter implements TilePainter {
        final List<Integer> zooms = Collections.synchronizedList(new ArrayList<>());
        private final OpaqueTilePainter opaque = new OpaqueTilePainter();

        @Override
        public BufferedImage render(int zoom, long x, long y) {
            zooms.add(zoom);
            return opaque.render(zoom, x, y);
        }
    }
}
