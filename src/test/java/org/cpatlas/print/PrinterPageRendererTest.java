package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrinterPageRendererTest {

    private final MapPage a4 = new MapPage(PrintFixtures.mapSheet(4), PageSetup.of(Paper.A4, Orientation.PORTRAIT),
            PrintFixtures.STYLE);

    @Test
    void rendersAtThePrinterResolutionCappedAt300Dpi() {
        PrinterPageRenderer renderer = new PrinterPageRenderer();
        assertThat(renderer.resolutionFor(600).value()).isEqualTo(300);
        assertThat(renderer.resolutionFor(150).value()).isEqualTo(150);
        assertThat(renderer.resolutionFor(0).value()).isEqualTo(300);
        // Printable area larger than the page: the page is printed at its own size, not enlarged.
        PrinterPageRenderer.PrinterImage image = renderer.render(a4, 1000, 1000, 600);
        assertThat(image.image().getWidth()).isEqualTo(2480);
        assertThat(image.image().getHeight()).isEqualTo(3508);
        assertThat(image.widthPt()).isCloseTo(a4.setup().widthPt(), within(1e-9));
    }

    @Test
    void shrinksTheWholePageIntoAPrintableAreaWithHardwareMargins() {
        // Letter paper with 0.25 in hardware margins: 576 x 756 pt printable, smaller than A4 in both directions.
        PrinterPageRenderer.PrinterImage image = new PrinterPageRenderer(150).render(a4, 576, 756, 1200);
        double fit = Math.min(576 / a4.setup().widthPt(), 756 / a4.setup().heightPt());
        assertThat(image.widthPt()).isCloseTo(a4.setup().widthPt() * fit, within(1e-6));
        assertThat(image.heightPt()).isLessThanOrEqualTo(756.0001);
        assertThat(image.widthPt()).isLessThanOrEqualTo(576.0001);
        assertThat(image.image().getWidth()).isEqualTo((int) Math.round(image.widthPt() * 150 / 72));
        assertThat(image.dpi().value()).isEqualTo(150);
    }

    @Test
    void lowersTheResolutionToFitTheHeapBudget() {
        PrinterPageRenderer.PrinterImage image = new PrinterPageRenderer(300, 4_000_000).render(a4, 1000, 1000, 600);

        assertThat(image.dpi().value()).isBetween(200, 299);
        assertThat((long) image.image().getWidth() * image.image().getHeight()).isLessThanOrEqualTo(4_000_000);
        assertThat(image.widthPt()).isCloseTo(a4.setup().widthPt(), within(1e-9));
        // A 256 MB heap cap still prints A4 (8.7 M px) at 300 DPI.
        assertThat(PrinterPageRenderer.pixelBudget(256L << 20)).isGreaterThan(2480L * 3508);
    }
}
