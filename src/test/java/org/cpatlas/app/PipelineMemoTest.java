package org.cpatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineMemoTest {

    @TempDir
    Path cache;

    @Test
    void namesTheFileAfterTheDisplayAsTheLauncherDoes() {
        assertEquals(cache.resolve("prism-_99_0"),
                PipelineMemo.forDisplay(cache, Map.of("DISPLAY", ":99.0")).file());
        assertEquals(cache.resolve("prism-wayland_0"),
                PipelineMemo.forDisplay(cache, Map.of("DISPLAY", "", "WAYLAND_DISPLAY", "wayland-0")).file());
        assertEquals(cache.resolve("prism-none"), PipelineMemo.forDisplay(cache, Map.of()).file());
    }

    @Test
    void recordsWhatJavaFxChoseByItself() throws Exception {
        PipelineMemo memo = PipelineMemo.forDisplay(cache.resolve("new"), Map.of("DISPLAY", ":1"));
        memo.record(true, null);
        assertEquals("software", Files.readString(memo.file()));
        memo.record(false, null);
        assertEquals("hardware", Files.readString(memo.file()));
    }

    @Test
    void aStartToldWhichPipelineToUseRecordsNothing() {
        PipelineMemo memo = PipelineMemo.forDisplay(cache, Map.of("DISPLAY", ":1"));
        memo.record(true, "sw");
        assertFalse(Files.exists(memo.file()));
    }

    @Test
    void anUnwritableCacheIsNoError() throws Exception {
        Path file = cache.resolve("a-file");
        Files.writeString(file, "x");
        PipelineMemo memo = PipelineMemo.forDisplay(file, Map.of("DISPLAY", ":1")); // its directory is a file
        memo.record(true, null);
        assertFalse(Files.exists(memo.file()));
    }

    @Test
    void aLauncherStartsInSoftwareOnlyWhereAWindowFoundNoHardwareThisWeek() throws Exception {
        PipelineMemo memo = PipelineMemo.forDisplay(cache, Map.of("DISPLAY", ":1"));
        assertFalse(memo.recentlySoftware());
        memo.record(true, null);
        org.junit.jupiter.api.Assertions.assertTrue(memo.recentlySoftware());
        Files.setLastModifiedTime(memo.file(), java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofDays(8))));
        assertFalse(memo.recentlySoftware());
        memo.record(false, null);
        assertFalse(memo.recentlySoftware());
    }
}
