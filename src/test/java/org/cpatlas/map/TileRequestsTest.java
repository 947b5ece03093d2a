package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;

/** Tiles asked for once the drawing threads have stopped are empty at once, without an exception on the asker's side. */
class TileRequestsTest {

    @Test
    void aTileAskedForAfterTheDrawingThreadsStoppedIsEmptyInsteadOfThrowing() {
        ExecutorService stopped = Executors.newSingleThreadExecutor();
        stopped.shutdown();
        TileRequests<Image> requests = new TileRequests<>(stopped);

        CompletableFuture<Image> tile = requests.request(TileRequests.key(5, 3, 4), () -> {
            throw new AssertionError("not drawn");
        });

        // Done and empty: not cancelled (a layer asks again for a tile cancelled while in view, and would for ever),
        // not failed (Gluon Maps reads a done tile in its layout, where the exception would break it).
        assertThat(tile).isCompletedWithValue(null);
        assertThat(requests.pending()).isZero();
    }
}
