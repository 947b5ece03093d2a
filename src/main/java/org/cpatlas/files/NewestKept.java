package org.cpatlas.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps the newest few entries of a cache folder, by modification time, and deletes the others, so that a cache
 * whose keys change (other maps, another theme, a new build) does not fill the disk. Caches mark an entry they use
 * as recent by setting its modification time.
 */
public final class NewestKept {

    private NewestKept() {
    }

    /**
     * Deletes all but the {@code kept} newest entries of {@code folder} that {@code which} accepts. A folder among
     * them is deleted with the files in it (a cache's folders hold files only); an entry whose time cannot be read
     * counts as the oldest.
     *
     * @throws IOException if the folder cannot be listed or an entry cannot be deleted
     */
    public static void prune(Path folder, DirectoryStream.Filter<? super Path> which, int kept) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(folder, which)) {
            all.forEach(entries::add);
        }
        if (entries.size() <= kept) {
            return;
        }
        entries.sort(Comparator.comparing(NewestKept::modified).reversed());
        for (Path old : entries.subList(kept, entries.size())) {
            if (Files.isDirectory(old)) {
                try (DirectoryStream<Path> inside = Files.newDirectoryStream(old)) {
                    for (Path file : inside) {
                        Files.deleteIfExists(file);
                    }
                }
            }
            Files.deleteIfExists(old);
        }
    }

    /** Marks an entry as used now, so that pruning keeps it; in a read-only cache, which is never pruned, nothing. */
    public static void markUsed(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // a read-only cache: it is only used, never pruned
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
