package org.cpatlas.faults;

import org.cpatlas.testing.Patience;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.cpatlas.app.AtlasApplication;
import org.cpatlas.core.AtlasCore;
import org.cpatlas.app.CoreLoader;
import org.cpatlas.core.MapData;
import org.cpatlas.geo.MapSource;
import org.cpatlas.store.AtlasStoreException;
import org.cpatlas.store.AtlasStoreOpener;
import org.cpatlas.store.StoreLocation;
import org.cpatlas.ui.kit.FxFonts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application, headless (TestFX + Monocle), started on a broken maps folder or a corrupt database: it shows
 * what is wrong in words (never a stack trace), stays usable, and recovers with "Try again" once the file is fixed.
 */
class StartupWindowFaultsTest {

    @TempDir
    Path tmp;

    private AtlasApplication app;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    private void start(Path maps, Path db) throws Exception {
        start(() -> new AtlasApplication(maps, db));
    }

    /** The application with its loading seams given: the real font and map loading unless a test replaces them. */
    private void start(CoreLoader loader, Function<Path, String> fonts) throws Exception {
        start(() -> new AtlasApplication(loader, fonts));
    }

    private void start(java.util.function.Supplier<AtlasApplication> application) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setWidth(1280);
            s.setHeight(820);
        });
        app = (AtlasApplication) FxToolkit.setupApplication(application::get);
    }

    /** Loading as the window does, the database being the atlas's own file at {@code db} (not one given with --db). */
    private static CoreLoader realMapsAndOwnDatabase(Path db) {
        return progress -> AtlasCore.open(p -> MapData.load(MapSource.locate(Path.of("maps")), p),
                () -> AtlasStoreOpener.withBundledData().open(StoreLocation.atlasOwned(db)), progress);
    }

    /** A loader that fails the first time with the given failure, then loads as the window does. */
    private static CoreLoader failingOnce(Path db, Throwable failure) {
        AtomicInteger calls = new AtomicInteger();
        CoreLoader real = realMapsAndOwnDatabase(db);
        return progress -> {
            if (calls.getAndIncrement() == 0) {
                if (failure instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) failure;
            }
            return real.open(progress);
        };
    }

    private void waitForError() throws Exception {
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.startupView().showsError());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tryAgainOpensTheAtlas() throws Exception {
        Button retry = robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Try again".equals(b.getText())).findFirst().orElseThrow();
        robot.clickOn(retry);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot()).isSameAs(app.window());
        assertThat(app.window().mapPane().overlay().regionCount()).isEqualTo(14);
    }

    private void assertShownInWords(String expected) {
        assertThat(app.startupView().errorText()).isEqualTo(expected)
                .doesNotContain("Exception", "Error:", "java.", "org.", "\tat ");
        assertThat(stage.isShowing()).isTrue();
        assertThat(app.window()).isNull();
        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText)).contains("The atlas could not start");
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void missingPartOfAMapLayerIsShownInWordsAndTryAgainOpensTheAtlasOnceItIsBack() throws Exception {
        Path maps = copyOfRealMaps(tmp.resolve("maps"));
        Path shx = maps.resolve("counties.shx");
        byte[] saved = Files.readAllBytes(shx);
        Files.delete(shx);
        FolderSnapshot before = FolderSnapshot.of(maps);

        start(maps, tmp.resolve("data/atlas.db"));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.startupView().showsError());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.startupView().errorText()).isEqualTo("Missing " + shx + ": the layer counties needs"
                + " counties.shp, counties.shx and counties.dbf side by side; copy the missing .shx from the same export"
                + " next to the others");
        assertThat(app.startupView().errorText()).doesNotContain("Exception", "at org.", "\tat ");
        assertThat(stage.isShowing()).isTrue();
        assertThat(app.window()).isNull();
        assertThat(FolderSnapshot.of(maps)).as("the maps folder is not touched").isEqualTo(before);

        Files.write(shx, saved);
        Button retry = robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Try again".equals(b.getText())).findFirst().orElseThrow();
        robot.clickOn(retry);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.window().mapPane().overlay().regionCount()).isEqualTo(14);
        assertThat(stage.getScene().getRoot()).isSameAs(app.window());
    }

    @Test
    void corruptDatabaseIsMovedAsideWithItsBytesAndTheAtlasOpensWithAWarning() throws Exception {
        Path dataDir = Files.createDirectories(tmp.resolve("data"));
        Path db = dataDir.resolve("atlas.db");
        byte[] garbage = new byte[48 * 1024];
        new Random(2024).nextBytes(garbage);
        Files.write(db, garbage);

        start(realMapsAndOwnDatabase(db), FxFonts::register);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window() != null);
        WaitForAsyncUtils.waitForFxEvents();

        List<Path> aside;
        try (Stream<Path> files = Files.list(dataDir)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("atlas.db.corrupt-")).toList();
        }
        assertThat(aside).singleElement().satisfies(p -> assertThat(p).hasBinaryContent(garbage));
        assertThat(app.window().statusLabel().getText()).isEqualTo("the database " + db + " was damaged (it is not"
                + " an SQLite database); it was moved to " + aside.get(0) + " and a new one was built from the bundled"
                + " data");
        assertThat(app.core().store().inMemory()).isFalse();
        assertThat(app.window().mapPane().overlay().regionCount()).isEqualTo(14);
        assertThat(app.core().store().repository().regions()).hasSize(14);
    }

    /** The five hand edits the issue names: the window opens on the rebuilt file and names where the old one went. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"table dropped", "text in a value column", "unknown flag", "region deleted",
        "view that fails"})
    void handEditedDatabaseIsMovedAsideAndTheWindowOpensWithTheRebuiltOneAndAWarning(String editName) throws Exception {
        DatabaseEdit edit = DatabaseEdit.ALL.stream().filter(e -> e.name().equals(editName)).findFirst().orElseThrow();
        Path dataDir = Files.createDirectories(tmp.resolve("data"));
        Path db = HandEditedDatabaseFaultsTest.builtDatabase(dataDir);
        edit.applyTo(db);
        byte[] edited = Files.readAllBytes(db);

        start(realMapsAndOwnDatabase(db), FxFonts::register);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window() != null);
        WaitForAsyncUtils.waitForFxEvents();

        List<Path> aside;
        try (Stream<Path> files = Files.list(dataDir)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("atlas.db.invalid-")).toList();
        }
        assertThat(aside).singleElement().satisfies(p -> assertThat(p).hasBinaryContent(edited));
        assertThat(app.window().statusLabel().getText()).isEqualTo("the database " + db + " was not as the atlas"
                + " built it (" + edit.problem() + "); it was moved to " + aside.get(0) + " and a new one was built"
                + " from the bundled data");
        assertThat(app.core().store().inMemory()).isFalse();
        assertThat(app.window().mapPane().overlay().regionCount()).isEqualTo(14);
        HandEditedDatabaseFaultsTest.everyQueryWorks(app.core().store().repository());
    }

    @Test
    void unexpectedErrorWhileLoadingEndsOnTheStartupViewInWordsAndTryAgainOpensTheAtlas() throws Exception {
        start(failingOnce(tmp.resolve("atlas.db"), new IllegalStateException("index 3 out of bounds for length 2")),
                FxFonts::register);
        waitForError();

        assertShownInWords("An unexpected error stopped the loading; the details were logged. Try again; if it"
                + " happens again, please report it with the log.");
        tryAgainOpensTheAtlas();
    }

    @Test
    void runningOutOfMemoryWhileLoadingSaysHowToGiveTheAtlasMoreAndTryAgainOpensIt() throws Exception {
        start(failingOnce(tmp.resolve("atlas.db"), new OutOfMemoryError("Java heap space")), FxFonts::register);
        waitForError();

        assertShownInWords("The atlas ran out of memory while loading (it may use "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB). Start it with more, e.g. java -Xmx1g -jar"
                + " atlas.jar, or give it smaller map layers; then try again.");
        tryAgainOpensTheAtlas();
    }

    @Test
    void anErrorOfAnyOtherKindWhileLoadingEndsOnTheStartupView() throws Exception {
        start(failingOnce(tmp.resolve("atlas.db"), new StackOverflowError()), FxFonts::register);
        waitForError();

        assertShownInWords("An unexpected error stopped the loading; the details were logged. Try again; if it"
                + " happens again, please report it with the log.");
        tryAgainOpensTheAtlas();
    }

    @Test
    void theStoreFailingOnAnotherThreadEndsOnTheStartupViewWithItsWords() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CoreLoader loader = progress -> AtlasCore.open(p -> MapData.load(MapSource.locate(Path.of("maps")), p),
                () -> {
                    if (calls.getAndIncrement() == 0) {
                        throw new AtlasStoreException("cannot build even a temporary database: the disk is full;"
                                + " reinstall the atlas");
                    }
                    return AtlasStoreOpener.withBundledData().open(StoreLocation.atlasOwned(tmp.resolve("atlas.db")));
                }, progress);
        start(loader, FxFonts::register);
        waitForError();

        assertShownInWords("cannot build even a temporary database: the disk is full; reinstall the atlas");
        tryAgainOpensTheAtlas();
    }

    @Test
    void theFontFailingEndsOnTheStartupViewAndTryAgainLoadsItAndTheAtlas() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Function<Path, String> fonts = cache -> {
            if (calls.getAndIncrement() == 0) {
                throw new IllegalArgumentException("bad font table");
            }
            return FxFonts.register(cache);
        };
        start(realMapsAndOwnDatabase(tmp.resolve("atlas.db")), fonts);
        waitForError();

        assertShownInWords("An unexpected error stopped the loading; the details were logged. Try again; if it"
                + " happens again, please report it with the log.");
        tryAgainOpensTheAtlas();
        assertThat(calls).hasValue(2);
    }

    /**
     * The figures fail only once the window is being made (the database changed after it was opened and checked):
     * before, the exception escaped on the JavaFX thread and the progress view stayed up for ever.
     */
    @Test
    void aFailureWhileTheWindowIsMadeEndsOnTheStartupViewInsteadOfHanging() throws Exception {
        Path db = tmp.resolve("atlas.db");
        AtomicInteger calls = new AtomicInteger();
        CoreLoader real = realMapsAndOwnDatabase(db);
        CoreLoader loader = progress -> {
            AtlasCore core = real.open(progress);
            if (calls.getAndIncrement() == 0) {
                try {
                    new DatabaseEdit("table dropped", List.of("DROP TABLE observation_flag"), "").applyTo(db);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return core;
        };
        start(loader, FxFonts::register);
        waitForError();

        assertShownInWords("reading the atlas database failed (no such table: observation_flag); close the atlas and"
                + " start it again, it checks the database when it starts");
        tryAgainOpensTheAtlas();
        assertThat(app.window().statusLabel().getText()).startsWith("the database " + db + " was not as the atlas"
                + " built it (the table observation_flag is missing); it was moved to ");
    }

    static Path copyOfRealMaps(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(Path.of("maps"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith("regions.") || name.startsWith("provinces.") || name.startsWith("counties.")
                        || name.startsWith("countries.")) {
                    Files.copy(p, target.resolve(name));
                }
            }
        }
        return target;
    }
}
