package org.cpatlas.map;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * Where a layer keeps its pictures, chosen once the window is wired: the layer is made, and asks for its first
 * pictures, before the window has named the cache and the build ({@link #choose}). Its first drawing waits for the
 * choice, which costs nothing as the window makes the choice in the same JavaFX event; a layer whose choice is not
 * made by the end of that event (a test, a tool) keeps nothing. Used on the JavaFX thread only.
 */
public final class PictureDiskChoice {

    private CompletableFuture<PictureDisk> chosen = new CompletableFuture<>();

    /** Made on the JavaFX thread, by the layer's constructor. */
    public PictureDiskChoice() {
        Platform.runLater(() -> chosen.complete(PictureDisk.NONE));
    }

    /** The disk, once chosen: drawing is chained to it. */
    public CompletableFuture<PictureDisk> chosen() {
        return chosen;
    }

    /**
     * Chooses the disk. True when it comes after the end of the event that made the layer, its first pictures being
     * drawn without it: the caller asks for them again if it wants them kept.
     */
    public boolean choose(PictureDisk disk) {
        if (chosen.complete(disk)) {
            return false;
        }
        chosen = CompletableFuture.completedFuture(disk);
        return true;
    }
}
