package org.cpatlas.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.cpatlas.files.NewestKept;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Region tiles kept on disk as their runs ({@link RunLengthTile}), one folder per look, so that a start shows the
 * first view's regions without drawing them again: drawing them took 250-300 ms of processor time at every start,
 * shared with the JavaFX thread's first styling and layout. A look is named by everything the tiles' pixels depend
 * on, the build of the atlas included, so a tile is only ever shown for the very look and code that drew it. A cache
 * and nothing more: a tile missing, damaged or unwritable is drawn as before.
 */
public final class RegionTileDisk {

    private static final Logger LOG = LoggerFactory.getLogger(RegionTileDisk.class);
    /** Looks kept: a theme or two, each with a region indicator or two. */
    static final int KEPT_LOOKS = 8;

    /** Keeps nothing: every tile is drawn. */
    public static final RegionTileDisk NONE = new RegionTileDisk(null, null, null);

    private final Path root;
    private final String lookKey;
    private final Path folder;
    /**
     * Whether the folder is ready for this look: null until the first tile read or written here (on a drawing
     * thread) makes it; false when it cannot be used. A look change only names it: creating, checking and pruning
     * folders were file operations on the JavaFX thread.
     */
    private volatile Boolean usable;

    private RegionTileDisk(Path root, String lookKey, Path folder) {
        this.root = root;
        this.lookKey = lookKey;
        this.folder = folder;
    }

    /**
     * The tiles of the look {@code lookKey} under {@code root}. Nothing is done on disk until a tile is read or
     * written: then the look's folder is made, marked as used, checked to be this look's, and the other looks'
     * folders pruned to the newest few.
     */
    static RegionTileDisk of(Path root, String lookKey) {
        return new RegionTileDisk(root, lookKey,
                root.resolve(org.cpatlas.files.TwoChecksums.hex(lookKey.getBytes(StandardCharsets.UTF_8))));
    }

    /** Makes the look's folder at the first tile read or written, once; false if tiles cannot be kept in it. */
    private boolean opened() {
        Boolean ready = usable;
        if (ready == null) {
            synchronized (this) {
                if (usable == null) {
                    usable = open();
                }
                ready = usable;
            }
        }
        return ready;
    }

    private boolean open() {
        try {
            Files.createDirectories(folder);
            Files.setLastModifiedTime(folder, FileTime.fromMillis(System.currentTimeMillis()));
            NewestKept.prune(root, Files::isDirectory, KEPT_LOOKS);
            // Two keys with one folder name would share tiles: the key is kept beside them and must match.
            Path named = folder.resolve("look.txt");
            if (!Files.exists(named)) {
                Files.writeString(named, lookKey);
            } else if (!Files.readString(named).equals(lookKey)) {
                return false;
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot keep region tiles in {}; they are drawn at every start", folder, e);
            return false;
        }
    }

    /** The tile's runs as kept ({@link RunLengthTile#NOTHING} for a tile with nothing drawn), or null. */
    byte[] read(int zoom, long x, long y) {
        if (folder == null || !opened()) {
            return null;
        }
        return TileRunsFile.read(fileOf(zoom, x, y));
    }

    /** Keeps the tile's runs; a tile that cannot be written is drawn again next time. */
    void write(int zoom, long x, long y, byte[] runs) {
        if (folder == null || !opened()) {
            return;
        }
        Path file = fileOf(zoom, x, y);
        try {
            org.cpatlas.files.PartFiles.writeWhole(file, TileRunsFile.bytesOf(runs));
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot keep region tile {}/{}/{}", zoom, x, y, e);
        }
    }

    private Path fileOf(int zoom, long x, long y) {
        return folder.resolve(zoom + "-" + x + "-" + y + ".runs");
    }
}
