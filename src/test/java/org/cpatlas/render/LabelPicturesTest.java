package org.cpatlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Map labels drawn off the JavaFX thread: text in the label colour, a halo around it, sized for the screen. */
class LabelPicturesTest {

    private static final AtlasFonts FONTS = AtlasFonts.load();

    @Test
    void aLabelHasItsTextInTheLabelColourInsideAHaloAndNothingElse() {
        MapTheme theme = MapTheme.light();
        LabelPictures.Picture p = new LabelPictures(FONTS, theme, LabelLanguage.BOTH, 1)
                .draw(List.of("西藏区", "Tibet"), FONTS.bold(12.5), FONTS.regular(10), theme.label());

        assertThat(p.lines()).containsExactly("西藏区", "Tibet");
        assertThat(p.blockWidth()).isBetween(30.0, 60.0);
        assertThat(p.blockHeight()).isBetween(25.0, 40.0);
        assertThat(p.pixelWidth()).isGreaterThanOrEqualTo((int) p.blockWidth() + 4);
        assertThat(p.originX()).as("whole units, centred on the anchor").isEqualTo(Math.floor(p.originX()))
                .isLessThan(-p.blockWidth() / 2);
        int text = 0;
        int halo = 0;
        int other = 0;
        for (int argb : p.argbPre()) {
            int alpha = argb >>> 24;
            if (alpha < 128) {
                continue; // edges and the transparent surround
            }
            if (near(argb, theme.label())) {
                text++;
            } else if (near(argb, theme.labelHalo())) {
                halo++;
            } else if (!blend(argb, theme.label(), theme.labelHalo())) {
                other++;
            }
        }
        assertThat(text).as("pixels of the text colour").isGreaterThan(40);
        assertThat(halo).as("pixels of the halo colour (a translucent white)").isGreaterThan(text / 2);
        assertThat(p.argbPre()[0] >>> 24).as("a transparent corner").isZero();
        assertThat(other).as("every covered pixel is text, halo or a blend of the two").isZero();
    }

    @Test
    void languageChoosesTheLinesAndDensityThePixels() {
        MapTheme theme = MapTheme.dark();
        Font first = FONTS.regular(10.5);
        Font second = FONTS.regular(10);
        LabelPictures.Picture english = new LabelPictures(FONTS, theme, LabelLanguage.EN, 1)
                .draw(List.of("Sichuan"), first, second, theme.provinceLabel());
        LabelPictures.Picture sharp = new LabelPictures(FONTS, theme, LabelLanguage.EN, 2)
                .draw(List.of("Sichuan"), first, second, theme.provinceLabel());
        assertThat(sharp.pixelWidth()).isEqualTo(english.pixelWidth() * 2);
        assertThat(sharp.blockWidth()).isEqualTo(english.blockWidth());
        assertThat(new LabelPictures(FONTS, theme, LabelLanguage.EN, 1).draw(List.of(), first, second,
                theme.label()).pixelWidth()).isZero();
    }

    /** Whether a premultiplied pixel's colour lies between two colours (anti-aliased text over its halo). */
    private static boolean blend(int argb, Rgb a, Rgb b) {
        int alpha = argb >>> 24;
        int[] px = {((argb >> 16) & 0xff) * 255 / alpha, ((argb >> 8) & 0xff) * 255 / alpha, (argb & 0xff) * 255 / alpha};
        int[] from = {a.red(), a.green(), a.blue()};
        int[] to = {b.red(), b.green(), b.blue()};
        double t = (px[0] - from[0]) / (double) (to[0] - from[0]);
        for (int c = 0; c < 3; c++) {
            if (Math.abs(from[c] + t * (to[c] - from[c]) - px[c]) > 12) {
                return false;
            }
        }
        return t >= -0.05 && t <= 1.05;
    }

    /** Compares the colour of a premultiplied pixel (its alpha divided out) with a colour. */
    private static boolean near(int argb, Rgb colour) {
        int alpha = argb >>> 24;
        int r = ((argb >> 16) & 0xff) * 255 / alpha;
        int g = ((argb >> 8) & 0xff) * 255 / alpha;
        int b = (argb & 0xff) * 255 / alpha;
        return Math.abs(r - colour.red()) + Math.abs(g - colour.green()) + Math.abs(b - colour.blue()) < 24;
    }
}
