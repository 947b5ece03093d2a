package org.cpatlas.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled CJK font (a subset of Noto Sans SC, SIL OFL) for Java2D drawing, so Chinese names render
 * on machines with no CJK font installed. Falls back to the logical SansSerif font with a warning.
 */
public final class AtlasFonts {

    public static final String REGULAR_RESOURCE = "/fonts/NotoSansSC-Regular.ttf";
    public static final String BOLD_RESOURCE = "/fonts/NotoSansSC-Bold.ttf";

    /**
     * Asked for only when something is logged: the window's launcher calls {@link #loadedOnce} on the main thread
     * before the JavaFX toolkit starts, and a logger made when this class loads set up logging there, in the way of
     * the toolkit.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(AtlasFonts.class);
    }

    private final Font regular;
    private final Font bold;

    private AtlasFonts(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Loads the bundled fonts; missing or unreadable files degrade to SansSerif (logged, never fatal). */
    public static AtlasFonts load() {
        return load(null);
    }

    /**
     * As {@link #load()}, reading the fonts from files kept in {@code cacheDirectory} ({@link FontFiles}) where it
     * can: Java2D copies a font given as a stream to a temporary file first.
     */
    public static AtlasFonts load(java.nio.file.Path cacheDirectory) {
        Font regular = read(REGULAR_RESOURCE, cacheDirectory);
        Font bold = read(BOLD_RESOURCE, cacheDirectory);
        if (regular == null) {
            regular = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
        if (bold == null) {
            bold = regular.deriveFont(Font.BOLD);
        }
        return new AtlasFonts(regular, bold);
    }

    /** {@link #load(java.nio.file.Path)} on the first call, on the caller's thread; the same fonts after. */
    public static java.util.function.Supplier<AtlasFonts> loadedOnce(java.nio.file.Path cacheDirectory) {
        return new java.util.function.Supplier<>() {
            private AtlasFonts loaded;

            @Override
            public synchronized AtlasFonts get() {
                if (loaded == null) {
                    loaded = load(cacheDirectory);
                }
                return loaded;
            }
        };
    }

    private static Font read(String resource, java.nio.file.Path cacheDirectory) {
        java.nio.file.Path file = FontFiles.of(resource, cacheDirectory);
        if (file != null) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            } catch (IOException | FontFormatException e) {
                log().debug("cannot read {}; reading the font from the jar", file, e);
            }
        }
        try (InputStream in = AtlasFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                log().warn("bundled font {} is missing; Chinese text may not render", resource);
                return null;
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            log().warn("bundled font {} is unreadable ({}); Chinese text may not render", resource, e.getMessage());
            return null;
        }
    }

    public Font regular(double sizePx) {
        return regular.deriveFont((float) sizePx);
    }

    public Font bold(double sizePx) {
        return bold.deriveFont((float) sizePx);
    }

    /** The font file as embedded in PDFs; null when the bundled file is missing. */
    public InputStream openRegularFile() {
        return AtlasFonts.class.getResourceAsStream(REGULAR_RESOURCE);
    }

    public InputStream openBoldFile() {
        return AtlasFonts.class.getResourceAsStream(BOLD_RESOURCE);
    }
}
