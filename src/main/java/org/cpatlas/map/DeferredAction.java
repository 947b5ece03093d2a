package org.cpatlas.map;

import javafx.animation.AnimationTimer;

/**
 * Runs an action on the JavaFX thread once the next frame has been drawn; asked again before that, it runs only the
 * latest action, once. For work whose result may appear a frame later than what the user's action shows at once.
 */
final class DeferredAction {

    private Runnable pending;
    private int pulses;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            // Called at the start of each pulse: the first is the pulse that draws the current frame, so the
            // action runs at the start of the one after.
            if (++pulses >= 2) {
                stop();
                Runnable action = pending;
                pending = null;
                action.run();
            }
        }
    };

    boolean pending() {
        return pending != null;
    }

    void run(Runnable action) {
        pending = action;
        pulses = 0;
        timer.start();
    }
}
