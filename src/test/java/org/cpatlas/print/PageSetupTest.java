package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PageSetupTest {

    @Test
    void a4At300DpiIs2480By3508PortraitAndTheOtherWayLandscape() {
        assertThat(PageSetup.of(Paper.A4, Orientation.PORTRAIT).pixelSize(new Dpi(300)))
                .isEqualTo(new PixelSize(2480, 3508));
        assertThat(PageSetup.of(Paper.A4, Orientation.LANDSCAPE).pixelSize(new Dpi(300)))
                .isEqualTo(new PixelSize(3508, 2480));
    }

    @Test
    void a4At96DpiIs794By1123() {
        assertThat(PageSetup.of(Paper.A4, Orientation.PORTRAIT).pixelSize(new Dpi(96)))
                .isEqualTo(new PixelSize(794, 1123));
    }

    @Test
    void a3At600DpiIs7016By9921() {
        PixelSize size = PageSetup.of(Paper.A3, Orientation.PORTRAIT).pixelSize(new Dpi(600));
        assertThat(size).isEqualTo(new PixelSize(7016, 9921));
        assertThat(size.argbBytes()).isEqualTo(278_422_944L);
    }

    @Test
    void pageSizeInPointsFollowsPaperAndOrientation() {
        PageSetup a4 = PageSetup.of(Paper.A4, Orientation.PORTRAIT);
        assertThat(a4.widthPt()).isCloseTo(595.276, within(0.01));
        assertThat(a4.heightPt()).isCloseTo(841.890, within(0.01));
        PageSetup letter = PageSetup.of(Paper.LETTER, Orientation.LANDSCAPE);
        assertThat(letter.widthPt()).isCloseTo(792, within(0.01));
        assertThat(letter.heightPt()).isCloseTo(612, within(0.01));
    }

    @Test
    void dpiOutside72To600IsRejectedWithTheRange() {
        assertThatThrownBy(() -> new Dpi(71)).hasMessageContaining("between 72 and 600");
        assertThatThrownBy(() -> new Dpi(601)).hasMessageContaining("between 72 and 600");
        assertThat(new Dpi(72).pxPerPt()).isEqualTo(1.0);
    }

    @Test
    void unknownPaperNamesTheKnownOnes() {
        assertThat(Paper.parse("letter")).isEqualTo(Paper.LETTER);
        assertThatThrownBy(() -> Paper.parse("B5")).hasMessageContaining("A4, A3 or LETTER");
    }
}
