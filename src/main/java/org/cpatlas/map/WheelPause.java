package org.cpatlas.map;

import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
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

    /**
     * Pulses without a new level before the zoom counts as still, besides {@link #STILL_MS}. A frame slower than
     * {@link #STILL_MS} (a full collection, a loaded machine) advanced the pause past its end in one pulse, before
     * that pulse's own notch: the wheel read as stopped at every slow frame of a turn, and each false stop showed and
     * drew the map's layers and captured it again at the next notch, which made the next frames slower still. At
     * 60 frames a second a real stop is many pulses long.
     */
    static final int STILL_PULSES = 2;

    private final PauseTransition still = new PauseTransition(Duration.millis(STILL_MS));
    /** Counts the pulses since the last new level while the zoom turns. */
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            quietPulses++;
        }
    };
    private int quietPulses;
    private int level = Integer.MIN_VALUE;
    private long lastChange = Long.MIN_VALUE / 2;
    private boolean turning;

    /** @param stopped told the level the zoom stopped at, once it has been still for {@link #STILL_MS} */
    WheelPause(IntConsumer stopped) {
        still.setOnFinished(e -> {
            if (!turning) {
                return;
            }
            if (quietPulses < STILL_PULSES) {
                still.playFromStart(); // time went by in one slow frame, not in frames without a notch
                return;
            }
            turning = false;
            pulses.stop();
            stopped.accept(level);
        });
    }

    /** Notes that the layer is asked for this level; true while the zoom is still changing level quickly. */
    boolean levelAsked(int asked) {
        if (asked != level) {
            long now = System.nanoTime();
            if (now - lastChange < STILL_MS * 1_000_000) {
                if (!turning) {
                    pulses.start();
                }
                turning = true;
                still.playFromStart();
            }
            quietPulses = 0;
            lastChange = now;
            level = asked;
        }
        return turning;
    }
}
