package org.cpatlas.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary files a write leaves beside its target until it is complete, and their removal when a killed run
 * left some behind. A part file is named {@code .NAME.atlas-PID-RANDOM.part}: hidden, named after what it was to
 * become, and carrying the id of the process writing it. Only files named so are ever removed, and only once that
 * process has ended (or, should its id have been reused, once the file has not changed for a day), so a user's
 * own file, or the part file of an export still running in another atlas, is never touched.
 */
public final class PartFiles {

    private static final Logger LOG = LoggerFactory.getLogger(PartFiles.class);
    private static final Pattern OURS = Pattern.compile("\\..*\\.atlas-(\\d{1,10})-[0-9a-f]{1,16}\\.part");
    /** Longer than any write takes; a part file untouched this long is left over whoever made it. */
    static final Duration ABANDONED = Duration.ofDays(1);
    /** Characters of the target's name kept in the part file's name, so it stays within a file name's 255 bytes. */
    private static final int NAME_CHARS = 40;

    private PartFiles() {
    }

    /** A new, empty part file in {@code folder} for the file named {@code target}, created by this process. */
    public static Path create(Path folder, String target) throws IOException {
        String name = target.length() > NAME_CHARS ? target.substring(0, NAME_CHARS) : target;
        while (true) {
            Path part = folder.resolve("." + name + ".atlas-" + ProcessHandle.current().pid() + "-"
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".part");
            try {
                return Files.createFile(part);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another write of the same name at the same moment: draw again
            }
        }
    }

    /**
     * Writes {@code bytes} as {@code file}, whole: into a part file beside it, then moved over it in one step, so that
     * a reader (another start of the atlas) finds the old file or the new one, never half of one, even if this run is
     * killed mid-write. The part file is removed when the write fails (a full disk). The folder must exist.
     */
    public static void writeWhole(Path file, byte[] bytes) throws IOException {
        Path part = create(file.getParent(), file.getFileName().toString());
        try {
            Files.write(part, bytes);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException removing) {
                e.addSuppressed(removing);
            }
            throw e;
        }
    }

    /** Whether the file name is that of a part file of the atlas. */
    public static boolean isPartFileName(String name) {
        return OURS.matcher(name).matches();
    }

    /** Removes the atlas's part files left in {@code folder} by runs that ended; returns how many. Never throws. */
    public static int removeLeftovers(Path folder) {
        return removeLeftovers(folder, name -> false, Duration.ZERO);
    }

    /**
     * As {@link #removeLeftovers(Path)}, and also the files whose names {@code alsoOurs} accepts (names an earlier
     * version gave its part files, in a folder only the atlas writes in) once they are {@code olderThan} old.
     */
    static int removeLeftovers(Path folder, Predicate<String> alsoOurs, Duration olderThan) {
        int removed = 0;
        Instant now = Instant.now();
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*.part")) {
            for (Path part : parts) {
                String name = part.getFileName().toString();
                try {
                    BasicFileAttributes attributes = Files.readAttributes(part, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    Instant changed = attributes.lastModifiedTime().toInstant();
                    boolean leftover = attributes.isRegularFile() && (isLeftover(name, changed, now)
                            || alsoOurs.test(name) && changed.isBefore(now.minus(olderThan)));
                    if (leftover && Files.deleteIfExists(part)) {
                        removed++;
                    }
                } catch (IOException | SecurityException e) {
                    LOG.debug("cannot remove the part file {}", part, e);
                }
            }
        } catch (IOException | SecurityException e) {
            LOG.debug("cannot look for part files in {}", folder, e);
        }
        return removed;
    }

    /** One of ours, and its writer has ended (or it was abandoned a day ago). */
    static boolean isLeftover(String name, Instant changed, Instant now) {
        Matcher ours = OURS.matcher(name);
        if (!ours.matches()) {
            return false;
        }
        if (changed.isBefore(now.minus(ABANDONED))) {
            return true;
        }
        long pid = Long.parseLong(ours.group(1));
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }
}
