package org.cpatlas.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A resource of the application's jar as a file in the user's cache: copied there once, found there after. */
public final class CachedResource {

    private CachedResource() {
    }

    /**
     * The file {@code name} in {@code directory}, copied from {@code resource} when it is not there yet (the resource
     * is only looked for then). The name must
     * stand for the resource's content (its size and checksum, or a version): a file of that name, and of
     * {@code size} bytes when that is known (not -1), is taken as the copy. The copy is written whole under another
     * name and then renamed, so two starts at once, or one stopped midway, never leave a partial file under the name.
     *
     * @throws IOException when the resource cannot be read or the directory written; the caller then reads the
     *                     resource itself
     */
    public static Path copyOnce(Path directory, String name, long size, Source resource) throws IOException {
        Path file = directory.resolve(name);
        if (Files.isRegularFile(file) && (size < 0 || Files.size(file) == size)) {
            return file;
        }
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, name, ".part");
        try (InputStream in = resource.open()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return file;
    }

    /** Opens the resource to copy. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }
}
