package org.cpatlas.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files a database build works in ({@code atlas.db.building-<pid>-<uuid>} and SQLite's {@code -journal},
 * {@code -wal} and {@code -shm} beside it), and their removal at the next start when the atlas that made them was
 * killed before it finished. Only files of exactly that name are touched, and only once the process that wrote them is
 * gone: another atlas building at the same moment keeps its file.
 */
final class BuildLeftovers {

    private static final Logger LOG = LoggerFactory.getLogger(BuildLeftovers.class);
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private BuildLeftovers() {
    }

    /** A new name to build the database in, beside it: it names this process so a later start can tell it is gone. */
    static Path buildingFile(Path database) {
        return database.resolveSibling(database.getFileName() + ".building-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID());
    }

    /** Deletes the leftovers of builds of this database whose process is gone; returns how many files went. */
    static int clean(Path database) {
        Path dir = database.getParent();
        Pattern ours = Pattern.compile(Pattern.quote(database.getFileName().toString())
                + "\\.building-(?:(\\d{1,10})-)?" + UUID_PATTERN + "(?:-journal|-wal|-shm)?");
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                Matcher m = ours.matcher(file.getFileName().toString());
                if (m.matches() && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && writerIsGone(m.group(1), Files.getLastModifiedTime(file).toInstant())) {
                    Files.deleteIfExists(file);
                    LOG.info("Deleted {}, left by an atlas that stopped while building its database", file);
                    deleted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Leftovers cost disk space, nothing else: never let them stop the start.
            LOG.debug("Could not clean the leftovers of earlier builds in {}", dir, e);
        }
        return deleted;
    }

    /**
     * Deletes the journal files of a database that is not there (a file deleted while SQLite's journal was left
     * beside it): a journal of a file that is gone restores nothing, but beside a new file of the same name SQLite
     * would take it for that file's unfinished write and replay it, damaging the new file. SQLite deletes such a
     * journal itself when the file beside it is empty; the atlas's build puts a whole file in place at once.
     */
    static void cleanOrphanJournals(Path database) {
        if (Files.exists(database, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        for (String suffix : new String[] {"-journal", "-wal", "-shm"}) {
            Path companion = database.resolveSibling(database.getFileName() + suffix);
            try {
                if (Files.isRegularFile(companion, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.deleteIfExists(companion)) {
                    LOG.info("Deleted {}, the journal of a database that is no longer there", companion);
                }
            } catch (IOException e) {
                LOG.debug("Could not delete {}", companion, e);
            }
        }
    }

    /**
     * The process that wrote the file is gone when no process has its id, or the one that has it started after the
     * file was last written (the id was given again). A name without an id comes from an older atlas: it is gone
     * when the file is older than this process.
     */
    private static boolean writerIsGone(String pid, Instant lastWritten) {
        if (pid == null) {
            return ProcessHandle.current().info().startInstant().map(lastWritten::isBefore).orElse(false);
        }
        Optional<ProcessHandle> writer = ProcessHandle.of(Long.parseLong(pid));
        if (writer.isEmpty() || !writer.get().isAlive()) {
            return true;
        }
        return writer.get().info().startInstant().map(started -> started.isAfter(lastWritten)).orElse(false);
    }
}
