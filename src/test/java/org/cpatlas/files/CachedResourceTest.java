package org.cpatlas.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resource is copied into the cache once, whole, and read from there after. */
class CachedResourceTest {

    @TempDir
    Path dir;

    @Test
    void theCopyIsMadeOnceAndTheResourceNotOpenedAgain() throws Exception {
        Path cache = dir.resolve("cache");
        Path copy = CachedResource.copyOnce(cache, "lib-1.so", 3, () -> new ByteArrayInputStream(new byte[] {1, 2, 3}));
        assertThat(copy).isRegularFile().hasBinaryContent(new byte[] {1, 2, 3});
        Files.setLastModifiedTime(copy, FileTime.fromMillis(0));

        Path again = CachedResource.copyOnce(cache, "lib-1.so", 3, () -> {
            throw new AssertionError("the resource is opened although its copy is there");
        });
        assertThat(again).isEqualTo(copy);
        assertThat(Files.getLastModifiedTime(copy).toMillis()).as("not written again").isZero();
    }

    @Test
    void aCopyOfAnotherSizeIsMadeAgain() throws Exception {
        Files.createDirectories(dir);
        Files.write(dir.resolve("font.ttf"), new byte[] {1, 2}); // cut short, say, by a full disk
        Path copy = CachedResource.copyOnce(dir, "font.ttf", 4, () -> new ByteArrayInputStream(new byte[] {5, 6, 7, 8}));
        assertThat(copy).hasBinaryContent(new byte[] {5, 6, 7, 8});
    }

    @Test
    void aResourceThatFailsMidwayLeavesNoFileUnderItsName() throws Exception {
        Path cache = dir.resolve("cache");
        assertThatThrownBy(() -> CachedResource.copyOnce(cache, "lib.so", -1, () -> new java.io.InputStream() {
            private boolean gaveSome;

            @Override
            public int read() {
                throw new UnsupportedOperationException("read in blocks");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (gaveSome) {
                    throw new IOException("the jar went away");
                }
                gaveSome = true;
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) 7);
                return length;
            }
        })).isInstanceOf(IOException.class).hasMessageContaining("the jar went away");
        try (var files = Files.list(cache)) {
            assertThat(files).as("neither the copy nor its partial file").isEmpty();
        }
    }

    @Test
    void anUnwritableCacheIsAnIoException() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("cache"), "a file where the cache should be");
        assertThatThrownBy(() -> CachedResource.copyOnce(notADirectory, "lib.so", -1,
                () -> new ByteArrayInputStream(new byte[] {1}))).isInstanceOf(IOException.class);
    }
}
