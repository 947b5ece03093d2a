package org.cpatlas.bench;

import com.sun.javafx.tk.RenderJob;
import com.sun.javafx.tk.Toolkit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Knows when a frame is on screen. JavaFX paints a pulse on its render thread after the pulse's FX-thread work; a
 * job queued on that (single, FIFO) thread right after the pulse runs once the pulse's painting and presenting are
 * done. JavaFX is on the class path here (unnamed module), so its toolkit classes are reachable without flags.
 */
final class FrameProbe {

    private FrameProbe() {
    }

    /**
     * To be called from a pulse listener (or anywhere on the FX thread during a pulse): runs {@code done} on the render
     * thread once this pulse's frame has been painted. {@code runLater} first, so the job is queued after the pulse's
     * own render job, which is submitted at the end of the pulse.
     */
    static void afterThisFrame(Runnable done) {
        Platform.runLater(() -> Toolkit.getToolkit().addRenderJob(new RenderJob(done)));
    }

    /** Waits until a frame painted after everything set so far is on screen (at most 10 s, else fails). */
    static void awaitFrame(Scene scene) throws InterruptedException {
        CountDownLatch painted = new CountDownLatch(1);
        Platform.runLater(() -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                afterThisFrame(painted::countDown);
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        if (!painted.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no frame painted in 10 s");
        }
    }
}
