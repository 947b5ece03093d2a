package org.cpatlas.app;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * {@code -Dcpatlas.firstFrame=print} prints {@code FIRST_FRAME <epoch ms>} on standard output once the first frame
 * with the atlas loaded and every region tile in view drawn has been painted; {@code =exit} then also closes the atlas.
 * For the benchmark of the installed application (bench/, which times it from the process's start) and the package
 * smoke test (scripts/try-deb.sh, which needs to know the installed window really opened). Off by default.
 */
final class FirstFrameReport {

    static final String PROPERTY = "cpatlas.firstFrame";

    private FirstFrameReport() {
    }

    /** Watches the scene's frames when the property asks for it. */
    static void attachIfAsked(Scene scene, java.util.function.BooleanSupplier loaded) {
        String mode = System.getProperty(PROPERTY);
        if (!"print".equals(mode) && !"exit".equals(mode)) {
            return;
        }
        AtomicBoolean once = new AtomicBoolean();
        scene.addPostLayoutPulseListener(() -> {
            if (loaded.getAsBoolean() && once.compareAndSet(false, true)) {
                // JavaFX paints a pulse on its render thread after the pulse's JavaFX-thread work; a job queued there
                // after the pulse runs once that frame is painted (the same probe as bench's FrameProbe).
                Platform.runLater(() -> com.sun.javafx.tk.Toolkit.getToolkit().addRenderJob(
                        new com.sun.javafx.tk.RenderJob(() -> {
                            System.out.println("FIRST_FRAME " + System.currentTimeMillis());
                            System.out.flush();
                            if ("exit".equals(mode)) {
                                Platform.runLater(Platform::exit);
                            }
                        })));
            }
        });
    }
}
