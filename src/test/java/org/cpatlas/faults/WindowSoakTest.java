package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.cpatlas.app.AtlasApplication;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A soak of the real window (TestFX, headless): a seeded monkey ({@link WindowMonkey}) clicks regions and the empty
 * sea, hovers, turns the wheel, drags, searches, switches language and theme and the indicator mapped (the sample
 * county table imported first), exports to a temporary folder, presses Esc and Home, and every action's effect is
 * checked. Throughout: no exception logged (a logback appender on the root
 * logger records every event with a throwable or at ERROR) or thrown uncaught on any thread, no error dialog, no hang
 * (each action is a hang check of {@link Patience}, never a speed limit), no dialog with a stack trace or a Java
 * class name, the heap after a full collection flat (measured after a warm-up and at the end, the growth bounded with
 * margin), and at the end the window still answers (Home).
 *
 * <p>{@code mvn verify} runs 100 actions (seed 20260106, the same actions every time) in a surefire execution of its
 * own with the window's heap options ({@code atlas.window.jvm}); {@code mvn verify -Psoak} runs only the long soak,
 * 10,000 actions, with a fresh seed unless {@code -Dsoak.seed=S} is given (the seed is printed first), and writes its
 * figures to {@code target/soak-report.txt} (docs/FAULTS.md, "Soak").
 */
class WindowSoakTest {

    static final String SOAK = "soak";

    /** Growth of the heap after GC allowed from the warm-up to the end: the caches' bounds, with margin. */
    private static final long HEAP_GROWTH_BYTES = 24L << 20;

    /** What a message must never show: a stack frame, or an exception's class name. */
    private static final java.util.regex.Pattern STACK_TRACE =
            java.util.regex.Pattern.compile("\\bat [\\w$.]+\\("
                    + "|\\b(java|javax|javafx|org|com)\\.[\\w$.]+(Exception|Error)\\b");

    @TempDir
    Path tmp;

    private AtlasApplication app;
    private final FxRobot robot = new FxRobot();
    private final WindowMonkey.Dialogs dialogs = new WindowMonkey.Dialogs();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final ProblemAppender appender = new ProblemAppender(problems);
    private Thread.UncaughtExceptionHandler previousHandler;

    /** Records every logged event that carries a throwable or is an error. */
    private static final class ProblemAppender extends AppenderBase<ILoggingEvent> {
        private final List<String> problems;

        ProblemAppender(List<String> problems) {
            this.problems = problems;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (event.getThrowableProxy() != null || event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                problems.add("logged " + event.getLevel() + " " + event.getLoggerName() + ": "
                        + event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                        : " (" + event.getThrowableProxy().getClassName() + ": "
                        + event.getThrowableProxy().getMessage() + ")"));
            }
        }
    }

    @BeforeEach
    void openWindow() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> problems.add("uncaught on " + thread.getName()
                + ": " + e));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setWidth(1280);
            s.setHeight(820);
        });
        importSample(tmp.resolve("atlas.db"));
        app = (AtlasApplication) FxToolkit.setupApplication(() -> {
            AtlasApplication atlas = new AtlasApplication(Path.of("maps"), tmp.resolve("atlas.db"));
            atlas.useDialogs(owner -> dialogs);
            return atlas;
        });
        WaitForAsyncUtils.waitFor(Patience.WARM_UP.toSeconds(), TimeUnit.SECONDS, () -> app.window() != null);
        // The JavaFX thread's own uncaught exceptions (an event handler that throws) go to its handler.
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(
                (thread, e) -> problems.add("uncaught on the JavaFX thread: " + e))).get(Patience.SECONDS,
                TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The README's sample county table imported into the database the window opens, as a user would on the command
     * line, so that the monkey switches between Table 1's map, a county choropleth and a region indicator.
     */
    private static void importSample(Path db) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.cpatlas.cli.AtlasCli.execute(new String[] {"--db", db.toString(), "import",
            "data/samples/county_area_computed.csv", "--source", "Computed by the atlas from maps/counties.shp"},
            org.cpatlas.store.AtlasStore::open, new java.io.PrintWriter(out), new java.io.PrintWriter(err),
            db.resolveSibling("atlas.log"));
        assertThat(code).as("the sample imported: %s %s", out, err).isZero();
    }

    @AfterEach
    void close() throws Exception {
        try {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        } finally {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
            Thread.setDefaultUncaughtExceptionHandler(previousHandler);
        }
    }

    @Test
    void twoHundredMonkeyActionsLeaveNoExceptionNoHangAndAFlatHeap() throws Exception {
        Report report = soak(Long.getLong("soak.seed", 20260106L), Integer.getInteger("soak.short", 100));
        System.out.println(report.describe());

        assertThat(report.done()).as("the short run reaches every kind of action")
                .containsKeys(WindowMonkey.Action.values());
    }

    @Test
    @Tag(SOAK)
    void tenThousandMonkeyActionsLeaveNoExceptionNoHangAndAFlatHeap() throws Exception {
        long seed = Long.getLong("soak.seed", System.nanoTime());
        Report report = soak(seed, Integer.getInteger("soak.actions", 10_000));
        Files.writeString(Path.of("target", "soak-report.txt"), report.describe(), StandardCharsets.UTF_8);
        System.out.println(report.describe());
    }

    /** The figures of one soak. */
    record Report(long seed, int actions, Duration duration, java.util.Map<WindowMonkey.Action, Integer> done,
            java.util.Map<WindowMonkey.Action, Long> seconds, int exports, List<long[]> heap, int problems,
            long maxHeap) {

        String describe() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "seed %d, %,d actions in %s (%.1f actions/s), %d exports checked,"
                    + " exceptions and error dialogs: %d, heap cap %d MB%n", seed, actions, format(duration),
                    actions / Math.max(1e-3, duration.toMillis() / 1000.0), exports, problems, maxHeap >> 20));
            out.append("actions: ").append(done).append(System.lineSeparator());
            out.append("seconds in each: ").append(seconds).append(System.lineSeparator());
            out.append("heap after GC (after action: MB):");
            for (long[] point : heap) {
                out.append(String.format(Locale.ROOT, " %d: %.1f", point[0], point[1] / (double) (1 << 20)));
            }
            return out.append(System.lineSeparator()).toString();
        }

        private static String format(Duration d) {
            return String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
        }
    }

    private Report soak(long seed, int actions) throws Exception {
        WindowMonkey monkey = new WindowMonkey(app, robot, dialogs, Files.createDirectories(tmp.resolve("exports")),
                seed);
        int warmUp = Math.max(100, actions / 10);
        int checkpoint = Integer.getInteger("soak.checkpoint", Math.max(warmUp, actions / 10));
        List<long[]> heap = new ArrayList<>();
        long start = System.nanoTime();
        java.util.Deque<String> recent = new java.util.ArrayDeque<>();
        System.out.printf(Locale.ROOT, "soak: seed %d, %d actions (replay with -Dsoak.seed=%d)%n", seed, actions, seed);
        for (int i = 0; i < actions; i++) {
            WindowMonkey.Action action = monkey.next();
            StringBuilder how = new StringBuilder();
            String label = "soak seed " + seed + ", action " + (i + 1) + " (after " + recent + ")";
            Duration limit = i == 0 ? Patience.WARM_UP : Patience.HANG;
            try {
                assertTimeoutPreemptively(limit, () -> monkey.perform(action, how),
                        () -> label + " hung (still running after " + limit.toSeconds() + " s): " + how);
            } catch (AssertionFailedError e) {
                if (String.valueOf(e.getMessage()).startsWith(label)) {
                    throw e;
                }
                throw new AssertionFailedError(label + " (" + how + "): " + e.getMessage(), e);
            } catch (Throwable t) {
                throw new AssertionFailedError(label + " (" + how + ") threw " + t, t);
            }
            forgetFiredEvents();
            recent.addLast((i + 1) + " " + how);
            if (recent.size() > 8) {
                recent.removeFirst();
            }
            List<String> errors = dialogs.shown.stream().filter(s -> s.startsWith("error")).toList();
            assertThat(problems).as(label + " (" + how + "): exceptions logged or thrown").isEmpty();
            assertThat(errors).as(label + " (" + how + "): error dialogs").isEmpty();
            assertThat(dialogs.shown).as(label + " (" + how + "): a dialog with a stack trace or a Java class name")
                    .noneMatch(text -> STACK_TRACE.matcher(text).find());
            if (i + 1 == warmUp || (i + 1) % checkpoint == 0 || i + 1 == actions) {
                heap.add(new long[] {i + 1, heapAfterGc()});
                System.out.printf(Locale.ROOT, "soak: after action %d heap after GC %.1f MB%n", i + 1,
                        heap.get(heap.size() - 1)[1] / (double) (1 << 20));
            }
        }
        // The window still answers at the end: Home brings back all of China.
        assertTimeoutPreemptively(Patience.HANG, () -> monkey.perform(WindowMonkey.Action.HOME, new StringBuilder()),
                () -> "soak seed " + seed + ": the window no longer answers Home after " + actions + " actions");
        assertThat(problems).as("soak seed %d: exceptions logged or thrown after the last action", seed).isEmpty();
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        long afterWarmUp = heap.get(0)[1];
        long atEnd = heap.get(heap.size() - 1)[1];
        Report report = new Report(seed, actions, duration, monkey.done(), monkey.seconds(), monkey.exports(), heap,
                problems.size(), Runtime.getRuntime().maxMemory());
        Files.writeString(Path.of("target", "soak-histogram.txt"), histogram(), StandardCharsets.UTF_8);
        if (System.getProperty("soak.heapdump") != null) {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=HotSpotDiagnostic"), "dumpHeap",
                    new Object[] {System.getProperty("soak.heapdump"), true},
                    new String[] {String.class.getName(), boolean.class.getName()});
        }
        assertThat(atEnd - afterWarmUp).as("heap after GC grew from %d MB after the warm-up to %d MB at the end"
                + " (class histogram in target/soak-histogram.txt): %s", afterWarmUp >> 20, atEnd >> 20,
                report.describe()).isLessThan(HEAP_GROWTH_BYTES);
        return report;
    }

    /**
     * Empties TestFX's record of every event fired on the stage (FxToolkitContext's FiredEvents, not cleared by
     * TestFX itself): a robot move fires a hundred mouse events, and kept for the whole soak they grew the test's
     * heap by megabytes every hundred actions, which is the harness, not the window.
     */
    private static void forgetFiredEvents() {
        try {
            java.lang.reflect.Field field = org.testfx.api.FxToolkitContext.class.getDeclaredField("firedEvents");
            field.setAccessible(true);
            ((org.testfx.service.support.FiredEvents) field.get(FxToolkit.toolkitContext())).clearEvents();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TestFX's fired-events record moved: " + e, e);
        }
    }

    /** The live objects by class, largest first, as {@code jcmd GC.class_histogram} prints them. */
    private static String histogram() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
        } catch (javax.management.JMException e) {
            return "no histogram: " + e;
        }
    }

    /** The heap in use after full collections, once the window is at rest (no pulse, no drawing in flight). */
    private long heapAfterGc() throws Exception {
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> app.basemapTilesPending() == 0 && app.window().mapPane().overlay().tilesSettled());
        WaitForAsyncUtils.waitForFxEvents();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        Platform.requestNextPulse();
        return used;
    }
}
