package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cpatlas.app.AtlasApplication;
import org.cpatlas.core.LoadProgress;
import org.cpatlas.core.MapData;
import org.cpatlas.cli.AtlasCli;
import org.cpatlas.cli.StoreFactory;
import org.cpatlas.geo.DamagedLayers;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.store.TestStores;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One validation policy for the atlas's layers ({@code geo.AtlasLayerPolicy}): the same bad layer is refused, in the
 * same words, by the window's loading ({@link MapData#load}), by the window itself (its start-up view), and by every
 * command that reads map layers: {@code identify}, {@code export} and {@code atlas} ({@code regions} and
 * {@code region} read none). Before, the commands read layers unchecked: a region whose only ring has 2 or 3 points
 * was refused by the window but silently dropped by {@code identify} ("region: none", exit 0) and {@code export}, and
 * a self-intersecting region was drawn and identified.
 */
class OneLayerPolicyTest {

    /** Liupan: record 1 of the real regions layer, one ring; (106.29, 36.01) lies inside it. */
    private static final int LIUPAN = 0;

    @TempDir
    static Path tmp;

    private static StoreFactory stores;

    @BeforeAll
    static void buildTheDatabaseOnce() {
        Path db = tmp.resolve("atlas.db");
        TestStores.opener().open(db).close();
        stores = explicit -> TestStores.opener().open(db);
    }

    static Stream<Arguments> badRegions() {
        return Stream.of(
                Arguments.of("only ring of 2 points", new double[] {106.0, 36.0, 106.5, 36.5},
                        "ring 1 has only 2 points, too few to enclose an area"),
                Arguments.of("only ring of 3 points, closed", new double[] {106.0, 36.0, 106.5, 36.5, 106.0, 36.0},
                        "ring 1 has only 3 points, too few to enclose an area"),
                Arguments.of("a bow tie", new double[] {106.0, 36.0, 106.0, 36.5, 106.5, 36.0, 106.5, 36.5, 106.0, 36.0},
                        "Self-intersection at (106.25, 36.25)"));
    }

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtlasCli.execute(args, stores, new PrintWriter(out), new PrintWriter(err), tmp.resolve("atlas.log"));
        return new Run(code, out.toString(), err.toString());
    }

    /** A copy of the real maps whose Liupan region is made of exactly this ring. */
    private static Path mapsWithLiupan(String name, double[] ring) throws IOException {
        Path maps = StartupWindowFaultsTest.copyOfRealMaps(tmp.resolve(name.replace(' ', '-')));
        DamagedLayers.replaceRings(maps, "regions", LIUPAN, ring);
        return maps;
    }

    /** The refusal as the window's loading words it. */
    private static String windowRefusal(Path maps) {
        ShapefileException e = catchThrowableOfType(ShapefileException.class,
                () -> MapData.load(MapSource.directory(maps), LoadProgress.NONE));
        assertThat(e).as("the window refuses " + maps).isNotNull();
        return e.getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegions")
    void everyCommandRefusesTheLayerInTheWindowsWords(String name, double[] ring, String problem) throws IOException {
        Path maps = mapsWithLiupan(name, ring);
        Path regions = maps.resolve("regions.shp");
        String refusal = windowRefusal(maps);
        assertThat(refusal).isEqualTo(regions + " has an invalid geometry, first record 1 (code=liupan): " + problem
                + ". Repair the layer (e.g. mapshaper " + regions + " -clean -o out.shp, or ogr2ogr -makevalid out.shp "
                + regions + ") and load it again");
        Path out = Files.createDirectories(tmp.resolve("out-" + name.replace(' ', '-')));

        Run identify = run("identify", "--maps", maps.toString(),
                "106.29", "36.01");
        Run export = run("export", "--region", "liupan", "--maps",
                maps.toString(), "--out", out.resolve("liupan.pdf").toString());
        Run atlas = run("atlas", "--maps", maps.toString(), "--out",
                out.resolve("atlas.pdf").toString());

        assertThat(identify.exitCode()).as("identify: " + identify.out()).isEqualTo(1);
        assertThat(identify.err()).isEqualTo("identify: " + refusal + System.lineSeparator());
        assertThat(identify.out()).isEmpty();
        for (Run command : new Run[] {export, atlas}) {
            assertThat(command.exitCode()).as(command.out()).isEqualTo(1);
            assertThat(command.err()).isEqualTo("atlas: " + refusal + System.lineSeparator());
            assertThat(command.out()).isEmpty();
        }
        assertThat(out).as("nothing exported").isEmptyDirectory();
    }

    @Test
    void theWindowShowsTheSameRefusalOnItsStartUpView() throws Exception {
        Path maps = mapsWithLiupan("window", new double[] {106.0, 36.0, 106.5, 36.5});
        String refusal = windowRefusal(maps);
        FxToolkit.registerPrimaryStage();
        AtlasApplication app = (AtlasApplication) FxToolkit.setupApplication(
                () -> new AtlasApplication(maps, tmp.resolve("window.db")));
        try {
            WaitForAsyncUtils.waitFor(Patience.WARM_UP.toSeconds(), TimeUnit.SECONDS,
                    () -> app.startupView().showsError());
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(app.startupView().errorText()).isEqualTo(refusal);
            assertThat(app.window()).isNull();
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }
}
