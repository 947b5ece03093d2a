package org.cpatlas.store;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database files that passed the check at start, so that a file nobody has written since is not checked again at
 * every start (the check costs a fifth of a second of a command's processor time on a cold JVM). A file is known by
 * its identity on disk: path, size, modification and change time, inode and device; any write, a {@code touch}, a
 * copy over it, changes one of them, and SQLite's own journal beside it means a write is under way. Entries name the
 * atlas build and data they were checked with, so another build or other bundled data checks again.
 *
 * <p>Kept in the user's cache folder ({@value #FILE_NAME}); a memo that cannot be read or written is no memo: the
 * file is checked, nothing else changes.
 */
final class CheckMemo {

    static final String FILE_NAME = "checked-databases";
    /** No memo: every start checks (tests, and a cache folder that cannot be used). */
    static final CheckMemo NONE = new CheckMemo(null, "");

    private static final Logger LOG = LoggerFactory.getLogger(CheckMemo.class);
    private static final int KEPT = 16;

    private final Path memoFile;
    private final String atlasKey;

    private CheckMemo(Path memoFile, String atlasKey) {
        this.memoFile = memoFile;
        this.atlasKey = atlasKey;
    }

    /** A memo in the cache folder, for checks made by this atlas build against this bundled data. */
    static CheckMemo in(Path cacheDirectory, String dataChecksum) {
        String build = buildIdentity();
        if (cacheDirectory == null || build == null) {
            return NONE;
        }
        return new CheckMemo(cacheDirectory.resolve(FILE_NAME), dataChecksum + " " + build);
    }

    /** True when this file, unchanged, passed the check of this build and data before. */
    boolean passed(Path database) {
        if (memoFile == null) {
            return false;
        }
        String identity = identity(database);
        return identity != null && MemoLines.read(memoFile).contains(identity + "\t" + atlasKey);
    }

    /** Records that the file, as it is now, passed the check. */
    void remember(Path database) {
        String identity = identity(database);
        if (memoFile == null || identity == null) {
            return;
        }
        List<String> lines = new ArrayList<>(MemoLines.read(memoFile));
        lines.removeIf(line -> line.startsWith(identity + "\t") || line.startsWith(database + "\t"));
        lines.add(identity + "\t" + atlasKey);
        try {
            MemoLines.writeNewest(memoFile, lines, KEPT);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not record the checked database in {}", memoFile, e);
        }
    }

    /** The file's identity on disk, or null when it cannot be told (no Unix attributes, a journal beside it). */
    static String identity(Path database) {
        for (String suffix : new String[] {"-journal", "-wal"}) {
            if (Files.exists(database.resolveSibling(database.getFileName() + suffix), LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
        }
        try {
            Map<String, Object> a = Files.readAttributes(database, "unix:size,lastModifiedTime,ctime,ino,dev");
            return database + "\t" + a.get("size") + " " + a.get("lastModifiedTime") + " " + a.get("ctime") + " "
                    + a.get("ino") + " " + a.get("dev");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * This build of the atlas: the size and time of the jar the check is loaded from, or, run from a folder of classes
     * (development), the newest class of this package; null when it cannot be told, and then nothing is remembered.
     */
    private static String buildIdentity() {
        URL url = CheckMemo.class.getResource(CheckMemo.class.getSimpleName() + ".class");
        try {
            if (url != null && "jar".equals(url.getProtocol())) {
                String file = url.getPath();
                Path jar = Path.of(new java.net.URI(file.substring(0, file.indexOf("!/"))));
                return Files.size(jar) + "@" + Files.getLastModifiedTime(jar).toMillis();
            }
            if (url != null && "file".equals(url.getProtocol())) {
                try (var classes = Files.list(Path.of(url.toURI()).getParent())) {
                    return "classes@" + classes.mapToLong(CheckMemo::modified).max().orElse(0);
                }
            }
            return null;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
