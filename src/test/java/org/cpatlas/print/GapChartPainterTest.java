package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The printed gap chart: a round axis, and the whole width for gaps of one sign. */
class GapChartPainterTest {

    private static final int W = 600;

    @Test
    void axisExtentIsTheSmallestRoundValueCoveringEveryGap() {
        assertThat(GapChartPainter.niceExtent(rows("25.10", "3.12"))).isEqualTo(30);
        assertThat(GapChartPainter.niceExtent(rows("14.77"))).isEqualTo(15);
        assertThat(GapChartPainter.niceExtent(rows("-9.35", "2.21"))).isEqualTo(10);
        assertThat(GapChartPainter.niceExtent(List.of())).isEqualTo(1);
    }

    @Test
    void gapsOfOneSignUseTheWholeWidthAndMixedSignsShareIt() {
        int oneSided = longestBarPx(rows("25.10", "3.12"));
        int mixed = longestBarPx(rows("25.10", "-3.12"));
        assertThat(oneSided).as("one-sided: 25.1 of 30 over the plot").isGreaterThan((int) (0.7 * plotWidth()));
        assertThat(mixed).as("mixed: 25.1 of 30 over half the plot").isLessThan((int) (0.5 * plotWidth()));
    }

    @Test
    void aTableWithNoRowsGetsAWordInsteadOfAnAxisWithoutBars() {
        BufferedImage image = new BufferedImage(W, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, W, 200);
        new GapChartPainter(PrintFixtures.STYLE).paint(g, List.of(), new Rectangle2D.Double(0, 0, W, 200));
        g.dispose();
        // The axis runs along the bottom of the (one) row and has tick labels under it: none of it is drawn.
        int axisY = (int) (GapChartPainter.TITLE_H + GapChartPainter.ROW_H + 2);
        int inked = 0;
        for (int y = axisY - 1; y < 200; y++) {
            for (int x = 0; x < W; x++) {
                inked += (image.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
            }
        }
        assertThat(inked).as("pixels inked under the row").isZero();
        int words = 0;
        for (int y = (int) GapChartPainter.TITLE_H; y < axisY - 1; y++) {
            for (int x = 0; x < 130; x++) {
                words += (image.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
            }
        }
        assertThat(words).as("the words in the row").isGreaterThan(20);
    }

    private static double plotWidth() {
        return W - 130 - 2 * 44; // label and value columns, as laid out by the painter
    }

    /** The widest run of bar-blue pixels on the first row. */
    private static int longestBarPx(List<ProvinceRow> rows) {
        BufferedImage image = new BufferedImage(W, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, W, 200);
        new GapChartPainter(PrintFixtures.STYLE).paint(g, rows, new Rectangle2D.Double(0, 0, W, 200));
        g.dispose();
        int y = (int) (GapChartPainter.TITLE_H + GapChartPainter.ROW_H / 2);
        int best = 0;
        int run = 0;
        for (int x = 0; x < W; x++) {
            int rgb = image.getRGB(x, y) & 0xffffff;
            run = rgb == 0x4393c3 ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    private static List<ProvinceRow> rows(String... gaps) {
        return java.util.Arrays.stream(gaps).map(gap -> new ProvinceRow("省", "Province", new BigDecimal("50"),
                new BigDecimal(gap), new BigDecimal(gap), Set.of(), "[1]")).toList();
    }
}
