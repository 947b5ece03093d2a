package org.cpatlas.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A resource of the application's jar as a file in the user's cache: copied there once, found there after. */
public final class CachedResource {

    /** Age past which an earlier version's part file in the cache is surely abandoned. */
    static final java.time.Duration EARLIER_VERSION_PART_AGE = java.time.Duration.ofHours(1);

    private CachedResource() {
    }

    /**
     * The file {@code name} in {@code directory}, copied from {@code resource} when it is not there yet (the resource
     * is only looked for then). The name must
     * stand for the resource's content (its size and checksum, or a version): a file of that name, and of
     * {@code size} bytes when that is known (not -1), is taken as the copy. The copy is written whole under another
     * name and then renamed, so two starts at once, or one stopped midway, never leave a partial file under the name;
     * the part files of copies killed midway are removed at the next start ({@link PartFiles}).
     *
     * @throws IOException when the resource cannot be read or the directory written; the caller then reads the
     *                     resource itself
     */
    public static Path copyOnce(Path directory, String name, long size, Source resource) throws IOException {
        Path file = directory.resolve(name);
        if (Files.isRegularFile(file) && (size < 0 || Files.size(file) == size)) {
            removeLeftovers(directory, name);
            return file;
        }
        Files.createDirectories(directory);
        removeLeftovers(directory, name);
        Path partial = PartFiles.create(directory, name);
        try (InputStream in = resource.open()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return file;
    }

    /**
     * Part files of copies that a killed start left in the cache: those named as {@link PartFiles} names them, and
     * those of earlier versions (NAME, a number, .part), which were made by {@code Files.createTempFile} without
     * the writer's process id and so are removed once an hour old (a copy takes well under a second).
     */
    private static void removeLeftovers(Path directory, String name) {
        if (Files.isDirectory(directory)) {
            PartFiles.removeLeftovers(directory, other -> other.startsWith(name)
                    && other.substring(name.length()).matches("-?\\d+\\.part"), EARLIER_VERSION_PART_AGE);
        }
    }

    /** Opens the resource to copy. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }
}
