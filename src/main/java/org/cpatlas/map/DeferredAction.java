package org.cpatlas.map;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs an action on the JavaFX thread once the next frame has been painted; asked again before that, it runs only the
 * latest action, once. For work whose result may appear a frame later than what the user's action shows at once, and
 * which would otherwise take the processor from the render thread while it paints that frame.
 */
public final class DeferredAction {

    private Runnable pending;
    private int pulses;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            // Called at the start of each pulse (a running timer asks for them): the first is the pulse of the
            // frame to wait for. The second waits for the render thread to finish that frame before it hands over
            // its own, so the action runs after it.
            if (++pulses >= 2) {
                stop();
                Platform.runLater(DeferredAction.this::runPending);
            }
        }
    };

    /** True while an action waits for its frame. */
    public boolean pending() {
        return pending != null;
    }

    /** Runs {@code action} once the next frame is painted, instead of any action still waiting. */
    public void run(Runnable action) {
        pending = action;
        pulses = 0;
        timer.start();
    }

    private void runPending() {
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }
}
