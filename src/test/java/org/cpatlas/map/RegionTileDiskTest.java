package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Region tiles kept on disk per look: a later start shows them without drawing; anything wrong means drawing. */
class RegionTileDiskTest {

    private static final java.util.function.BooleanSupplier ALWAYS = () -> true;

    @TempDir
    Path cache;

    private final RegionLikePainter painter = new RegionLikePainter();
    private final AtomicInteger renders = painter.renders;
    private final AtomicInteger asked = painter.asked;
    private final QueuedExecutor drawingThread = new QueuedExecutor();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // tiles are JavaFX images
    }

    private Image shown(OverlayTileService service, long x) {
        CompletableFuture<Image> tile = service.tile(4, x, 5, ALWAYS);
        drawingThread.runAll();
        return tile.join();
    }

    private OverlayTileService startWith(String look) {
        return new OverlayTileService(painter, 1 << 20, drawingThread, OverlayTileService.scratchArrays(),
                OverlayTileService.scratchRuns(), RegionTileDisk.of(cache, look));
    }

    @Test
    void theTilesOfALookDrawnAtOneStartAreShownAtTheNextWithoutDrawing() {
        Image drawn = shown(startWith("light, urbanization"), 10);
        assertThat(shown(startWith("light, urbanization"), 11)).as("nothing to draw there").isNull();
        assertThat(renders).hasValue(1);
        int askedBefore = asked.get();

        Image kept = shown(startWith("light, urbanization"), 10);
        Image keptEmpty = shown(startWith("light, urbanization"), 11);

        assertThat(renders).as("neither drawn again").hasValue(1);
        assertThat(asked).as("not even asked whether there is anything to draw").hasValue(askedBefore);
        assertThat(pixels(kept)).isEqualTo(pixels(drawn));
        assertThat(pixels(kept)[5]).isEqualTo(0xff00000a);
        assertThat(keptEmpty).isNull();
    }

    @Test
    void anotherLookIsDrawnAnew() {
        shown(startWith("light, urbanization"), 10);

        shown(startWith("dark, urbanization"), 10);

        assertThat(renders).hasValue(2);
    }

    @Test
    void aDamagedOrCutShortTileIsDrawnAgainAndKeptWhole() throws Exception {
        Image drawn = shown(startWith("light"), 10);
        Path tile = tiles().filter(f -> f.toString().endsWith(".runs")).findFirst().orElseThrow();
        byte[] whole = Files.readAllBytes(tile);
        Files.write(tile, java.util.Arrays.copyOf(whole, whole.length / 2));

        Image again = shown(startWith("light"), 10);
        assertThat(renders).hasValue(2);
        assertThat(pixels(again)).isEqualTo(pixels(drawn));
        assertThat(Files.readAllBytes(tile)).isEqualTo(whole);

        whole[whole.length / 2] ^= 0x10; // one bit of a run flipped: the checksum no longer matches
        Files.write(tile, whole);
        shown(startWith("light"), 10);
        assertThat(renders).hasValue(3);
    }

    @Test
    void aFolderOfAnotherLookUnderTheSameNameIsNotUsed() throws Exception {
        shown(startWith("light"), 10);
        Path look = tiles().filter(f -> f.getFileName().toString().equals("look.txt")).findFirst().orElseThrow();
        Files.writeString(look, "another look whose name came out the same");

        shown(startWith("light"), 10);

        assertThat(renders).hasValue(2);
    }

    @Test
    void onlyTheNewestLooksAreKept() throws Exception {
        for (int i = 0; i < RegionTileDisk.KEPT_LOOKS + 3; i++) {
            shown(startWith("look " + i), 10);
            for (Path folder : folders()) {
                if (Files.getLastModifiedTime(folder).toMillis() > 1_000_000_000_000L) {
                    Files.setLastModifiedTime(folder, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
                }
            }
        }

        assertThat(folders()).hasSize(RegionTileDisk.KEPT_LOOKS);
    }

    private java.util.List<Path> folders() throws Exception {
        try (Stream<Path> all = Files.list(cache)) {
            return all.filter(Files::isDirectory).toList();
        }
    }

    private Stream<Path> tiles() throws Exception {
        try (Stream<Path> all = Files.walk(cache)) {
            return all.toList().stream();
        }
    }

    private static int[] pixels(Image image) {
        int[] out = new int[256 * 256];
        image.getPixelReader().getPixels(0, 0, 256, 256, PixelFormat.getIntArgbPreInstance(), out, 0, 256);
        return out;
    }
}
