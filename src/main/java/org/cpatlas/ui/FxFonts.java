package org.cpatlas.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.cpatlas.render.AtlasFonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the bundled CJK font with JavaFX so labels, tables and charts show Chinese on machines without
 * a CJK font. Returns the family name that stylesheets and the map labels use.
 */
public final class FxFonts {

    /** Used when the bundled font cannot be read: JavaFX's default family. */
    public static final String FALLBACK_FAMILY = "System";

    private static final Logger LOG = LoggerFactory.getLogger(FxFonts.class);

    private FxFonts() {
    }

    /** Loads regular and bold faces; returns the family name to use. */
    public static String register() {
        String family = load(AtlasFonts.REGULAR_RESOURCE);
        load(AtlasFonts.BOLD_RESOURCE);
        return family == null ? FALLBACK_FAMILY : family;
    }

    private static String load(String resource) {
        try (InputStream in = FxFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                LOG.warn("bundled font {} is missing; Chinese text may not render", resource);
                return null;
            }
            Font font = Font.loadFont(in, 13);
            return font == null ? null : font.getFamily();
        } catch (IOException e) {
            LOG.warn("bundled font {} unreadable: {}", resource, e.getMessage());
            return null;
        }
    }
}
