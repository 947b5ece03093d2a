package org.cpatlas.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.text.Font;
import org.cpatlas.render.AtlasFonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the bundled CJK font with JavaFX so labels, tables and charts show Chinese on machines without
 * a CJK font. Returns the family name that stylesheets and the map labels use.
 *
 * <p>JavaFX reads a font from a file directly, but copies a font given as a stream (from inside the jar) to a
 * temporary file first, after inflating it: that was 40-60 ms of the JavaFX thread at every start. So a font inside
 * a jar is copied once into the user's cache and read from there afterwards.
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
        URL url = FxFonts.class.getResource(resource);
        if (url == null) {
            LOG.warn("bundled font {} is missing; Chinese text may not render", resource);
            return null;
        }
        Path file = url.getProtocol().equals("file") ? null : cachedCopy(url, resource, cacheDirectory);
        String location = url.getProtocol().equals("file") ? url.toExternalForm()
                : file == null ? null : file.toUri().toString();
        Font font = location == null ? null : Font.loadFont(location, SIZE);
        return font != null ? font.getFamily() : loadFromStream(resource);
    }

    private static String loadFromStream(String resource) {
        try (InputStream in = FxFonts.class.getResourceAsStream(resource)) {
            Font font = in == null ? null : Font.loadFont(in, SIZE);
            return font == null ? null : font.getFamily();
        } catch (IOException e) {
            LOG.warn("bundled font {} unreadable: {}", resource, e.getMessage());
            return null;
        }
    }

    /**
     * The font as a file in the cache, copied there on first use; null when it cannot be (the caller then reads
     * the stream). The file name carries the entry's size and checksum, so a new build's font is a new file.
     */
    static Path cachedCopy(URL url, String resource, Path cacheDirectory) {
        if (cacheDirectory == null) {
            return null;
        }
        try {
            URLConnection connection = url.openConnection();
            long size = connection.getContentLengthLong();
            long crc = connection instanceof JarURLConnection jar && jar.getJarEntry() != null
                    ? jar.getJarEntry().getCrc() : -1;
            String name = Path.of(resource).getFileName().toString().replace(".ttf", "")
                    + "-" + size + "-" + Long.toHexString(crc) + ".ttf";
            Path dir = cacheDirectory.resolve("fonts");
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file) && Files.size(file) == size) {
                return file;
            }
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, name, ".part");
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot keep {} in {}; reading it from the jar", resource, cacheDirectory, e);
            return null;
        }
    }
}
