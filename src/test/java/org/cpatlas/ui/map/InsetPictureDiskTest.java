package org.cpatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.cpatlas.geo.AtlasLayerPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ValidityMemo;
import org.cpatlas.map.PictureDisk;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.MapLayers;
import org.cpatlas.render.MapTheme;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The South China Sea inset's picture kept on disk with the labels': a later start shows it without drawing it or
 * loading the fonts, pixel for pixel; a damaged file or another theme is drawn.
 */
class InsetPictureDiskTest {

    private static DrawableLayer southChinaSea;
    private static AtlasFonts fonts;

    @TempDir
    Path cache;

    private final ExecutorService drawingThread = Executors.newSingleThreadExecutor();
    private final AtomicInteger fontsAsked = new AtomicInteger();

    @BeforeAll
    static void layers() throws Exception {
        FxToolkit.registerPrimaryStage();
        southChinaSea = MapLayers.load(MapSource.locate(null), AtlasLayerPolicy.reader(ValidityMemo.NONE), false)
                .southChinaSea();
        fonts = AtlasFonts.load();
    }

    @AfterEach
    void stop() {
        drawingThread.shutdownNow();
    }

    /** A start: the inset made and given its disk in one JavaFX event, as the window does; its pixels once shown. */
    private int[] start(MapTheme theme) throws Exception {
        InsetView inset = WaitForAsyncUtils.asyncFx(() -> {
            InsetView made = new InsetView(southChinaSea, () -> {
                fontsAsked.incrementAndGet();
                return fonts;
            }, drawingThread, theme);
            made.keepPicturesOn(PictureDisk.in(cache, "jar 1@2 maps f00d"));
            return made;
        }).get(Patience.WARM_UP.toSeconds(), TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> inset.getImage() != null);
        Image image = inset.getImage();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        return pixels;
    }

    @Test
    void aLaterStartShowsTheInsetWithoutDrawingItAndADamagedFileOrAnotherThemeIsDrawn() throws Exception {
        int[] drawn = start(MapTheme.light());
        assertThat(fontsAsked).hasValue(1);

        int[] kept = start(MapTheme.light());
        assertThat(fontsAsked).as("not drawn, the fonts not asked for").hasValue(1);
        assertThat(kept).isEqualTo(drawn);
        assertThat(java.util.Arrays.stream(kept).filter(p -> p != 0).count()).as("something is drawn").isPositive();

        Path file;
        try (Stream<Path> all = Files.list(cache)) {
            file = all.filter(f -> f.toString().endsWith(".pictures")).findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 9));
        assertThat(start(MapTheme.light())).isEqualTo(drawn);
        assertThat(fontsAsked).as("cut short: drawn").hasValue(2);
        assertThat(Files.readAllBytes(file)).as("written whole").isEqualTo(whole);

        assertThat(start(MapTheme.dark())).isNotEqualTo(drawn);
        assertThat(fontsAsked).hasValue(3);
    }
}
