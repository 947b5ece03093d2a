package org.cpatlas.map;

import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Tells a zoom that is still going on (the wheel turning, a notch a frame) from one that has stopped. The level a
 * layer is asked for changes at each notch: a change this soon after the one before means more are coming, so the
 * layer can leave its tiles for later and show what it has, scaled, instead of making a screenful of tiles that the
 * next frame drops. Once the level has stayed the same for a moment, the layer is told which level it stopped at.
 * JavaFX thread only.
 */
final class WheelPause {

    /**
     * Longer than the time between two notches of a wheel turned on, shorter than a pause a user would notice.
     * The tests lengthen it ({@code -Dcpatlas.wheel.stillMs}, set in the pom): on a machine whose cores are busy
     * with other work the JavaFX thread can fall 150 ms behind a turning wheel, which would then read as separate
     * steps and make the tests of a turning wheel depend on the machine's speed.
     */
    static final long STILL_MS = Long.getLong("cpatlas.wheel.stillMs", 150);

    private final PauseTransition still = new PauseTransition(Duration.millis(STILL_MS));
    private int level = Integer.MIN_VALUE;
    private long lastChange = Long.MIN_VALUE / 2;
    private boolean turning;

    /** @param stopped told the level the zoom stopped at, once it has been still for {@link #STILL_MS} */
    WheelPause(IntConsumer stopped) {
        still.setOnFinished(e -> {
            if (turning) {
                turning = false;
                stopped.accept(level);
            }
        });
    }

    /** Notes that the layer is asked for this level; true while the zoom is still changing level quickly. */
    boolean levelAsked(int asked) {
        if (asked != level) {
            long now = System.nanoTime();
            if (now - lastChange < STILL_MS * 1_000_000) {
                turning = true;
                still.playFromStart();
            }
            lastChange = now;
            level = asked;
        }
        return turning;
    }
}
