package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The wheel's picture rescaled by nearest pixel: every pixel the source's under it, transparent beyond it. */
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
                rescale.rescale(source, inverse, offset[0], offset[1], target);
                assertThat(target).as("scale 1/%s, offset %s,%s", inverse, offset[0], offset[1])
                        .isEqualTo(pixelByPixel(source, inverse, offset[0], offset[1]));
            }
        }
    }

    @Test
    void atTheSourcesOwnScaleThePictureIsTheSourceShiftedAndTransparentBeyondIt() {
        int[] source = randomOpaque(W * H);
        int[] target = new int[W * H];
        java.util.Arrays.fill(target, 0xff123456); // what the last notch left
        new NearestRescale(W, H).rescale(source, 1, -4, 6, target);

        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int sx = x - 4;
                int sy = y + 6;
                int expected = sx >= 0 && sx < W && sy < H ? source[sy * W + sx] : 0;
                assertThat(target[y * W + x]).as("pixel %d,%d", x, y).isEqualTo(expected);
            }
        }
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
            rescale.rescale(first, inverse, 6, -2, target);
            assertThat(target).as("first capture, scale 1/%s", inverse)
                    .isEqualTo(pixelByPixel(first, inverse, 6, -2));
            rescale.rescale(second, inverse, 6, -2, target);
            assertThat(target).as("second capture, scale 1/%s", inverse)
                    .isEqualTo(pixelByPixel(second, inverse, 6, -2));
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
                rescale.rescale(source, inverse, offsetX, offsetY, target);
                assertThat(target).as("level %d about %s,%s", level, pivot[0], pivot[1])
                        .isEqualTo(pixelByPixel(source, inverse, offsetX, offsetY));
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
