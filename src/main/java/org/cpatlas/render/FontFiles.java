package org.cpatlas.render;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import org.cpatlas.files.CachedResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled fonts as files. JavaFX and Java2D both read a font file directly, but copy a font given as a stream
 * (from inside the jar) to a temporary file first, after inflating it: 40-60 ms of every start for the two faces.
 * So a font inside a jar is copied once into the user's cache and read from there afterwards.
 */
public final class FontFiles {

    private static final Logger LOG = LoggerFactory.getLogger(FontFiles.class);

    private FontFiles() {
    }

    /**
     * The font resource as a file: itself when it is one (classes run from a directory), else its copy in the cache,
     * made on first use; null when there is no such resource or it cannot be copied (read the stream then). The
     * copy's name carries the jar entry's size and checksum, so a new build's font is a new file.
     */
    public static Path of(String resource, Path cacheDirectory) {
        URL url = FontFiles.class.getResource(resource);
        if (url == null) {
            return null;
        }
        if (url.getProtocol().equals("file")) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException | RuntimeException e) {
                return null;
            }
        }
        return cachedCopy(url, resource, cacheDirectory);
    }

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
            return CachedResource.copyOnce(cacheDirectory.resolve("fonts"), name, size, url::openStream);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot keep {} in {}; reading it from the jar", resource, cacheDirectory, e);
            return null;
        }
    }
}
