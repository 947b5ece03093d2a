package org.cpatlas.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers, per display, whether JavaFX found no graphics hardware there and drew in software, for {@code bin/atlas}
 * to start the next windows on that display straight in software. Finding out costs more than time: JavaFX's OpenGL
 * probe, and GTK's own, load the system's OpenGL driver, which on a machine without a GPU is Mesa's software
 * rasteriser with LLVM, some 50 MB of the window's memory that nothing then uses (bench/README.md). A cache and
 * nothing more: the file is only written when JavaFX chose the pipeline itself, so a start that was told to use
 * software does not refresh it, and {@code bin/atlas} ignores it after a week, so a display that gained a GPU is
 * probed again.
 */
record PipelineMemo(Path file) {

    /** Asked for only when writing fails: read before the toolkit starts, this class must not start logging. */
    private static Logger log() {
        return LoggerFactory.getLogger(PipelineMemo.class);
    }

    /** The content {@code bin/atlas} looks for. */
    static final String SOFTWARE = "software";
    static final String HARDWARE = "hardware";

    /**
     * The memo of the display the window opens on, named as {@code bin/atlas} names it: prism-, then $DISPLAY (else
     * $WAYLAND_DISPLAY, else none) with every character but ASCII letters and digits turned into _.
     */
    static PipelineMemo forDisplay(Path cacheDirectory, Map<String, String> environment) {
        String display = environment.getOrDefault("DISPLAY", "");
        if (display.isEmpty()) {
            display = environment.getOrDefault("WAYLAND_DISPLAY", "");
        }
        if (display.isEmpty()) {
            display = "none";
        }
        return new PipelineMemo(cacheDirectory.resolve("prism-" + display.replaceAll("[^A-Za-z0-9]", "_")));
    }

    /**
     * Whether a window on this display found no graphics hardware within the last week (as {@code bin/atlas} reads
     * the memo): then a launcher without bin/atlas (the installed application's) starts JavaFX in software at once.
     */
    boolean recentlySoftware() {
        try {
            return Files.isRegularFile(file)
                    && Files.getLastModifiedTime(file).toInstant().isAfter(java.time.Instant.now().minus(
                            java.time.Duration.ofDays(7)))
                    && SOFTWARE.equals(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Records what JavaFX chose, unless it was told ({@code prismOrder} set): then it found nothing out. Failing to
     * write only means the next start probes again.
     */
    void record(boolean software, String prismOrder) {
        if (prismOrder != null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, software ? SOFTWARE : HARDWARE, StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            log().debug("cannot write {}; the next window will probe the graphics pipeline again", file, e);
        }
    }
}
