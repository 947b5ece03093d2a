package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cpatlas.geo.ShapefileParts;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.LabelLanguage;
import org.cpatlas.render.LabelPictures;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.MapViewport;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map labels' pictures kept on disk: a later start of the same build, maps, theme, language and density shows
 * them without drawing them or loading the fonts, pixel for pixel as drawn; anything else, or anything wrong with
 * the file, means drawing (and writing the file whole again).
 */
class LabelPictureDiskTest {

    private static final MapViewport WHOLE_COUNTRY = new MapViewport(104.0, 35.5, 4.1, 1360, 800);
    private static final String BUILD = "jar 1@2 maps f00d";
    private static DrawableLayer regions;
    private static DrawableLayer provinces;
    private static AtlasFonts fonts;

    @TempDir
    Path cache;

    private final ExecutorService drawingThread = Executors.newSingleThreadExecutor();
    /** Every time a start asked for the fonts. */
    private final AtomicInteger fontsAsked = new AtomicInteger();
    private final Supplier<AtlasFonts> countedFonts = () -> {
        fontsAsked.incrementAndGet();
        return fonts;
    };

    @BeforeAll
    static void layers() throws Exception {
        FxToolkit.registerPrimaryStage();
        ShapefileReader reader = new ShapefileReader();
        regions = new DrawableLayer(reader.readPolygons(ShapefileParts.open(Path.of("maps", "regions.shp"))));
        provinces = new DrawableLayer(reader.readPolygons(ShapefileParts.open(Path.of("maps", "provinces.shp"))));
        fonts = AtlasFonts.load();
    }

    @AfterEach
    void stop() {
        drawingThread.shutdownNow();
    }

    /** A start: the labels made and given their disk in one JavaFX event, as the window does; waits until drawn. */
    private RegionLabels start(MapTheme theme, PictureDisk disk) throws Exception {
        AtomicInteger ready = new AtomicInteger();
        RegionLabels labels = WaitForAsyncUtils.asyncFx(() -> {
            RegionLabels made = new RegionLabels(regions, provinces, theme, countedFonts, drawingThread,
                    ready::incrementAndGet);
            made.keepPicturesOn(disk);
            return made;
        }).get(Patience.WARM_UP.toSeconds(), TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> ready.get() >= 1 && labels.ready());
        return labels;
    }

    private RegionLabels start(MapTheme theme) throws Exception {
        return start(theme, PictureDisk.in(cache, BUILD));
    }

    @Test
    void aSecondStartShowsTheLabelsWithoutDrawingThemOrLoadingTheFonts() throws Exception {
        List<LabelPictures.Picture> drawnNoDisk = start(MapTheme.light(), PictureDisk.NONE).drawnPictures();
        RegionLabels first = start(MapTheme.light());
        assertThat(fontsAsked).as("both drawn").hasValue(2);
        assertThat(files()).hasSize(1);

        RegionLabels second = start(MapTheme.light());

        assertThat(fontsAsked).as("the fonts not even asked for").hasValue(2);
        assertSamePictures(second.drawnPictures(), first.drawnPictures());
        assertSamePictures(second.drawnPictures(), drawnNoDisk);
        assertThat(second.drawnPictures()).hasSize(regions.size() + provinces.size());
        WaitForAsyncUtils.asyncFx(() -> second.place(WHOLE_COUNTRY, List.of())).get(Patience.SECONDS,
                TimeUnit.SECONDS);
        assertThat(second.visible()).contains("西藏区", "Tibet", "秦巴山区");
    }

    @Test
    void anotherThemeLanguageOrDensityIsDrawn() throws Exception {
        start(MapTheme.light());
        start(MapTheme.dark());
        assertThat(fontsAsked).hasValue(2);

        RegionLabels english = start(MapTheme.light());
        assertThat(fontsAsked).as("light, both languages: kept").hasValue(2);
        WaitForAsyncUtils.asyncFx(() -> english.setLanguage(LabelLanguage.EN)).get(Patience.SECONDS,
                TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, english::ready);
        assertThat(fontsAsked).hasValue(3);
        assertThat(english.drawnPictures()).noneMatch(p -> p.lines().contains("西藏区"));
        assertThat(files()).as("light and dark in both languages, light in English").hasSize(3);

        PictureDisk disk = PictureDisk.in(cache, BUILD);
        assertThat(disk.read(english.whatIsDrawn(regions, MapTheme.light(), LabelLanguage.BOTH, 1))).isNotNull();
        assertThat(disk.read(english.whatIsDrawn(regions, MapTheme.light(), LabelLanguage.BOTH, 2)))
                .as("another density").isNull();
        assertThat(PictureDisk.in(cache, "jar 1@2 maps another")
                .read(english.whatIsDrawn(regions, MapTheme.light(), LabelLanguage.BOTH, 1)))
                .as("other maps").isNull();
    }

    @Test
    void aFileCutShortOrWithAFlippedBitIsDrawnAgainAndWrittenWhole() throws Exception {
        List<LabelPictures.Picture> drawn = start(MapTheme.light()).drawnPictures();
        Path file = files().get(0);
        byte[] whole = Files.readAllBytes(file);
        for (int cut : new int[] {0, 7, 30, whole.length / 2, whole.length - 1}) {
            Files.write(file, java.util.Arrays.copyOf(whole, cut));
            int asked = fontsAsked.get();

            RegionLabels again = start(MapTheme.light());

            assertThat(fontsAsked).as("cut at %d: drawn", cut).hasValue(asked + 1);
            assertSamePictures(again.drawnPictures(), drawn);
            assertThat(Files.readAllBytes(file)).as("written whole").isEqualTo(whole);
        }

        byte[] flipped = whole.clone();
        flipped[whole.length * 2 / 3] ^= 0x04; // one bit of a pixel: the checksum no longer matches
        Files.write(file, flipped);
        RegionLabels again = start(MapTheme.light());
        assertThat(fontsAsked).hasValue(7);
        assertSamePictures(again.drawnPictures(), drawn);
        assertThat(Files.readAllBytes(file)).isEqualTo(whole);
    }

    @Test
    void aFileOfAnotherKeyUnderTheSameNameIsNotUsed() throws Exception {
        start(MapTheme.dark());
        Path dark = files().get(0);
        byte[] darkBytes = Files.readAllBytes(dark);
        start(MapTheme.light());
        Path light = files().stream().filter(f -> !f.equals(dark)).findFirst().orElseThrow();
        byte[] lightBytes = Files.readAllBytes(light);
        Files.write(light, darkBytes); // as if the two keys' names had come out the same

        RegionLabels again = start(MapTheme.light());

        assertThat(fontsAsked).hasValue(3);
        assertThat(again.drawnPictures().get(0).argbPre()).as("drawn in the light theme")
                .isNotEqualTo(PictureDisk.decode(darkBytes, firstKeyIn(darkBytes)).get(0).get(0).argbPre());
        assertThat(Files.readAllBytes(light)).isEqualTo(lightBytes);
    }

    @Test
    void withoutAKnownBuildNothingIsKept() throws Exception {
        start(MapTheme.light(), PictureDisk.in(cache, null));
        start(MapTheme.light(), PictureDisk.in(cache, null));

        assertThat(fontsAsked).hasValue(2);
        try (Stream<Path> all = Files.list(cache)) {
            assertThat(all.toList()).isEmpty();
        }
    }

    @Test
    void anUnwritableCacheMeansDrawingEveryTime() throws Exception {
        Path blocked = cache.resolve("pictures");
        Files.writeString(blocked, "a file where the folder should be");

        RegionLabels first = start(MapTheme.light(), PictureDisk.in(blocked, BUILD));
        start(MapTheme.light(), PictureDisk.in(blocked, BUILD));

        assertThat(fontsAsked).hasValue(2);
        assertThat(first.drawnPictures()).hasSize(regions.size() + provinces.size());
        assertThat(Files.readString(blocked)).isEqualTo("a file where the folder should be");
    }

    @Test
    void onlyTheNewestFilesAreKeptAndAFileInUseIsNewest() throws Exception {
        PictureDisk disk = PictureDisk.in(cache, BUILD);
        List<List<LabelPictures.Picture>> one = List.of(List.of(new LabelPictures.Picture(List.of("秦巴山区"), 40, 14,
                2, 1, 1, -20, -3, new int[] {0x80402010, 0})));
        disk.write("look 0", one);
        Path oldest = files().get(0);
        for (int i = 1; i < PictureDisk.KEPT + 3; i++) {
            for (Path file : files()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis()
                        - 60_000));
            }
            if (i == 5) {
                assertThat(disk.read("look 0")).as("read back").hasSize(1);
            }
            disk.write("look " + i, one);
        }

        assertThat(files()).hasSize(PictureDisk.KEPT).contains(oldest);
        assertThat(disk.read("look 1")).as("pruned").isNull();
        assertThat(disk.read("look 0").get(0).get(0).argbPre()).containsExactly(0x80402010, 0);
    }

    private static String firstKeyIn(byte[] file) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(file);
        in.position(8);
        byte[] key = new byte[in.getInt()];
        in.get(key);
        return new String(key, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void assertSamePictures(List<LabelPictures.Picture> actual, List<LabelPictures.Picture> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.size(); i++) {
            LabelPictures.Picture a = actual.get(i);
            LabelPictures.Picture e = expected.get(i);
            assertThat(a.lines()).isEqualTo(e.lines());
            assertThat(new double[] {a.blockWidth(), a.blockHeight(), a.density(), a.originX(), a.originY()})
                    .containsExactly(e.blockWidth(), e.blockHeight(), e.density(), e.originX(), e.originY());
            assertThat(new int[] {a.pixelWidth(), a.pixelHeight()}).containsExactly(e.pixelWidth(), e.pixelHeight());
            assertThat(a.argbPre()).as("pixels of label %d", i).isEqualTo(e.argbPre());
        }
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> all = Files.list(cache)) {
            return all.filter(f -> f.toString().endsWith(".pictures")).sorted().toList();
        }
    }
}
