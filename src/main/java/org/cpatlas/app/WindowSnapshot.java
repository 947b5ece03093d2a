package org.cpatlas.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves a picture of the window, made by the app itself, once the map is complete (no tile pending for a few
 * frames): how the README's screenshot is produced, reproducibly ({@code -Dcpatlas.screenshot=FILE}).
 */
final class WindowSnapshot {

    private static final Logger LOG = LoggerFactory.getLogger(WindowSnapshot.class);
    private static final int QUIET_FRAMES = 20;
    private static final long TIMEOUT_NANOS = 60_000_000_000L;

    private WindowSnapshot() {
    }

    /** Waits for the map to settle, writes the PNG, then runs {@code done} (the app exits). */
    static void whenSettled(Scene scene, BooleanSupplier busy, Path target, Runnable done) {
        long start = System.nanoTime();
        new AnimationTimer() {
            private int quiet;

            @Override
            public void handle(long now) {
                quiet = busy.getAsBoolean() ? 0 : quiet + 1;
                if (quiet < QUIET_FRAMES && now - start < TIMEOUT_NANOS) {
                    return;
                }
                stop();
                WritableImage image = scene.snapshot(null);
                try {
                    Path parent = target.toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile());
                    LOG.info("window snapshot written to {}", target);
                } catch (IOException e) {
                    System.err.println("Could not write the snapshot " + target + ": " + e.getMessage());
                }
                done.run();
            }
        }.start();
    }
}
