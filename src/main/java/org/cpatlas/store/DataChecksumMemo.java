package org.cpatlas.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SHA-256 of the bundled data ({@link DataBundle#checksum}), remembered in the user's cache by the identity on
 * disk of the jar the data is read from: its path, size, modification and change time, inode and device. Any write of
 * the jar (a new build installed over it, a file copied over it, an edit in place that puts its time back) changes its
 * change time or inode, and the data is hashed again; so a database built from other data is still found and rebuilt.
 * Hashing the 320 KB at every start cost 20-35 ms of processor time before the window's first frame, on a loaded
 * machine.
 *
 * <p>Data read from a folder (development, tests) is hashed every time: its files can change without any jar changing.
 * A memo that cannot be read or written is no memo: the data is hashed, nothing else changes.
 */
final class DataChecksumMemo {

    static final String FILE_NAME = "bundled-data-checksum";
    /** No memo: the data is hashed at every start (no cache folder). */
    static final DataChecksumMemo NONE = new DataChecksumMemo(null);

    private static final Logger LOG = LoggerFactory.getLogger(DataChecksumMemo.class);
    /** A few installed versions or builds side by side (each its own jar) keep their lines. */
    private static final int KEPT = 8;
    private static final int SHA256_HEX = 64;

    private final Path memoFile;

    private DataChecksumMemo(Path memoFile) {
        this.memoFile = memoFile;
    }

    /** A memo in the cache folder, or none when there is no cache folder. */
    static DataChecksumMemo in(Path cacheDirectory) {
        return cacheDirectory == null ? NONE : new DataChecksumMemo(cacheDirectory.resolve(FILE_NAME));
    }

    /** The bundle's checksum: remembered when its jar is as it was when hashed, else computed (and remembered). */
    String checksumOf(DataBundle bundle) {
        String key = memoFile == null ? null : bundle.archive().map(CheckMemo::identity)
                .map(identity -> identity + "\t" + bundle.description() + "\t").orElse(null);
        if (key == null) {
            return bundle.checksum();
        }
        List<String> lines = MemoLines.read(memoFile);
        for (String line : lines) {
            if (line.startsWith(key) && isSha256(line.substring(key.length()))) {
                return line.substring(key.length());
            }
        }
        String checksum = bundle.checksum();
        remember(lines, key, checksum);
        return checksum;
    }

    private void remember(List<String> lines, String key, String checksum) {
        String path = key.substring(0, key.indexOf('\t') + 1);
        List<String> kept = new ArrayList<>(lines);
        kept.removeIf(line -> line.startsWith(path));
        kept.add(key + checksum);
        // Written in place, as the memo of checked databases: a line cut short is no line, never a wrong checksum.
        try {
            MemoLines.writeNewest(memoFile, kept, KEPT);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not remember the bundled data's checksum in {}", memoFile, e);
        }
    }

    private static boolean isSha256(String text) {
        if (text.length() != SHA256_HEX) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!HexFormat.isHexDigit(text.charAt(i)) || Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
