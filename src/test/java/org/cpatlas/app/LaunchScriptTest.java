package org.cpatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/atlas reads the pipeline memo the window writes ({@link PipelineMemo}): same file, same meaning. */
class LaunchScriptTest {

    private static final Map<String, String> DISPLAY = Map.of("DISPLAY", ":7.0");

    @TempDir
    Path cacheHome;

    @Test
    void aDisplayNeverSeenIsProbed() throws Exception {
        List<String> launch = launch();
        assertEquals("env: ", launch.get(0));
        assertFalse(launch.get(1).contains("prism.order"), launch.get(1));
        assertTrue(launch.get(1).contains("-XX:+UseSerialGC"), "the pom's options: " + launch.get(1));
    }

    @Test
    void aDisplayFoundToDrawInSoftwareStartsInSoftwareWithoutGtkOpenGlOrItsFrameBuffer() throws Exception {
        memo().record(true, null);
        List<String> launch = launch();
        assertEquals("env: GDK_GL=disable GDK_RENDERING=recording", launch.get(0));
        assertTrue(launch.get(1).endsWith(" -Dprism.order=sw"), launch.get(1));
    }

    @Test
    void aDisplayWithGraphicsHardwareIsLeftToJavaFx() throws Exception {
        memo().record(false, null);
        assertFalse(launch().get(1).contains("prism.order"));
    }

    @Test
    void aWeekOldMemoIsProbedAgain() throws Exception {
        PipelineMemo memo = memo();
        memo.record(true, null);
        Files.setLastModifiedTime(memo.file(), FileTime.from(Instant.now().minus(Duration.ofDays(8))));
        assertEquals("env: ", launch().get(0));
    }

    @Test
    void onAScreenLargerThan1920x1200TheHeapCapGrowsWithItsPixels() throws Exception {
        assertTrue(launch(screen(3840, 2160)).get(1).contains(" -Xmx691m "), "192 MB x 3840x2160 / 1920x1200");
        assertTrue(launch(screen(1920, 1080)).get(1).contains(" -Xmx192m "), "the pom's cap");
        assertTrue(launch(screen(7680, 4320)).get(1).contains(" -Xmx1024m "), "at most 1 GB");
    }

    @Test
    void aRelativeXdgCacheHomeIsIgnoredAndTheMemoReadFromTheHomeCache() throws Exception {
        Path home = Files.createDirectories(cacheHome.resolve("home"));
        PipelineMemo.forDisplay(home.resolve(".cache/cpatlas"), DISPLAY).record(true, null);
        ProcessBuilder builder = new ProcessBuilder("sh", "bin/atlas").redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", "relative/cache");
        builder.environment().put("HOME", home.toString());
        builder.environment().put("CPATLAS_SHOW_LAUNCH", "1");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(DISPLAY);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        assertEquals("env: GDK_GL=disable GDK_RENDERING=recording", out.lines().findFirst().orElse(""), out);
        assertFalse(Files.exists(Path.of("relative")), "nothing made relative to the working folder");
    }

    /** A directory with an xrandr that reports a screen of this size, to put first on the PATH. */
    private Path screen(int width, int height) throws IOException {
        Path bin = Files.createDirectories(cacheHome.resolve("bin-" + width + "x" + height));
        Path xrandr = bin.resolve("xrandr");
        Files.writeString(xrandr, "#!/bin/sh\necho 'Screen 0: minimum 8 x 8, current " + width + " x " + height
                + ", maximum 32767 x 32767'\n");
        assertTrue(xrandr.toFile().setExecutable(true));
        return bin;
    }

    private PipelineMemo memo() {
        return PipelineMemo.forDisplay(cacheHome.resolve("cpatlas"), DISPLAY);
    }

    private List<String> launch() throws IOException, InterruptedException {
        return launch(null);
    }

    private List<String> launch(Path pathFirst) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", "bin/atlas").redirectErrorStream(true);
        if (pathFirst != null) {
            builder.environment().put("PATH", pathFirst + java.io.File.pathSeparator + System.getenv("PATH"));
        }
        builder.environment().put("XDG_CACHE_HOME", cacheHome.toString());
        builder.environment().put("CPATLAS_SHOW_LAUNCH", "1");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(DISPLAY);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        List<String> lines = out.lines().toList();
        assertEquals(2, lines.size(), out);
        assertTrue(lines.get(1).startsWith("jvm: "), out);
        return lines;
    }
}
