package org.cpatlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A font inside a jar is copied to the cache once, named by its size and checksum, and read from there after. */
class FontFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFontInAJarIsCopiedOnceAndANewBuildsFontIsANewFile() throws Exception {
        URL first = fontInJar("a.jar", new byte[] {1, 2, 3, 4, 5});
        Path cache = dir.resolve("cache");

        Path copy = FontFiles.cachedCopy(first, "/fonts/Face-Regular.ttf", cache);
        assertThat(copy).isRegularFile().hasBinaryContent(new byte[] {1, 2, 3, 4, 5});
        assertThat(copy.getFileName().toString()).startsWith("Face-Regular-5-").endsWith(".ttf");
        Files.setLastModifiedTime(copy, FileTime.fromMillis(0));
        assertThat(FontFiles.cachedCopy(first, "/fonts/Face-Regular.ttf", cache)).isEqualTo(copy);
        assertThat(Files.getLastModifiedTime(copy).toMillis()).as("not written again").isZero();

        URL rebuilt = fontInJar("b.jar", new byte[] {9, 8, 7, 6, 5});
        Path other = FontFiles.cachedCopy(rebuilt, "/fonts/Face-Regular.ttf", cache);
        assertThat(other).isNotEqualTo(copy).hasBinaryContent(new byte[] {9, 8, 7, 6, 5});
        try (var files = Files.list(cache.resolve("fonts"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void withoutAUsableCacheTheFontIsReadFromTheJar() throws Exception {
        URL font = fontInJar("a.jar", new byte[] {1, 2, 3});
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        assertThat(FontFiles.cachedCopy(font, "/fonts/Face-Regular.ttf", notADirectory)).isNull();
        assertThat(FontFiles.cachedCopy(font, "/fonts/Face-Regular.ttf", null)).isNull();
    }

    private URL fontInJar(String name, byte[] bytes) throws Exception {
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("fonts/Face-Regular.ttf"));
            out.write(bytes);
            out.closeEntry();
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
        URL url = loader.getResource("fonts/Face-Regular.ttf");
        // Not closed: the URL stays readable for the test; each jar is its own temporary file.
        url.openConnection().setDefaultUseCaches(false);
        return url;
    }
}
