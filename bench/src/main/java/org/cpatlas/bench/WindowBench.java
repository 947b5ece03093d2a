package org.cpatlas.bench;

import static org.cpatlas.bench.FrameProbe.awaitFrame;
import static org.cpatlas.bench.FxCalls.fx;
import static org.cpatlas.bench.FxCalls.waitUntil;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.cpatlas.app.AtlasApplication;
import org.cpatlas.print.AtlasExport;
import org.cpatlas.print.Cancellation;
import org.cpatlas.print.Dpi;
import org.cpatlas.print.MapContent;
import org.cpatlas.print.Orientation;
import org.cpatlas.print.PageSetup;
import org.cpatlas.print.Paper;
import org.cpatlas.print.PngPageWriter;
import org.cpatlas.print.PrintStyle;
import org.cpatlas.print.RegionSheetPage;
import org.cpatlas.print.StoreSheets;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.MapViewport;
import org.cpatlas.ui.AtlasWindow;
import org.cpatlas.ui.map.AtlasMapPane;
import org.locationtech.jts.geom.Coordinate;

/**
 * The real window (or, as reference, a bare JavaFX window) driven programmatically in one JVM, 1920x1080:
 * click latency to filled side panels, frame times while panning and zooming with county outlines visible,
 * peak RSS after visiting every region, and heap after GC across many selections.
 *
 * <p>A click is a MOUSE_PRESSED + MOUSE_RELEASED pair fired at the map view (the app's own handlers run: hit test,
 * view-model, panels). A frame is timed from the pulse's AnimationTimer callback to the end of painting on the render
 * thread ({@link FrameProbe}). Usage: WindowBench atlas|hello MAPS DB CLICK_ROUNDS FRAMES SELECTIONS
 */
public final class WindowBench {

    /** The window's size: 1920x1080 unless -Dbench.size=WxH (diagnosis: memory on a larger screen). */
    private static final int W = Integer.parseInt(System.getProperty("bench.size", "1920x1080").split("x")[0]);
    private static final int H = Integer.parseInt(System.getProperty("bench.size", "1920x1080").split("x")[1]);

    private Stage stage;
    private AtlasApplication app;
    /** The series' prefix: the atlas's own map, or with a county indicator shown (mode indicator). */
    private String prefix = "window.atlas";
    private Label helloLabel;
    private Pane helloPane;

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            t.printStackTrace();
            Runtime.getRuntime().halt(1);
        }
        if (Boolean.getBoolean("bench.exit.hooks")) {
            System.exit(0); // runs shutdown hooks, e.g. to write a flight recording (diagnostics only)
        }
        Runtime.getRuntime().halt(0);
    }

    private static void run(String[] args) throws Exception {
        String mode = args[0];
        Path maps = Path.of(args[1]);
        Path db = Path.of(args[2]);
        int clickRounds = Integer.parseInt(args[3]);
        int frames = Integer.parseInt(args[4]);
        int selections = Integer.parseInt(args[5]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        WindowBench bench = new WindowBench();
        if (mode.equals("hello-tables")) {
            bench.openHello();
            bench.clicksHello(clickRounds * 14, "window.hello.tables.click");
            bench.tablesHello(clickRounds);
            return;
        }
        if (mode.equals("atlas-tables")) {
            bench.openAtlas(maps, db);
            // The map's click in the same JVM, for a like-for-like look at a row's selection.
            phase("clicks");
            bench.clicksAtlas(clickRounds, "window.atlas.tables.click");
            phase("tables");
            bench.tablesAtlas(clickRounds);
            return;
        }
        if (mode.equals("hello")) {
            bench.openHello();
            bench.clicksHello(clickRounds * 14);
            bench.framesHello(frames);
            hold("end");
            double[] rss = Samples.rssMb();
            Samples.emit("window.hello.rss", "MB", List.of(rss[0]), Map.of("current_mb", rss[1]));
        } else if (mode.equals("indicator")) {
            bench.openAtlas(maps, db);
            phase("switch");
            bench.switches(clickRounds, System.getProperty("bench.indicators", "d1.3,urbanization_rate_2010,d1.4")
                    .split(","));
            // Memory after the switches (info, not timed): what the pictures kept for the next switch cost.
            double[] afterSwitches = Samples.rssMb();
            Samples.emit("window.indicator.rss", "MB", List.of(afterSwitches[0]),
                    Map.of("current_mb", afterSwitches[1], "heap_after_gc_mb", heapAfterGc()));
            phase("frames");
            bench.prefix = "window.indicator";
            bench.switchTo(System.getProperty("bench.indicators", "d1.3").split(",")[0]);
            bench.framesAtlas(frames);
        } else {
            bench.openAtlas(maps, db);
            hold("open");
            phase("clicks");
            bench.clicksAtlas(clickRounds);
            phase("frames");
            bench.framesAtlas(frames);
            phase("memory");
            bench.memoryAtlas(selections);
            // After the memory phase, so that the peak RSS after the tour stays comparable with earlier runs.
            phase("frames_east");
            bench.framesAtlasEast(frames);
            phase("end");
            if (System.getProperty("bench.export") != null) {
                bench.exportAtlas(Path.of(System.getProperty("bench.export")));
            }
            hold("end");
        }
    }

    /** Logs when a phase starts (wall clock, as flight recordings show it), to look at one phase of a profile. */
    private static void phase(String name) {
        System.err.println("PHASE " + name + " " + java.time.LocalTime.now());
    }

    // ---------------------------------------------------------------- setup

    private void openAtlas(Path maps, Path db) throws Exception {
        long t0 = System.nanoTime();
        fx(() -> {
            stage = new Stage();
            size(stage); // before start, as AtlasWindowTest does: the map frames China for this size
            app = new AtlasApplication(maps, db);
            app.start(stage);
            return null;
        });
        waitUntil(() -> fx(() -> app.window() != null && stage.getScene().getRoot() == app.window()), 60_000, 50);
        Thread.sleep(1500); // basemap tiles of the first view
        System.err.println("atlas window open after " + Samples.ms(System.nanoTime() - t0) + " ms");
    }

    private void openHello() throws Exception {
        fx(() -> {
            stage = new Stage();
            helloLabel = new Label("hello");
            helloPane = new Pane(new Label("a map would be here"));
            BorderPane root = new BorderPane(helloPane);
            root.setRight(helloLabel);
            helloPane.setOnMouseReleased(e -> helloLabel.setText("clicked at " + e.getX() + ", " + e.getY()));
            stage.setScene(new Scene(root, 1360, 860));
            stage.show();
            size(stage);
            return null;
        });
        Thread.sleep(500);
    }

    private static void size(Stage stage) {
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(W);
        stage.setHeight(H);
    }

    // ---------------------------------------------------------------- clicks

    /** One timed click: t0 before the press, handled after the release returns, then the frame that shows it. */
    private record ClickTiming(double handledMs, double workMs, double totalMs, double fxCpuMs) {
    }

    /** The JavaFX thread's processor time so far, in nanoseconds (call on it), or -1 where the JVM cannot tell. */
    private static long fxCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }

    private ClickTiming click(Node target, Point2D local, BooleanSupplier shown) throws Exception {
        CompletableFuture<ClickTiming> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            Scene scene = target.getScene();
            long cpu0 = fxCpuNanos();
            long t0 = System.nanoTime();
            fire(target, local, MouseEvent.MOUSE_PRESSED);
            fire(target, local, MouseEvent.MOUSE_RELEASED);
            long handled = System.nanoTime();
            long[] pulseStart = {0};
            Runnable pre = () -> {
                if (pulseStart[0] == 0) {
                    pulseStart[0] = System.nanoTime();
                }
            };
            scene.addPreLayoutPulseListener(pre);
            Runnable[] post = new Runnable[1];
            post[0] = () -> {
                if (!shown.getAsBoolean()) {
                    if (Boolean.getBoolean("bench.debug")) {
                        System.err.println("pulse, not shown yet");
                    }
                    return;
                }
                scene.removePreLayoutPulseListener(pre);
                scene.removePostLayoutPulseListener(post[0]);
                // The JavaFX thread's own work, handler to the layout of the frame that shows it: less blurred by
                // a loaded machine than the times (waiting for a processor is not in it), without the painting.
                long cpu = fxCpuNanos();
                FrameProbe.afterThisFrame(() -> {
                    long end = System.nanoTime();
                    result.complete(new ClickTiming(Samples.ms(handled - t0),
                            Samples.ms((handled - t0) + (end - pulseStart[0])), Samples.ms(end - t0),
                            cpu0 < 0 ? Double.NaN : Samples.ms(cpu - cpu0)));
                });
            };
            scene.addPostLayoutPulseListener(post[0]);
            Platform.requestNextPulse();
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static void fire(Node target, Point2D p, javafx.event.EventType<MouseEvent> type) {
        Point2D screen = target.localToScreen(p);
        Point2D scene = target.localToScene(p); // this constructor takes scene coordinates
        Event.fireEvent(target, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                MouseButton.PRIMARY, 1, false, false, false, false, type == MouseEvent.MOUSE_PRESSED, false, false,
                true, false, true, null));
    }

    private void clicksAtlas(int rounds) throws Exception {
        clicksAtlas(rounds, "window.atlas.click");
    }

    /** The clicks, their series named {@code prefix}.work, .total and .handler. */
    private void clicksAtlas(int rounds, String prefix) throws Exception {
        fx(() -> {
            app.window().mapPane().resetExtent();
            return null;
        });
        Thread.sleep(1000);
        DrawableLayer regions = app.core().maps().drawable().regions();
        List<Double> handled = Samples.list();
        List<Double> work = Samples.list();
        List<Double> total = Samples.list();
        List<Double> fxCpu = Samples.list();
        for (int round = 0; round < rounds + 1; round++) {
            for (int i = 0; i < regions.size(); i++) {
                ClickTiming t = clickRegion(i);
                if (t != null && round > 0) { // round 0 warms up each region's first selection
                    handled.add(t.handledMs());
                    work.add(t.workMs());
                    total.add(t.totalMs());
                    if (!Double.isNaN(t.fxCpuMs())) {
                        fxCpu.add(t.fxCpuMs());
                    }
                }
            }
        }
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("clicks", work.size());
        notes.put("pipeline", fx(() -> com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName()));
        Samples.emit(prefix + ".work", "ms", work, notes);
        Samples.emit(prefix + ".total", "ms", total, notes);
        Samples.emit(prefix + ".handler", "ms", handled, notes);
        Samples.emit(prefix + ".fxcpu", "ms", fxCpu, notes);
    }

    /** Clicks inside region i (its label anchor) and waits for the frame showing its panel. */
    private ClickTiming clickRegion(int i) throws Exception {
        AtlasWindow window = app.window();
        AtlasMapPane map = window.mapPane();
        Coordinate anchor = app.core().maps().drawable().regions().labelAnchor(i);
        String code = app.core().maps().drawable().regions().feature(i).text("code");
        String expected = app.core().maps().identifier().regions().first(anchor.x, anchor.y)
                .map(f -> f.text("code")).orElse(null);
        if (!code.equals(expected)) {
            return null;
        }
        Point2D local = fx(() -> {
            Point2D inPane = map.screenPointOf(anchor.x, anchor.y);
            return inPane == null ? null : map.mapView().sceneToLocal(map.localToScene(inPane));
        });
        if (local == null || !fx(() -> map.mapView().getLayoutBounds().contains(local))) {
            return null;
        }
        // A user clicks an atlas at rest: the tiles of the previous click (its province shading) are drawn first,
        // so their drawing threads do not share the processor with this click's frame.
        long settleUntil = System.nanoTime() + 3_000_000_000L;
        while (!fx(() -> map.overlay().tilesSettled()) && System.nanoTime() < settleUntil) {
            Thread.sleep(5);
        }
        // At rest means painted too: the previous click's last tiles, delivered just now, would otherwise be painted
        // in this click's frame (its dirty areas added to this click's).
        awaitFrame(window.getScene());
        String before = fx(() -> window.panelShown() ? window.panel().titleLabel().getText() : "");
        if (Boolean.getBoolean("bench.debug")) {
            System.err.println("click " + code + " at " + local + " before=" + before);
        }
        return click(map.mapView(), local, () -> debug(window) && window.panelShown() && window.panel().getContent() != null
                && !window.panel().titleLabel().getText().equals(before)
                && window.panel().getContent().getLayoutBounds().getHeight() > 0);
    }
    private static boolean debug(AtlasWindow window) {
        if (Boolean.getBoolean("bench.debug")) {
            System.err.println("shown=" + window.panelShown() + " content=" + window.panel().getContent() + " title="
                    + window.panel().titleLabel().getText() + " status=" + window.statusLabel().getText());
        }
        return true;
    }

    private void clicksHello(int n) throws Exception {
        clicksHello(n, "window.hello.click");
    }

    private void clicksHello(int n, String prefix) throws Exception {
        List<Double> handled = Samples.list();
        List<Double> work = Samples.list();
        List<Double> total = Samples.list();
        for (int i = 0; i < n + 14; i++) {
            Point2D p = new Point2D(100 + (i % 50) * 7, 100 + (i % 30) * 9);
            String before = fx(() -> helloLabel.getText());
            ClickTiming t = click(helloPane, p, () -> !helloLabel.getText().equals(before));
            if (i >= 14) {
                handled.add(t.handledMs());
                work.add(t.workMs());
                total.add(t.totalMs());
            }
        }
        Map<String, Object> notes = Map.of("clicks", work.size());
        Samples.emit(prefix + ".work", "ms", work, notes);
        Samples.emit(prefix + ".total", "ms", total, notes);
        Samples.emit(prefix + ".handler", "ms", handled, notes);
    }

    // ---------------------------------------------------------------- frames

    /** Runs {@code steps} animation frames, each applying one move; returns per-frame times in ms. */
    private List<Double> animate(int steps, java.util.function.IntConsumer move) throws Exception {
        double[] times = new double[steps];
        CountDownLatch painted = new CountDownLatch(steps);
        AtomicInteger index = new AtomicInteger();
        long[] starts = new long[steps];
        Runnable[] post = new Runnable[1];
        int[] pendingFrame = {-1};
        fx(() -> {
            Scene scene = stage.getScene();
            post[0] = () -> {
                int k = pendingFrame[0];
                if (k >= 0) {
                    pendingFrame[0] = -1;
                    FrameProbe.afterThisFrame(() -> {
                        times[k] = Samples.ms(System.nanoTime() - starts[k]);
                        painted.countDown();
                    });
                }
            };
            scene.addPostLayoutPulseListener(post[0]);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    int k = index.getAndIncrement();
                    if (k >= steps) {
                        stop();
                        return;
                    }
                    starts[k] = System.nanoTime();
                    pendingFrame[0] = k;
                    move.accept(k);
                }
            }.start();
            return null;
        });
        // A hang check, not a speed limit: on a machine loaded twenty times over its cores a zoom frame took 1-2 s.
        if (!painted.await(Math.max(120, steps * 3L), TimeUnit.SECONDS)) {
            throw new IllegalStateException("frames did not complete");
        }
        fx(() -> {
            stage.getScene().removePostLayoutPulseListener(post[0]);
            return null;
        });
        List<Double> out = new ArrayList<>(steps);
        for (double t : times) {
            out.add(t);
        }
        return out;
    }

    private void framesAtlas(int frames) throws Exception {
        // Wuling and its neighbours at zoom 6: county outlines are in the basemap from zoom 6 on.
        framesAt(frames, 29.5, 107.5, prefix + ".frames");
    }

    /**
     * The same frames over eastern China (Anhui, Jiangsu, Zhejiang, Shandong, Jiangxi, Fujian at zoom 6), where the
     * county layer had no counties before it covered all of China (issue 23): the view is full of county outlines.
     */
    private void framesAtlasEast(int frames) throws Exception {
        framesAt(frames, 31.0, 117.5, "window.atlas.frames_east");
    }

    private void framesAt(int frames, double lat, double lon, String series) throws Exception {
        AtlasMapPane map = app.window().mapPane();
        fx(() -> {
            map.mapView().setZoom(6);
            map.mapView().setCenter(lat, lon);
            return null;
        });
        if (System.getProperty("bench.hide") != null) { // diagnosis only: what does a frame spend its time on?
            fx(() -> {
                if (System.getProperty("bench.hide").contains("overlay")) {
                    map.overlay().setVisible(false);
                }
                // The overlay's children: province shading, region shapes, labels.
                if (System.getProperty("bench.hide").contains("labels")) {
                    ((javafx.scene.Parent) map.overlay().getChildrenUnmodifiable().get(2)).setVisible(false);
                }
                if (System.getProperty("bench.hide").contains("shapes")) {
                    ((javafx.scene.Parent) map.overlay().getChildrenUnmodifiable().get(1)).setVisible(false);
                }
                return null;
            });
        }
        Thread.sleep(2500);
        MapViewport vp = fx(map::currentViewport);
        int countiesInView = app.core().maps().drawable().counties().intersecting(vp.lonLatBounds()).size();
        int counties = app.core().maps().drawable().counties().layer().size();
        double w = fx(() -> map.mapView().getWidth());
        double h = fx(() -> map.mapView().getHeight());
        int panFrames = frames * 2 / 3;
        // One circle first, not measured: the JIT compiles the frame path and the circle's tiles are drawn, so the
        // figures are of a warm window panning over a seen area (as the reference grid, which also gets a circle).
        animate(180, k -> {
            double angle = 2 * Math.PI * k / 180.0;
            fxNav(map).panBy(8 * Math.cos(angle), 8 * Math.sin(angle));
        });
        if (Boolean.getBoolean("bench.dumpScene")) { // diagnosis only: what a pan frame paints
            fx(() -> {
                dumpPainted(stage.getScene().getRoot(), 0, new java.util.HashMap<>());
                return null;
            });
        }
        phase("pan");
        PhaseWork panWork = PhaseWork.start(map);
        List<Double> pan = animate(panFrames, k -> {
            double angle = 2 * Math.PI * k / 180.0;
            fxNav(map).panBy(8 * Math.cos(angle), 8 * Math.sin(angle));
        });
        Map<String, Object> panNotes = panWork.end(map);
        phase("pan_end");
        int zoomFrames = frames - panFrames;
        // As a mouse wheel zooms: one whole level per notch and frame, in 6 -> 9 and back out, repeated.
        java.util.function.IntConsumer zoomStep = k -> fxNav(map).zoomSteps((k % 6) < 3 ? 1 : -1, w / 2, h / 2);
        // The first pass through levels 7 to 9 draws their tiles for the first time: its frames are reported apart.
        // Then each level is shown until its tiles are drawn, as the pan's first circle and the clicks' first round
        // warm up, so that the measured frames are of a window zooming through levels it has shown before.
        List<Double> firstZoom = animate(6, zoomStep);
        showEachLevel(map, zoomStep);
        phase("zoom");
        PhaseWork zoomWork = PhaseWork.start(map);
        List<Double> zoom = animate(zoomFrames, zoomStep);
        Map<String, Object> zoomNotes = zoomWork.end(map);
        // The same, with the wheel over a place off the centre (as a user points at what to see closer): each step
        // also moves the centre, which makes Gluon Maps lay out the layers and the atlas look over its tiles.
        java.util.function.IntConsumer cursorStep = k -> fxNav(map).zoomSteps((k % 6) < 3 ? 1 : -1, w * 0.4,
                h * 0.4);
        showEachLevel(map, cursorStep);
        phase("zoom_cursor");
        PhaseWork cursorWork = PhaseWork.start(map);
        List<Double> zoomCursor = animate(zoomFrames, cursorStep);
        Map<String, Object> cursorNotes = cursorWork.end(map);
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("zoom", vp.zoom());
        notes.put("counties_in_view", countiesInView);
        notes.put("counties", counties);
        notes.put("centre", lat + "," + lon);
        notes.put("map_px", (int) w + "x" + (int) h);
        panNotes.putAll(notes);
        Samples.emit(series + ".pan", "ms", pan, panNotes);
        zoomNotes.putAll(notes);
        cursorNotes.putAll(notes);
        Samples.emit(series + ".zoom", "ms", zoom, zoomNotes);
        Samples.emit(series + ".zoom_first", "ms", firstZoom, notes);
        Samples.emit(series + ".zoom_cursor", "ms", zoomCursor, cursorNotes);
        List<Double> all = new ArrayList<>(pan);
        all.addAll(zoom);
        all.addAll(zoomCursor);
        Samples.emit(series, "ms", all, notes);
    }

    /** Prints the visible nodes whose bounds meet the window, by depth (diagnosis: what a frame paints). */
    private static void dumpPainted(Node node, int depth, Map<String, Integer> counts) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        javafx.geometry.Bounds b = node.localToScene(node.getBoundsInLocal());
        boolean onScreen = b.getMaxX() > 0 && b.getMaxY() > 0 && b.getMinX() < W && b.getMinY() < H;
        String extra = "";
        if (node instanceof javafx.scene.image.ImageView v) {
            extra = " img=" + (v.getImage() == null ? "null" : (int) v.getImage().getWidth() + "x"
                    + (int) v.getImage().getHeight() + " " + v.getImage().getClass().getSimpleName());
        }
        if (node instanceof javafx.scene.layout.Region r && r.getBackground() != null) {
            extra += " bg=" + r.getBackground().getFills().size();
        }
        if (node.getClip() != null) {
            extra += " clip=" + node.getClip().getClass().getSimpleName();
        }
        int kids = node instanceof javafx.scene.Parent p ? p.getChildrenUnmodifiable().size() : 0;
        if (depth < 14 && (kids < 30 || depth < 3) || !onScreen) {
            System.err.println("  ".repeat(depth) + node.getClass().getSimpleName() + (onScreen ? "" : " OFF")
                    + String.format(" [%.1f,%.1f %.1fx%.1f]", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())
                    + " kids=" + kids + extra);
        }
        if (node instanceof javafx.scene.Parent p) {
            if (kids >= 30) {
                Map<String, Integer> byKind = new java.util.TreeMap<>();
                int visibleOn = 0;
                for (Node c : p.getChildrenUnmodifiable()) {
                    javafx.geometry.Bounds cb = c.localToScene(c.getBoundsInLocal());
                    boolean on = cb.getMaxX() > 0 && cb.getMaxY() > 0 && cb.getMinX() < W && cb.getMinY() < H;
                    String k = c.getClass().getSimpleName() + (c.isVisible() ? "" : "-hidden") + (on ? "" : "-off");
                    if (c instanceof javafx.scene.image.ImageView v) {
                        k += v.getImage() == null ? "-noimg" : "-" + v.getImage().getClass().getSimpleName()
                                + (v.getFitWidth() > 0 ? "-fit" : "");
                    }
                    byKind.merge(k, 1, Integer::sum);
                }
                System.err.println("  ".repeat(depth + 1) + "children: " + byKind);
                return;
            }
            for (Node c : p.getChildrenUnmodifiable()) {
                dumpPainted(c, depth + 1, counts);
            }
        }
    }

    /**
     * What a phase of frames made the window do besides painting, counted rather than timed so that a loaded machine
     * does not blur it: county or province tiles drawn anew (each builds the counties' outlines for its level if no
     * longer kept) and garbage collections, with their total pause.
     */
    private record PhaseWork(int unitTiles, long collections, long collectionMs, long renderCpuNs, long fxCpuNs) {
        static PhaseWork start(AtlasMapPane map) throws Exception {
            long[] gc = gc();
            return new PhaseWork(fx(() -> map.overlay().unitTilesDrawn()), gc[0], gc[1], cpuNs(renderThread()),
                    cpuNs(fxThread()));
        }

        /**
         * Also the processor time the render thread ({@code render_cpu_ms}: painting) and the JavaFX thread
         * ({@code fx_cpu_ms}: layout, pictures expanded, and presenting each frame to the X server) spent in the
         * phase: what a frame costs, which a loaded machine blurs less than it blurs the frames' wall times.
         */
        Map<String, Object> end(AtlasMapPane map) throws Exception {
            long[] gc = gc();
            Map<String, Object> notes = new LinkedHashMap<>();
            notes.put("unit_tiles_drawn", fx(() -> map.overlay().unitTilesDrawn()) - unitTiles);
            notes.put("gc_count", gc[0] - collections);
            notes.put("gc_ms", gc[1] - collectionMs);
            notes.put("render_cpu_ms", (cpuNs(renderThread()) - renderCpuNs) / 1_000_000);
            notes.put("fx_cpu_ms", (cpuNs(fxThread()) - fxCpuNs) / 1_000_000);
            return notes;
        }

        private static long renderThread() {
            return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("QuantumRenderer-0"))
                    .mapToLong(Thread::getId).findFirst().orElse(-1);
        }

        private static long fxThread() throws Exception {
            return fx(() -> Thread.currentThread().getId());
        }

        private static long cpuNs(long threadId) {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            return threadId < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(threadId));
        }

        private static long[] gc() {
            long count = 0;
            long ms = 0;
            for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, bean.getCollectionCount());
                ms += Math.max(0, bean.getCollectionTime());
            }
            return new long[] {count, ms};
        }
    }

    /**
     * Switches the map between indicators (as the picker does) {@code rounds} times through the codes, each time
     * from the switch to the end of painting the first frame with every tile of the new look drawn.
     */
    private void switches(int rounds, String[] codes) throws Exception {
        waitUntil(() -> fx(() -> app.indicators() != null), 120_000, 50);
        for (String code : codes) {
            switchTo(code); // warm-up: each indicator's tiles and classes once
        }
        List<Double> times = Samples.list();
        for (int r = 0; r < rounds; r++) {
            for (String code : codes) {
                double ms = switchTo(code);
                times.add(ms);
                // Which indicator each switch went to, and when (to find it in a GC log or a flight recording).
                System.err.printf("SWITCH %s %.1f ms, ended %s%n", code, ms, java.time.LocalTime.now());
            }
        }
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("indicators", String.join(" ", codes));
        notes.put("map_px", fx(() -> (int) app.window().mapPane().mapView().getWidth() + "x"
                + (int) app.window().mapPane().mapView().getHeight()));
        Samples.emit("window.indicator.switch", "ms", times, notes);
    }

    /** Shows an indicator and waits for the first frame painted with all its tiles; the time that took. */
    private double switchTo(String code) throws Exception {
        CountDownLatch painted = new CountDownLatch(1);
        long[] start = new long[1];
        double[] ms = new double[1];
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable[] listener = new Runnable[1];
        fx(() -> {
            Scene scene = stage.getScene();
            listener[0] = () -> {
                if (!done.get() && app.window().mapPane().overlay().tilesSettled()) {
                    done.set(true);
                    FrameProbe.afterThisFrame(() -> {
                        ms[0] = Samples.ms(System.nanoTime() - start[0]);
                        painted.countDown();
                    });
                }
            };
            start[0] = System.nanoTime();
            if (!app.indicators().select(code)) {
                throw new IllegalStateException("no indicator " + code);
            }
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
            return null;
        });
        if (!painted.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("indicator " + code + " was not drawn");
        }
        fx(() -> {
            stage.getScene().removePostLayoutPulseListener(listener[0]);
            return null;
        });
        return ms[0];
    }

    /** One cycle of zoom steps, each level shown until its tiles are drawn (a warm-up, not measured). */
    private void showEachLevel(AtlasMapPane map, java.util.function.IntConsumer zoomStep) throws Exception {
        for (int k = 0; k < 6; k++) {
            int step = k;
            fx(() -> {
                zoomStep.accept(step);
                return null;
            });
            waitUntil(() -> fx(() -> map.overlay().tilesSettled() && app.basemapTilesPending() == 0), 30_000, 50);
        }
    }

    private static org.cpatlas.map.MapNavigator fxNav(AtlasMapPane map) {
        return NAV.computeIfAbsent(map, m -> findNavigator(m));
    }

    private static final Map<AtlasMapPane, org.cpatlas.map.MapNavigator> NAV = new java.util.IdentityHashMap<>();

    private static org.cpatlas.map.MapNavigator findNavigator(AtlasMapPane map) {
        try {
            var f = AtlasMapPane.class.getDeclaredField("navigator");
            f.setAccessible(true);
            return (org.cpatlas.map.MapNavigator) f.get(map);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void framesHello(int frames) throws Exception {
        List<Double> all = animate(frames, k -> {
            double angle = 2 * Math.PI * k / 180.0;
            helloPane.setTranslateX(helloPane.getTranslateX() + 8 * Math.cos(angle));
            helloPane.setTranslateY(helloPane.getTranslateY() + 8 * Math.sin(angle));
        });
        Samples.emit("window.hello.frames", "ms", all, Map.of());
        // The floor for any map in this pipeline: the same window panning a grid of 256 px images that covers the
        // map area (what a tiled basemap is), with no overlay, labels or logic.
        List<Double> tiles = fx(() -> {
            javafx.scene.image.WritableImage tile = new javafx.scene.image.WritableImage(256, 256);
            for (int y = 0; y < 256; y++) {
                for (int x = 0; x < 256; x++) {
                    tile.getPixelWriter().setArgb(x, y, ((x / 16 + y / 16) % 2 == 0) ? 0xffdde6ee : 0xfff4f1ea);
                }
            }
            javafx.scene.Group grid = new javafx.scene.Group();
            for (int y = -2; y < H / 256 + 3; y++) {
                for (int x = -2; x < W / 256 + 3; x++) {
                    javafx.scene.image.ImageView view = new javafx.scene.image.ImageView(tile);
                    view.setSmooth(!Boolean.getBoolean("bench.nearest"));
                    view.setX(x * 256);
                    view.setY(y * 256);
                    grid.getChildren().add(view);
                }
            }
            helloPane.getChildren().setAll(grid);
            helloPane.setTranslateX(0);
            helloPane.setTranslateY(0);
            return List.<Double>of();
        });
        Thread.sleep(300);
        // Moved along the same circle as the map, placed on whole pixels as the map places itself: at fractional
        // offsets the software pipeline resamples every image (7x slower), which would flatter any map measured
        // against it.
        double[] at = {0, 0};
        animate(180, k -> {
            double angle = 2 * Math.PI * k / 180.0;
            at[0] += 8 * Math.cos(angle);
            at[1] += 8 * Math.sin(angle);
            helloPane.setTranslateX(Math.rint(at[0]));
            helloPane.setTranslateY(Math.rint(at[1]));
        });
        tiles = animate(frames, k -> {
            double angle = 2 * Math.PI * k / 180.0;
            at[0] += 8 * Math.cos(angle);
            at[1] += 8 * Math.sin(angle);
            helloPane.setTranslateX(Math.rint(at[0]));
            helloPane.setTranslateY(Math.rint(at[1]));
        });
        Samples.emit("window.hello.frames.tiles", "ms", tiles, Map.of("tiles", (W / 256 + 5) * (H / 256 + 5)));
        // The floor for a zoom step: the same grid shown at twice and then at its own size, one step per frame, as a
        // map shows the previous level's tiles magnified until the new level's arrive.
        List<Double> zoomSteps = animate(frames / 3, k -> {
            double scale = (k % 2 == 0) ? 2 : 1;
            helloPane.setScaleX(scale);
            helloPane.setScaleY(scale);
        });
        Samples.emit("window.hello.frames.tiles.zoom", "ms", zoomSteps, Map.of());
    }

    // ---------------------------------------------------------------- tables (issue 19)

    /**
     * Times an action done on the JavaFX thread to the end of painting the first frame in which {@code shown} holds,
     * as {@link #click} times a click: the handler, then the pulse that lays out and paints its result.
     */
    private static double actionToFrame(Scene scene, Runnable action, BooleanSupplier shown) throws Exception {
        CompletableFuture<Double> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            action.run();
            long handled = System.nanoTime();
            long[] pulseStart = {0};
            Runnable pre = () -> {
                if (pulseStart[0] == 0) {
                    pulseStart[0] = System.nanoTime();
                }
            };
            scene.addPreLayoutPulseListener(pre);
            Runnable[] post = new Runnable[1];
            post[0] = () -> {
                if (!shown.getAsBoolean()) {
                    return;
                }
                scene.removePreLayoutPulseListener(pre);
                scene.removePostLayoutPulseListener(post[0]);
                FrameProbe.afterThisFrame(() -> result.complete(
                        Samples.ms((handled - t0) + (System.nanoTime() - pulseStart[0]))));
            };
            scene.addPostLayoutPulseListener(post[0]);
            Platform.requestNextPulse();
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    /**
     * The data view: opening it (the first time, when the view and its three tables are made; then again), copying
     * all region-province rows of Table 1 with their sources to the clipboard, and selecting a region's row (map and
     * panel updated, as a click on the map; reference: the bare window's click).
     */
    private void tablesAtlas(int rounds) throws Exception {
        AtlasWindow window = app.window();
        Scene scene = window.getScene();
        fx(() -> {
            app.window().viewModel().preloadProfiles();
            return null;
        });
        awaitFrame(scene);
        List<Double> first = Samples.list();
        List<Double> again = Samples.list();
        for (int i = 0; i < 2 * rounds + 1; i++) {
            double ms = actionToFrame(scene, () -> window.setDataViewShown(true),
                    () -> window.dataView() != null && window.dataView().getHeight() > 0
                            && window.dataView().regionsTable().lookup(".table-row-cell") != null);
            (i == 0 ? first : again).add(ms);
            if (i < 2 * rounds) {
                fx(() -> {
                    window.setDataViewShown(false);
                    return null;
                });
                awaitFrame(scene);
            }
        }
        org.cpatlas.tables.DataTable pairs = fx(() -> window.viewModel().pairsTable());
        int[] chars = {0};
        List<Double> copy = Samples.list();
        for (int i = 0; i < 10 * rounds + 5; i++) {
            double ms = fx(() -> {
                long t0 = System.nanoTime();
                window.tableActions().copy(pairs, true);
                long t1 = System.nanoTime();
                chars[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString().length();
                return Samples.ms(t1 - t0);
            });
            if (i >= 5) {
                copy.add(ms);
            }
        }
        org.cpatlas.ui.table.FigureTableView regions = fx(() -> window.dataView().regionsTable());
        int rows = fx(() -> regions.getItems().size());
        List<Double> select = Samples.list();
        for (int round = 0; round < rounds + 1; round++) {
            for (int r = 0; r < rows; r++) {
                int row = r;
                String code = fx(() -> regions.getItems().get(row).key());
                long settleUntil = System.nanoTime() + 3_000_000_000L;
                while (!fx(() -> window.mapPane().overlay().tilesSettled()) && System.nanoTime() < settleUntil) {
                    Thread.sleep(5);
                }
                awaitFrame(scene);
                double ms = actionToFrame(scene,
                        () -> regions.getSelectionModel().clearAndSelect(row, regions.getColumns().get(1)),
                        () -> code.equals(window.viewModel().selectedCodeProperty().get()) && window.panelShown()
                                && window.panel().titleLabel().getText().equals(window.viewModel().details().title()));
                if (round > 0) { // round 0 warms up each region's first selection
                    select.add(ms);
                }
            }
        }
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("regions_table", rows + " rows x " + fx(() -> regions.getColumns().size()) + " columns");
        notes.put("pairs", pairs.rows().size());
        notes.put("clipboard_chars", chars[0]);
        Samples.emit("window.atlas.tables.open_first", "ms", first, notes);
        Samples.emit("window.atlas.tables.open", "ms", again, notes);
        Samples.emit("window.atlas.tables.copy", "ms", copy, notes);
        Samples.emit("window.atlas.tables.select.work", "ms", select, notes);
    }

    /**
     * References for the data view: a bare window shows a TableView of 14 rows and 40 columns of short texts (first
     * time, then again), and puts a text as long as the copied pairs on the clipboard.
     */
    private void tablesHello(int rounds) throws Exception {
        Scene scene = stage.getScene();
        BorderPane root = (BorderPane) scene.getRoot();
        javafx.scene.control.TableView<String[]>[] table = new javafx.scene.control.TableView[1];
        List<Double> first = Samples.list();
        List<Double> again = Samples.list();
        for (int i = 0; i < 2 * rounds + 1; i++) {
            double ms = actionToFrame(scene, () -> {
                if (table[0] == null) {
                    table[0] = new javafx.scene.control.TableView<>();
                    for (int c = 0; c < 40; c++) {
                        int col = c;
                        javafx.scene.control.TableColumn<String[], String> column =
                                new javafx.scene.control.TableColumn<>("Column " + c);
                        column.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(
                                d.getValue()[col]));
                        table[0].getColumns().add(column);
                    }
                    for (int r = 0; r < 14; r++) {
                        String[] cells = new String[40];
                        for (int c = 0; c < 40; c++) {
                            cells[c] = "cell " + r + "," + c;
                        }
                        table[0].getItems().add(cells);
                    }
                }
                root.setBottom(table[0]);
            }, () -> table[0] != null && table[0].getHeight() > 0 && table[0].lookup(".table-row-cell") != null);
            (i == 0 ? first : again).add(ms);
            fx(() -> {
                root.setBottom(null);
                return null;
            });
            awaitFrame(scene);
        }
        String text = "x\ty\n".repeat(12_000);
        List<Double> copy = Samples.list();
        for (int i = 0; i < 10 * rounds + 5; i++) {
            String shown = text + i; // a new text each time, as each copy is
            double ms = fx(() -> {
                long t0 = System.nanoTime();
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.putString(shown);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                return Samples.ms(System.nanoTime() - t0);
            });
            if (i >= 5) {
                copy.add(ms);
            }
        }
        Samples.emit("window.hello.tables.open_first", "ms", first, Map.of("table", "14 rows x 40 columns"));
        Samples.emit("window.hello.tables.open", "ms", again, Map.of("table", "14 rows x 40 columns"));
        Samples.emit("window.hello.tables.copy", "ms", copy, Map.of("clipboard_chars", text.length()));
    }

    // ---------------------------------------------------------------- memory

    private void memoryAtlas(int selections) throws Exception {
        AtlasWindow window = app.window();
        DrawableLayer regions = app.core().maps().drawable().regions();
        // Visit every region as a user would: search by name, Enter (selects it and zooms to it), let tiles load.
        for (int i = 0; i < regions.size(); i++) {
            String name = regions.feature(i).text("name_en");
            fx(() -> {
                window.searchField().setText(name);
                window.searchField().fireEvent(new ActionEvent());
                return null;
            });
            Thread.sleep(900);
        }
        fx(() -> {
            window.mapPane().resetExtent();
            return null;
        });
        Thread.sleep(1000);
        hold("visited");
        double[] afterVisit = Samples.rssMb();
        List<Double> heap = Samples.list();
        List<Double> rss = Samples.list();
        heap.add(heapAfterGc());
        rss.add(Samples.rssMb()[1]);
        int checkpoints = 10;
        int done = 0;
        int step = Math.max(1, selections / checkpoints);
        while (done < selections) {
            for (int k = 0; k < step && done < selections; k++, done++) {
                clickRegion(done % regions.size());
            }
            heap.add(heapAfterGc());
            rss.add(Samples.rssMb()[1]);
        }
        double[] end = Samples.rssMb();
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("rss_after_visits_mb", afterVisit[1]);
        notes.put("hwm_after_visits_mb", afterVisit[0]);
        notes.put("hwm_end_mb", end[0]);
        notes.put("selections", selections);
        notes.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576.0);
        Samples.emit("window.atlas.rss", "MB", List.of(afterVisit[0]), notes);
        Samples.emit("window.atlas.heap_after_gc", "MB", heap, notes);
        Samples.emit("window.atlas.rss_during_selections", "MB", rss, notes);
    }

    /**
     * Check of the heap cap, not timed: with -Dbench.export=DIR, after the tour, the window's own writers export the
     * Wuling sheet as a 600 DPI A3 PNG (the largest raster export) and the 14-sheet atlas as PDF, off the JavaFX
     * thread while the window and everything it holds stay alive, as they would for a user.
     */
    private void exportAtlas(Path dir) throws Exception {
        Files.createDirectories(dir);
        PrintStyle style = PrintStyle.light(AtlasFonts.load());
        StoreSheets sheets = new StoreSheets(app.core().store().repository(), app.core().maps().drawable());
        MapContent content = sheets.content(MapTheme.light(), LocalDate.now());
        long t0 = System.nanoTime();
        RegionSheetPage sheet = new RegionSheetPage(sheets.sheet("wuling").orElseThrow(), content,
                PageSetup.of(Paper.A3, Orientation.PORTRAIT), style);
        new PngPageWriter().write(sheet, new Dpi(600), dir.resolve("wuling-a3-600dpi.png"));
        long t1 = System.nanoTime();
        new AtlasExport(style, PageSetup.of(Paper.A4, Orientation.PORTRAIT)).write(sheets.sheets(), content,
                dir.resolve("atlas.pdf"), (done, total, message) -> { }, Cancellation.NEVER);
        long t2 = System.nanoTime();
        System.err.println("EXPORT png " + Samples.ms(t1 - t0) + " ms, pdf " + Samples.ms(t2 - t1) + " ms, heap cap "
                + Runtime.getRuntime().maxMemory() / 1048576 + " MB, VmHWM " + Samples.rssMb()[0] + " MB");
    }

    /**
     * Diagnosis only: with -Dbench.hold=open,visited,end the benchmark pauses at these points (after the window
     * opened, after the tour of the regions, at the end of the run) for bench.hold.seconds (default 20), so that
     * jcmd can take a heap histogram or a native memory summary of the process at that moment.
     */
    private static void hold(String point) throws InterruptedException {
        if (Arrays.asList(System.getProperty("bench.hold", "").split(",")).contains(point)) {
            System.err.println("HOLD " + point + " pid " + ProcessHandle.current().pid());
            Thread.sleep(Long.getLong("bench.hold.seconds", 20) * 1000);
        }
    }

    private static double heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }
}
