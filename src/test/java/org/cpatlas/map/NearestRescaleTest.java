package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The wheel's picture rescaled by nearest pixel: every pixel the source's under it, and the rectangle it reaches
 * returned, outside which the rule gives nothing (the preview shows only that rectangle).
 */
class NearestRescaleTest {

    private static final int W = 37;
    private static final int H = 23;

    @Test
    void everyPixelIsTheSourcePixelUnderItAtEveryScaleAWheelReaches() {
        int[] source = randomOpaque(W * H);
        NearestRescale rescale = new NearestRescale(W, H);
        int[] target = new int[W * H];
        for (double inverse : new double[] {0.125, 0.25, 0.5, 1, 2, 4, 8}) {
            for (double[] offset : new double[][] {{0, 0}, {5, -3}, {-12, 7}, {30, 20}, {-40, -30}, {3.5, 1.25}}) {
                NearestRescale.Covered covered = rescale.rescale(source, inverse, offset[0], offset[1], target);
                assertShows(target, covered, pixelByPixel(source, inverse, offset[0], offset[1]),
                        String.format("scale 1/%s, offset %s,%s", inverse, offset[0], offset[1]));
            }
        }
    }

    @Test
    void atTheSourcesOwnScaleThePictureIsTheSourceShiftedAndReachesNoFurther() {
        int[] source = randomOpaque(W * H);
        int[] target = new int[W * H];
        java.util.Arrays.fill(target, 0xff123456); // what the last notch left
        NearestRescale.Covered covered = new NearestRescale(W, H).rescale(source, 1, -4, 6, target);

        assertThat(covered).as("reached").isEqualTo(new NearestRescale.Covered(4, 0, W - 4, H - 6));
        for (int y = 0; y < H - 6; y++) {
            for (int x = 4; x < W; x++) {
                assertThat(target[y * W + x]).as("pixel %d,%d", x, y).isEqualTo(source[(y + 6) * W + x - 4]);
            }
        }
    }

    @Test
    void aPictureOutOfTheViewReachesNothing() {
        NearestRescale.Covered covered = new NearestRescale(W, H).rescale(randomOpaque(W * H), 2, 3 * W, 0,
                new int[W * H]);

        assertThat(covered.isEmpty()).as("nothing reached").isTrue();
    }

    @Test
    void aNewCaptureShownSmallerAtTheSamePlaceShowsItsOwnPixels() {
        NearestRescale rescale = new NearestRescale(W, H);
        int[] target = new int[W * H];
        int[] first = randomOpaque(W * H);
        int[] second = randomOpaque(W * H);
        for (int i = 0; i < second.length; i++) {
            second[i] ^= 0x00ffffff; // every pixel another colour
        }
        for (double inverse : new double[] {2, 4, 8}) {
            assertShows(target, rescale.rescale(first, inverse, 6, -2, target), pixelByPixel(first, inverse, 6, -2),
                    "first capture, scale 1/" + inverse);
            assertShows(target, rescale.rescale(second, inverse, 6, -2, target),
                    pixelByPixel(second, inverse, 6, -2), "second capture, scale 1/" + inverse);
        }
    }

    @Test
    void aWheelTurningInAndOutAboutAPointShowsTheRuleAtEveryNotch() {
        int[] source = randomOpaque(W * H);
        NearestRescale rescale = new NearestRescale(W, H);
        int[] target = new int[W * H];
        // Levels 9, 8, 7, 6, 7, 8, ... from a capture at 8, about the middle and about a point off it.
        int[] levels = {9, 8, 7, 6, 7, 8, 9, 8, 7, 6, 5, 6, 7};
        for (double[] pivot : new double[][] {{W / 2.0, H / 2.0}, {W * 0.4, H * 0.4}, {3, 20}}) {
            for (int level : levels) {
                double inverse = Math.pow(2, 8 - level);
                double offsetX = Math.floor(pivot[0] - pivot[0] * inverse);
                double offsetY = Math.floor(pivot[1] - pivot[1] * inverse);
                assertShows(target, rescale.rescale(source, inverse, offsetX, offsetY, target),
                        pixelByPixel(source, inverse, offsetX, offsetY),
                        String.format("level %d about %s,%s", level, pivot[0], pivot[1]));
            }
        }
    }

    /**
     * Inside the rectangle reached, the picture is the rule's; outside it the rule gives nothing (every source pixel
     * is opaque, so the rule's transparent pixels are exactly those the source does not reach).
     */
    private static void assertShows(int[] target, NearestRescale.Covered covered, int[] rule, String what) {
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean inside = x >= covered.x() && x < covered.x() + covered.width() && y >= covered.y()
                        && y < covered.y() + covered.height();
                int expected = rule[y * W + x];
                if (inside) {
                    assertThat(target[y * W + x]).as("%s: pixel %d,%d", what, x, y).isEqualTo(expected);
                } else {
                    assertThat(expected).as("%s: pixel %d,%d outside the rectangle reached", what, x, y).isZero();
                }
            }
        }
    }

    /** The rule itself, a pixel at a time. */
    private static int[] pixelByPixel(int[] source, double inverse, double offsetX, double offsetY) {
        int[] out = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int sx = (int) Math.floor(x * inverse + offsetX);
                int sy = (int) Math.floor(y * inverse + offsetY);
                out[y * W + x] = sx >= 0 && sx < W && sy >= 0 && sy < H ? source[sy * W + sx] : 0;
            }
        }
        return out;
    }

    private static int[] randomOpaque(int n) {
        Random random = new Random(17);
        int[] pixels = new int[n];
        for (int i = 0; i < n; i++) {
            pixels[i] = 0xff000000 | random.nextInt(0x1000000);
        }
        return pixels;
    }
}
