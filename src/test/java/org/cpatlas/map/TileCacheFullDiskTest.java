package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.image.Image;
import org.cpatlas.faults.FullDisk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * A basemap tile cache on a full disk (a real tmpfs, filled): the tile is drawn and shown all the same, and neither a
 * tile file nor the part file of one is left in the cache (before, each failed tile left a tile*.tmp behind).
 */
class TileCacheFullDiskTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // tiles are JavaFX images
    }

    @Test
    void aFullDiskLeavesNoPartOfATileInTheCache() throws Exception {
        Path mount = dir.resolve("small-disk");
        try (FullDisk disk = FullDisk.at(mount, "tiles")) {
            QueuedExecutor drawingThread = new QueuedExecutor();
            TileService service = new TileService(new OpaqueTilePainter(), mount.resolve("tiles"), 1 << 20,
                    drawingThread);

            var first = service.tile(7, 101, 52);
            drawingThread.runAll();
            var second = service.tile(7, 102, 52);
            drawingThread.runAll();

            Image shown = first.join();
            assertThat(shown.getPixelReader().getArgb(7, 7)).isEqualTo(0xff000065);
            assertThat(second.join()).isNotNull();
            try (Stream<Path> files = Files.walk(mount.resolve("tiles"))) {
                assertThat(files.filter(Files::isRegularFile)).as("no tile, no part of one").isEmpty();
            }
        }
    }
}
