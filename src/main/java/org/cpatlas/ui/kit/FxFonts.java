package org.cpatlas.ui.kit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javafx.scene.text.Font;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.FontFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the bundled CJK font with JavaFX so labels, tables and charts show Chinese on machines without
 * a CJK font. Returns the family name that stylesheets and the map labels use. Read from a file where it can be
 * ({@link FontFiles}): given a stream, JavaFX copies the font to a temporary file at every start.
 */
public final class FxFonts {

    /** Used when the bundled font cannot be read: JavaFX's default family. */
    public static final String FALLBACK_FAMILY = "System";

    private static final Logger LOG = LoggerFactory.getLogger(FxFonts.class);
    private static final double SIZE = 13;

    private FxFonts() {
    }

    /**
     * Loads regular and bold faces; returns the family name to use.
     *
     * @param cacheDirectory where fonts from inside the jar are kept as files, or null to read them as streams
     */
    public static String register(Path cacheDirectory) {
        String family = load(AtlasFonts.REGULAR_RESOURCE, cacheDirectory);
        load(AtlasFonts.BOLD_RESOURCE, cacheDirectory);
        return family == null ? FALLBACK_FAMILY : family;
    }

    private static String load(String resource, Path cacheDirectory) {
        Path file = FontFiles.of(resource, cacheDirectory);
        Font font = file == null ? null : Font.loadFont(file.toUri().toString(), SIZE);
        if (font != null) {
            return font.getFamily();
        }
        try (InputStream in = FxFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                LOG.warn("bundled font {} is missing; Chinese text may not render", resource);
                return null;
            }
            Font fromStream = Font.loadFont(in, SIZE);
            return fromStream == null ? null : fromStream.getFamily();
        } catch (IOException e) {
            LOG.warn("bundled font {} unreadable: {}", resource, e.getMessage());
            return null;
        }
    }
}
