package org.cpatlas.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.cpatlas.settings.Settings;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 738);
    private static final Rectangle2D MONITOR_RIGHT = new Rectangle2D(1366, 0, 2560, 1400);

    @Test
    void aPlacementThatFitsIsKeptAsItIs() {
        WindowPlacement left = new WindowPlacement(1500, 100, 1600, 900, false);
        assertThat(left.keptOn(List.of(LAPTOP, MONITOR_RIGHT))).isEqualTo(left);
    }

    @Test
    void aWindowLeftOnAMonitorSinceUnpluggedOpensCentredOnThePrimaryScreenNoLargerThanIt() {
        WindowPlacement onMonitor = new WindowPlacement(1500, 100, 1600, 900, true);
        WindowPlacement kept = onMonitor.keptOn(List.of(LAPTOP));
        assertThat(kept).isEqualTo(new WindowPlacement(0, 0, 1366, 738, true));
    }

    @Test
    void aSmallWindowOffScreenIsCentredAtItsOwnSize() {
        WindowPlacement lost = new WindowPlacement(-3000, 5000, 800, 500, false);
        assertThat(lost.keptOn(List.of(LAPTOP))).isEqualTo(new WindowPlacement(283, 119, 800, 500, false));
    }

    @Test
    void aTitleBarAboveTheScreenIsBroughtDownToItsTop() {
        WindowPlacement high = new WindowPlacement(100, -25, 900, 600, false);
        assertThat(high.keptOn(List.of(LAPTOP))).isEqualTo(new WindowPlacement(100, 0, 900, 600, false));
    }

    @Test
    void aWindowHangingOffTheRightEdgeIsMovedBackWhole() {
        WindowPlacement hanging = new WindowPlacement(1000, 50, 900, 600, false);
        assertThat(hanging.keptOn(List.of(LAPTOP))).isEqualTo(new WindowPlacement(466, 50, 900, 600, false));
    }

    @Test
    void aWindowSmallerThanUsableGrowsToTheSmallestUsefulSize() {
        WindowPlacement tiny = new WindowPlacement(10, 10, 150, 120, false);
        assertThat(tiny.keptOn(List.of(LAPTOP))).isEqualTo(new WindowPlacement(10, 10, 640, 420, false));
    }

    @Test
    void onlyAWholePlacementIsRestored() {
        Settings settings = new Settings();
        new WindowPlacement(12, 34, 1000, 700, true).writeTo(settings);
        assertThat(WindowPlacement.from(settings)).contains(new WindowPlacement(12, 34, 1000, 700, true));
        settings.remove(SettingKeys.WINDOW_HEIGHT);
        assertThat(WindowPlacement.from(settings)).isEmpty();
    }
}
