package org.cpatlas.app;

import org.cpatlas.core.UserDirectories;
import org.cpatlas.core.LoadProgress;
import org.cpatlas.core.AtlasCore;
import org.cpatlas.core.MapData;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cpatlas.map.DeferredAction;
import org.cpatlas.map.TileService;
import org.cpatlas.map.TileSources;
import org.cpatlas.render.MapPainter;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.TileRenderer;
import org.cpatlas.ui.AtlasWindow;
import org.cpatlas.ui.kit.FirstFocus;
import org.cpatlas.ui.kit.FxDialogService;
import org.cpatlas.ui.kit.FxFonts;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.StartupView;
import org.cpatlas.ui.map.AtlasMapPane;
import org.cpatlas.ui.output.DesktopOutput;
import org.cpatlas.ui.table.TableActions;
import org.cpatlas.ui.viewmodel.AtlasViewModel;

/**
 * The JavaFX application: shows progress at once, loads maps and figures off the JavaFX thread, then the atlas
 * window; a failure shows what is wrong and what to do, with a retry, never a stack trace.
 */
public final class AtlasApplication extends Application {

    /**
     * Basemap tiles kept in memory as runs of pixels (5-30 KB each, so some 500 tiles: Gluon Maps asks for the screen
     * and a ring of tiles around it, 60 a level on a 1920x1080 map, and this keeps four or five levels around the
     * current zoom; with 6 MB, zooming back and forth read tiles from disk again). Older ones come back from the disk
     * cache. Decoded, a tile takes 256 KB plus as much again for its texture, which is why only the tiles on screen
     * are kept decoded.
     */
    private static final long MEMORY_TILE_BYTES = 12L << 20;

    /** How long start-up waits for loading that is nearly done, rather than flash the progress view for a moment. */
    private static final long SETTLE_WAIT_MS = 300;

    /** Loads the maps and figures (the user's, or a test's that fails on purpose). */
    private final CoreLoader loader;
    /** Registers the interface font and gives its family name (a test's may fail on purpose). */
    private final Function<Path, String> fonts;
    /** Loading begun before the toolkit started (see DesktopLauncher), or null to load once the window is up. */
    private final CompletableFuture<AtlasCore> opening;
    private final ExecutorService tileThreads = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "basemap-tiles");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    /** The region layer's tiles: small and quick, drawn at normal priority so a pan never shows a gap for long. */
    private final ExecutorService regionTileThreads = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "region-tiles");
        t.setDaemon(true);
        return t;
    });
    private Stage stage;
    private Scene scene;
    private I18n i18n;
    private String fontFamily;
    /** About the height of the toolbar and the status line, to guess the map's first size before layout. */
    private static final double TOOLBAR_AND_STATUS_PX = 72;
    /** The user's cache directory: fonts, basemap tiles, the graphics pipeline found on each display. */
    private final Path cacheDirectory = UserDirectories.fromSystem().cacheDirectory();
    /**
     * The Java2D faces for the map labels (drawn on a drawing thread) and for print and export: loaded once, on first
     * use, from the font files kept in the cache.
     */
    private final java.util.function.Supplier<org.cpatlas.render.AtlasFonts> mapFonts =
            org.cpatlas.render.AtlasFonts.loadedOnce(cacheDirectory);
    private StartupView startup;
    private AtlasCore core;
    private AtlasWindow window;
    private TileService tiles;
    /** How the window's dialogs reach the user: JavaFX alerts and file choosers, or a test's stand-in. */
    private java.util.function.Function<javafx.stage.Window, org.cpatlas.ui.kit.DialogService> dialogs =
            FxDialogService::new;
    /** Where the settings are kept between runs, or null: this window remembers nothing (tests, benchmarks). */
    private final org.cpatlas.settings.SettingsFile settingsFile;
    private org.cpatlas.ui.settings.RememberedSettings remembered;
    /** The interface language of the system, which a first start and "Reset settings" use. */
    private Locale systemLanguage;
    private AtlasViewModel viewModel;
    private org.cpatlas.ui.help.HelpMenu help;
    /** The window's first size (its scene), which "Reset settings" returns to. */
    private static final double FIRST_WIDTH = 1360;
    private static final double FIRST_HEIGHT = 860;
    /** Saves the settings when the window closes; taken off the stage at stop, which a test may reuse. */
    private final javafx.event.EventHandler<javafx.stage.WindowEvent> saveOnHiding = e -> saveSettings();
    private org.cpatlas.ui.viewmodel.IndicatorViewModel indicators;
    private org.cpatlas.ui.imports.DesktopImports imports;
    /** Set once the application stops: work still queued for the window it closed is dropped. */
    private boolean stopped;

    /** Default maps and database locations (used by Application.launch). */
    public AtlasApplication() {
        this(pathProperty("cpatlas.maps"), pathProperty("cpatlas.db"), null,
                org.cpatlas.settings.SettingsFile.forUser());
    }

    /** With explicit locations, for tests and for launching with options. */
    public AtlasApplication(Path mapsDir, Path dbFile) {
        this(mapsDir, dbFile, null);
    }

    /** With the maps and figures already loading (started by {@link #openInBackground}). */
    public AtlasApplication(Path mapsDir, Path dbFile, CompletableFuture<AtlasCore> opening) {
        this(mapsDir, dbFile, opening, null);
    }

    /**
     * As above, remembering the window's settings in {@code settingsFile} between runs (null: remembers nothing,
     * as the other constructors, so tests never touch the user's settings).
     */
    public AtlasApplication(Path mapsDir, Path dbFile, CompletableFuture<AtlasCore> opening,
            org.cpatlas.settings.SettingsFile settingsFile) {
        this(progress -> AtlasCore.open(mapsDir, dbFile, progress), opening, FxFonts::register, settingsFile);
    }

    /**
     * With the loading steps given: tests make one fail (a layer, the database, the font, an error of any kind) and
     * check that the window ends on the start-up view with the reason in words and Try again.
     */
    public AtlasApplication(CoreLoader loader, Function<Path, String> fonts) {
        this(loader, null, fonts, null);
    }

    private AtlasApplication(CoreLoader loader, CompletableFuture<AtlasCore> opening, Function<Path, String> fonts,
            org.cpatlas.settings.SettingsFile settingsFile) {
        this.loader = loader;
        this.opening = opening;
        this.fonts = fonts;
        this.settingsFile = settingsFile;
    }

    /** Starts loading maps and figures on a thread of its own; needs no JavaFX. */
    public static CompletableFuture<AtlasCore> openInBackground(Path mapsDir, Path dbFile) {
        CompletableFuture<AtlasCore> opened = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opened.complete(AtlasCore.open(mapsDir, dbFile, LoadProgress.NONE));
            } catch (RuntimeException | Error e) {
                opened.completeExceptionally(e);
            }
        }, "atlas-load");
        thread.setDaemon(true);
        thread.start();
        return opened;
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        // The theme's precompiled binary stylesheet: read in a fraction of the time parsing its CSS takes at start.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        systemLanguage = Locale.getDefault().getLanguage().equals("zh") ? I18n.CHINESE : I18n.ENGLISH;
        remembered = new org.cpatlas.ui.settings.RememberedSettings(
                settingsFile == null ? new org.cpatlas.settings.Settings() : settingsFile.load(), FIRST_WIDTH,
                FIRST_HEIGHT);
        i18n = new I18n(remembered.language(systemLanguage));
        // The start-up view is made only when it is to be seen (see startup()): a start whose loading is done by the
        // time the window can be made never shows it, and making it held up that window by 20-70 ms.
        scene = new Scene(new javafx.scene.layout.Pane(), FIRST_WIDTH, FIRST_HEIGHT);
        scene.getStylesheets().add(AtlasApplication.class.getResource("/org/cpatlas/ui/atlas.css").toExternalForm());
        stage.titleProperty().bind(i18n.text("app.title"));
        stage.setScene(scene);
        WindowIdentity.apply(stage);
        remembered.placeStage(stage);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, saveOnHiding);
        if (!registerFonts()) {
            stage.show();
            return;
        }
        if (opening == null) {
            startup();
            stage.show();
            load();
        } else {
            showWhenOpened();
        }
    }

    /**
     * Shows the window as soon as the loading begun before start-up is done: at once, without the progress view,
     * when it is done or nearly so, else after the progress view.
     */
    private void showWhenOpened() {
        try {
            opening.get(SETTLE_WAIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            // still loading, or failed: both are handled below, on the JavaFX thread
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (opening.isDone() && !opening.isCompletedExceptionally()) {
            show(opening.join());
            stage.show();
            return;
        }
        startup().showProgress(-1, "loading.maps");
        stage.show();
        opening.whenComplete((opened, error) -> Platform.runLater(() -> {
            if (error == null) {
                show(opened);
            } else {
                fail(error instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                        ? c.getCause() : error);
            }
        }));
    }

    /** The interface font; false, with the reason on the start-up view, when it could not be registered. */
    private boolean registerFonts() {
        try {
            fontFamily = fonts.apply(cacheDirectory);
            if (startup != null) {
                startup.setStyle(fontStyle());
            }
            return true;
        } catch (RuntimeException | Error e) {
            fail(e);
            return false;
        }
    }

    /** The interface font as inline style, for the start-up view and the window. */
    private String fontStyle() {
        return "-fx-font-family: '" + fontFamily + "';";
    }

    /**
     * The start-up view, made the first time it is needed (loading still under way, or a failure), and shown: the
     * scene's root until the window replaces it.
     */
    private StartupView startup() {
        if (startup == null) {
            startup = new StartupView(i18n, this::retry);
            if (fontFamily != null) {
                startup.setStyle(fontStyle());
            }
        }
        if (scene.getRoot() != startup) {
            scene.setRoot(startup);
        }
        return startup;
    }

    /** Try again: whatever failed last time, from the font on. */
    private void retry() {
        if (fontFamily == null && !registerFonts()) {
            return;
        }
        load();
    }

    private void load() {
        Task<AtlasCore> task = new Task<>() {
            @Override
            protected AtlasCore call() {
                AtlasCore opened = loader.open((fraction, step) -> {
                    updateProgress(fraction, 1);
                    updateMessage(step);
                });
                updateMessage("loading.tiles");
                return opened;
            }
        };
        StartupView view = startup();
        task.progressProperty().addListener((o, old, p) -> view.showProgress(p.doubleValue(),
                task.getMessage() == null || task.getMessage().isEmpty() ? "loading.maps" : task.getMessage()));
        task.setOnSucceeded(e -> show(task.getValue()));
        task.setOnFailed(e -> fail(task.getException()));
        view.showProgress(-1, "loading.maps");
        Thread thread = new Thread(task, "atlas-load");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The atlas window for what was loaded; any failure while it is made (a figure the database cannot give, an
     * error of the window's own, running out of memory) ends on the start-up view with the reason, like a failure
     * while loading, instead of leaving the progress view up for ever.
     */
    private void show(AtlasCore opened) {
        try {
            showWindow(opened);
        } catch (RuntimeException | Error e) {
            abandonWindow(opened, e);
        }
    }

    /**
     * The window could not be made or completed: its atlas is closed and the start-up view says why, with Try again.
     * The figures of the first view are read while the atlas opens, so a database that changed after its check fails
     * in the work that follows the first frame (the regions' profiles, the indicators), which ends here as well.
     */
    private void abandonWindow(AtlasCore opened, Throwable e) {
        window = null;
        core = null;
        try {
            opened.close();
        } catch (RuntimeException closing) {
            e.addSuppressed(closing);
        }
        fail(e);
    }

    private void showWindow(AtlasCore opened) {
        this.core = opened;
        MapTheme theme = MapTheme.light();
        // The regions as read while the atlas opened, on its loading thread: no database read on the way to the
        // first frame.
        AtlasViewModel viewModel = new AtlasViewModel(core.store().repository(), core.regionSummaries(),
                core.maps().identifier(), i18n, theme);
        this.viewModel = viewModel;
        // Once: a walk over every feature of the maps, which the basemap's and the region tiles' caches both name.
        String mapsFingerprint = core.maps().fingerprint();
        installTiles(theme, mapsFingerprint);
        AtlasMapPane mapPane = new AtlasMapPane(core.maps(), i18n, theme, viewModel.stylingProperty().get(), mapFonts,
                regionTileThreads);
        String build = AtlasBuild.identity();
        // The first view's region tiles drawn at an earlier start, when this very build drew them from these maps.
        mapPane.overlay().keepRegionTilesIn(cacheDirectory.resolve("region-tiles"),
                build == null ? null : build + " " + mapsFingerprint);
        // The labels' and inset's pictures drawn at an earlier start, by this very build from these maps: no fonts
        // loaded and no text drawn before the first frame.
        mapPane.keepPicturesOn(org.cpatlas.map.PictureDisk.in(cacheDirectory.resolve("pictures"),
                build == null ? null : build + " " + mapsFingerprint));
        DesktopOutput output = new DesktopOutput(core, viewModel, dialogs.apply(stage), i18n, stage, mapFonts);
        output.rememberWith(remembered.exportMemory());
        // The map fills the window but for the toolbar and the status line (the side panel opens on a selection).
        mapPane.prefetchFirstView(scene.getWidth(), scene.getHeight() - TOOLBAR_AND_STATUS_PX);
        window = new AtlasWindow(viewModel, mapPane, i18n, fontFamily, this::applyTheme, output,
                new TableActions(new FxDialogService(stage), i18n));
        window.setStyle(fontStyle());
        // Under a county or province indicator the map's thematic tiles draw the basemap too: the basemap's own
        // tiles are left empty, as two full layers of pictures ran the window out of its heap while zooming.
        viewModel.stylingProperty().addListener((o, old, styling) -> showBasemap(!styling.regionsOutlinedOnly()));
        showBasemap(!viewModel.stylingProperty().get().regionsOutlinedOnly());
        scene.setRoot(window);
        remembered.restore(window, viewModel);
        FirstFocus.give(scene, mapPane.mapView());
        new DeferredAction().run(() -> {
            // What a first click needs, made while the user looks at the map instead of before it is shown or while
            // the first frame is painted. The gazetteer (every county of the map with the code history) is made on
            // another thread: on the JavaFX thread it held the window still for a tenth of a second after its first
            // frame.
            MapData shownMaps = core.maps();
            AtlasWindow shown = window;
            CompletableFuture.supplyAsync(() -> gazetteerOf(shownMaps))
                    .whenComplete((gazetteer, error) -> Platform.runLater(() -> {
                        if (window != shown || stopped) {
                            return; // failed and tried again, or closed, meanwhile: this window's stores are closed
                        }
                        try {
                            viewModel.preloadProfiles();
                            installIndicators(viewModel, gazetteer != null ? gazetteer : gazetteerOf(core.maps()),
                                    (DesktopOutput) output);
                            installMemberships(viewModel, mapPane, (DesktopOutput) output);
                            window.panel();
                            window.installTooltips();
                            // The Help menu and its keys (F1, ?, Ctrl+Q): nothing in it is needed for the first look.
                            installHelp();
                        } catch (RuntimeException | Error e) {
                            abandonWindow(core, e);
                        }
                    }));
            // 3D scenes are what only the hardware pipelines draw: their absence says this display draws in software.
            PipelineMemo.forDisplay(cacheDirectory, System.getenv())
                    .record(!Platform.isSupported(ConditionalFeature.SCENE3D), System.getProperty("prism.order"));
        });
        if (!core.warnings().isEmpty()) {
            window.statusLabel().setText(String.join(" ", core.warnings()));
        }
        scriptedStart(viewModel, mapPane);
    }

    /**
     * The indicator picker, the panel's indicator section and the imports: the gazetteer (the map's counties with the
     * code history) and the indicator list are read after the first frame, not before it.
     */
    private void installIndicators(AtlasViewModel viewModel, org.cpatlas.imports.Gazetteer gazetteer,
            DesktopOutput output) {
        indicators = new org.cpatlas.ui.viewmodel.IndicatorViewModel(core.indicators(), gazetteer,
                core.maps().drawable(), i18n, viewModel::showIndicator);
        imports = new org.cpatlas.ui.imports.DesktopImports(gazetteer, core.store().repository(),
                core.userData().datasets(), indicators, i18n, new FxDialogService(stage), stage,
                message -> window.statusLabel().setText(message));
        window.installIndicators(indicators, imports);
        output.compareOn(indicators::comparisonBasis);
        String shown = System.getProperty("cpatlas.indicator");
        if (shown != null) {
            indicators.select(shown);
        }
    }

    /** The map's counties with their code history, as imports match keys against them. */
    private static org.cpatlas.imports.Gazetteer gazetteerOf(MapData maps) {
        return org.cpatlas.imports.Gazetteer.of(maps.counties(), maps.provinces(), maps.regions(),
                org.cpatlas.imports.CodeHistory.bundled());
    }

    /**
     * County lists in the window (issue 18): the list in force's evidence for the panels, switching lists (the maps of
     * each list built off the JavaFX thread; print and export follow the list in force), import, what changed, export.
     */
    private void installMemberships(AtlasViewModel viewModel, AtlasMapPane mapPane, DesktopOutput output) {
        org.cpatlas.ui.membership.MembershipSwitcher switcher = new org.cpatlas.ui.membership.MembershipSwitcher(
                core.bundledMaps(), core.store().repository(), core.userData().memberships());
        String inForce = core.maps() == core.bundledMaps() ? org.cpatlas.domain.MembershipList.BUNDLED
                : core.userData().memberships().inForce();
        switcher.remember(inForce, core.maps());
        org.cpatlas.domain.MembershipList evidence;
        try {
            evidence = switcher.evidence(inForce);
        } catch (RuntimeException e) {
            evidence = switcher.evidence(org.cpatlas.domain.MembershipList.BUNDLED);
        }
        org.cpatlas.ui.viewmodel.MembershipViewModel members = new org.cpatlas.ui.viewmodel.MembershipViewModel(
                core.maps(), evidence, i18n);
        org.cpatlas.ui.membership.DesktopMemberships memberships = new org.cpatlas.ui.membership.DesktopMemberships(
                switcher, members, viewModel, mapPane, maps -> {
                    core = core.withMaps(maps);
                    output.useCore(core);
                    if (indicators != null) {
                        // The gazetteer (counties with their code history) is made off the JavaFX thread: the map
                        // is redrawn first, the indicator section follows.
                        CompletableFuture.supplyAsync(() -> gazetteerOf(maps))
                                .thenAccept(gazetteer -> Platform.runLater(() -> {
                                    if (core.maps() == maps) {
                                        indicators.useMaps(gazetteer, maps.drawable());
                                    }
                                }));
                    }
                }, i18n, new FxDialogService(stage), stage, message -> window.statusLabel().setText(message));
        window.installMemberships(memberships);
        // -Dcpatlas.county=CODE (documentation, screenshots): the county's region selected, the county shown in it.
        String county = System.getProperty("cpatlas.county");
        if (county != null) {
            members.evidenceOf(county).filter(c -> !c.inNoRegion()).ifPresent(c -> viewModel.select(c.regionCode()));
            memberships.showCounty(county);
        }
    }

    /** The indicator state of the window, once installed (for tests and benchmarks). */
    public org.cpatlas.ui.viewmodel.IndicatorViewModel indicators() {
        return indicators;
    }

    /** The window's imports, once installed (for tests). */
    public org.cpatlas.ui.imports.DesktopImports imports() {
        return imports;
    }

    /**
     * Optional start-up script for documentation and benchmarks: {@code -Dcpatlas.lang=zh}, {@code -Dcpatlas.theme=dark},
     * {@code -Dcpatlas.select=CODE}
     * selects and frames a region, {@code -Dcpatlas.screenshot=FILE} saves the settled window and quits.
     */
    private void scriptedStart(AtlasViewModel viewModel, AtlasMapPane mapPane) {
        if ("zh".equals(System.getProperty("cpatlas.lang"))) {
            i18n.localeProperty().set(I18n.CHINESE);
        }
        if ("dark".equals(System.getProperty("cpatlas.theme"))) {
            window.setDarkTheme(true);
        }
        String select = System.getProperty("cpatlas.select");
        if (select != null && viewModel.select(select)) {
            mapPane.zoomToRegion(select);
        }
        FirstFrameReport.attachIfAsked(scene, () -> scene.getRoot() == window && mapPane.overlay().regionsDrawn()
                && mapPane.getWidth() > 0);
        Path shot = pathProperty("cpatlas.screenshot");
        if (shot != null) {
            WindowSnapshot.whenSettled(scene,
                    () -> tiles.pendingTileCount() > 0 || !mapPane.overlay().tilesSettled(), shot, Platform::exit);
        }
    }

    /** The toolbar's Help menu, and F1, ? and Ctrl+Q on the window. */
    private void installHelp() {
        org.cpatlas.ui.help.HelpContext context = new org.cpatlas.ui.help.HelpContext(
                () -> core.store().repository().sources().stream().map(org.cpatlas.domain.Source::document)
                        .distinct().sorted().toList(),
                dataFolder(), settingsFile == null ? null : settingsFile.path(),
                new FolderOpener(uri -> getHostServices().showDocument(uri), System.getProperty("os.name"),
                        System.getenv()),
                this::resetSettings, this::quit, fontFamily);
        help = new org.cpatlas.ui.help.HelpMenu(new org.cpatlas.ui.kit.WindowTexts(i18n), stage, context,
                new FxDialogService(stage));
        window.toolbarItems().add(help.button());
        help.installShortcuts(scene);
    }

    /** The folder of the database (and the log): the one in use, else where the atlas keeps it. */
    private Path dataFolder() {
        return core.store().file().map(f -> f.toAbsolutePath().getParent())
                .orElse(org.cpatlas.store.StoreLocator.fromSystem().dataDirectory());
    }

    /** Closes the window as its close button does (Ctrl+Q, Cmd+Q, Help > Quit): settings saved, then the atlas ends. */
    private void quit() {
        stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Forgets the remembered settings and shows the window as a first start does. */
    private void resetSettings() {
        remembered.reset(stage, i18n, systemLanguage, window, viewModel);
        if (settingsFile != null) {
            settingsFile.save(remembered.settings());
        }
        if (window != null) {
            window.statusLabel().setText(new org.cpatlas.ui.kit.WindowTexts(i18n).get("help.reset.done"));
        }
    }

    /** Takes the window's state into the settings and writes them (when the window closes). */
    private void saveSettings() {
        remembered.capture(stage, i18n, window, viewModel);
        if (settingsFile != null) {
            settingsFile.save(remembered.settings());
        }
    }

    private void applyTheme(MapTheme theme) {
        Application.setUserAgentStylesheet("dark".equals(theme.name())
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
        installTiles(theme, core.maps().fingerprint());
        window.mapPane().refreshBasemap();
    }

    /** Shows the basemap's own tiles or none (see {@link TileService#showBlank}); the map asks for its tiles again. */
    private void showBasemap(boolean shown) {
        if (tiles != null && tiles.blank() == shown) {
            tiles.showBlank(!shown);
            window.mapPane().showBasemap(shown);
        }
    }

    private void installTiles(MapTheme theme, String mapsFingerprint) {
        TileRenderer renderer = new TileRenderer(MapPainter.withoutText(theme), core.maps().drawable(),
                TileRenderer.DEFAULT_COUNTY_MIN_ZOOM);
        Path cache = cacheDirectory.resolve("tiles")
                .resolve(renderer.styleKey() + "-" + TileService.CACHE_FORMAT + "-" + mapsFingerprint);
        TileService previous = tiles;
        tiles = new TileService(renderer, cache, MEMORY_TILE_BYTES, tileThreads);
        tiles.showBlank(previous != null && previous.blank());
        TileSources.install(tiles);
        if (previous != null) {
            TileSources.uninstall(previous);
            TileSources.install(tiles);
        }
    }

    private void fail(Throwable error) {
        startup().showError(StartupFailure.describe(error));
    }

    @Override
    public void stop() {
        stopped = true;
        if (stage != null && remembered != null) {
            stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, saveOnHiding);
            remembered.release(stage);
        }
        if (tiles != null) {
            TileSources.uninstall(tiles);
        }
        tileThreads.shutdownNow();
        regionTileThreads.shutdownNow();
        if (core != null) {
            core.close();
        }
    }

    /**
     * Has the window's print and export dialogs (messages, questions, the file to save) go through this service
     * instead of JavaFX's alerts and file chooser: for tests that export from the real window, where no native file
     * chooser can be driven. Call before {@link #start}.
     */
    public void useDialogs(java.util.function.Function<javafx.stage.Window, org.cpatlas.ui.kit.DialogService> service) {
        this.dialogs = java.util.Objects.requireNonNull(service, "service");
    }

    /** The stage the atlas is shown in (for benchmarks and tests). */
    public Stage stage() {
        return stage;
    }

    /** Basemap tiles asked for and not yet drawn: zero once the basemap on screen is complete (for benchmarks). */
    public int basemapTilesPending() {
        return tiles == null ? 0 : tiles.pendingTileCount();
    }

    /** The window, once loaded (for tests). */
    public AtlasWindow window() {
        return window;
    }

    /** The start-up view, or null while none was needed (the window opened at once, the loading done). */
    public StartupView startupView() {
        return startup;
    }

    public AtlasCore core() {
        return core;
    }

    public I18n i18n() {
        return i18n;
    }

    /** The window's view-model, once the atlas is loaded (for tests). */
    public AtlasViewModel viewModel() {
        return viewModel;
    }

    /** The Help menu, once the atlas is loaded (for tests). */
    public org.cpatlas.ui.help.HelpMenu help() {
        return help;
    }

    static Path pathProperty(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? null : Path.of(value);
    }
}
