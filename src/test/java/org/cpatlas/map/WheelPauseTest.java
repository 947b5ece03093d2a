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
}
