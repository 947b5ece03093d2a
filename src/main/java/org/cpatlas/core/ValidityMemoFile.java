package org.cpatlas.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.cpatlas.geo.ValidityMemo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fingerprints of map layers already found valid, one per line in a file of the user's cache directory, so the
 * polygon validity check runs once per layer content instead of at every start. A cache and nothing more: an
 * unreadable or unwritable file only means the check runs again.
 */
final class ValidityMemoFile implements ValidityMemo {

    private static final Logger LOG = LoggerFactory.getLogger(ValidityMemoFile.class);

    private final Path file;
    private final Set<String> known = new HashSet<>();

    ValidityMemoFile(Path file) {
        this.file = file;
        try {
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                    // Only the current form of key: lines of another form (older digests, damage) are skipped,
                    // which only means those layers are validated once more.
                    if (line.matches("crc64/[0-9]+:[0-9a-f]+/[0-9]+:[0-9a-f]+/[0-9A-Za-z.+-]+")) {
                        known.add(line);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot read {}; layers will be validated", file, e);
        }
    }

    /** The memo in the user's cache directory. */
    static ValidityMemoFile inCache(UserDirectories dirs) {
        return new ValidityMemoFile(dirs.cacheDirectory().resolve("valid-layers.txt"));
    }

    @Override
    public synchronized boolean isKnownValid(String digest) {
        return known.contains(digest);
    }

    @Override
    public synchronized void rememberValid(String digest) {
        if (!known.add(digest)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, digest + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot write {}; layers will be validated again next time", file, e);
        }
    }
}
