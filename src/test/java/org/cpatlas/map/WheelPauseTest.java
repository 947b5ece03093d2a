package org.cpatlas.map;

import org.cpatlas.testing.Patience;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A zoom still turning is told from one that stopped, and the level it stopped at is reported once. */
class WheelPauseTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the pause is a JavaFX animation
    }

    @Test
    void levelsAskedInQuickSuccessionWaitUntilTheZoomIsStillThenTheLastIsReported() throws Exception {
        List<Integer> stops = new CopyOnWriteArrayList<>();
        WheelPause wheel = WaitForAsyncUtils.asyncFx(() -> new WheelPause(stops::add)).get(Patience.SECONDS, TimeUnit.SECONDS);

        List<Boolean> turning = WaitForAsyncUtils.asyncFx(() -> List.of(wheel.levelAsked(6), wheel.levelAsked(6),
                wheel.levelAsked(7), wheel.levelAsked(8), wheel.levelAsked(8))).get(Patience.SECONDS, TimeUnit.SECONDS);

        assertThat(turning).as("the first level asked is a single step; the next ones, moments later, a wheel turning")
                .containsExactly(false, false, true, true, true);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !stops.isEmpty());
        Thread.sleep(2 * WheelPause.STILL_MS);
        assertThat(stops).as("reported once, with the level it stopped at").containsExactly(8);

        boolean afterAPause = WaitForAsyncUtils.asyncFx(() -> wheel.levelAsked(9)).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(afterAPause).as("a step after the zoom was still").isFalse();
    }

    @Test
    void aFrameSlowerThanThePauseIsNotTakenForTheWheelStoppingWhileANotchComesEveryFrame() throws Exception {
        List<Integer> stops = new CopyOnWriteArrayList<>();
        WheelPause wheel = WaitForAsyncUtils.asyncFx(() -> new WheelPause(stops::add))
                .get(Patience.SECONDS, TimeUnit.SECONDS);
        // A wheel turning a notch a frame, as the benchmark's zoom does; one frame, the fourth, stalls for longer than
        // the pause after its notch (a full collection on a loaded machine).
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        List<Boolean> turning = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> new javafx.animation.AnimationTimer() {
            int notch;

            @Override
            public void handle(long now) {
                if (notch == 8) {
                    stop();
                    done.countDown();
                    return;
                }
                turning.add(wheel.levelAsked(6 + notch % 3));
                if (notch == 3) {
                    // The rest of this frame stalls: the next pulse comes after the pause has run out, and the pause
                    // is an animation, which JavaFX advances before the animation timers that turn the wheel.
                    sleep(WheelPause.STILL_MS + 300);
                }
                notch++;
            }
        }.start()).get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(done.await(Patience.SECONDS, TimeUnit.SECONDS)).isTrue();

        assertThat(stops).as("no stop while the notches kept coming").isEmpty();
        assertThat(turning).containsExactly(false, true, true, true, true, true, true, true);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !stops.isEmpty());
        assertThat(stops).as("once the notches stop, the level it stopped at").containsExactly(6 + 7 % 3);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
