package org.cpatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Moves a database file that cannot be used out of the way, bytes untouched, under a name that says why and when
 * ({@code atlas.db.corrupt-20240501-101530}), with the journal files SQLite keeps beside it, which it would otherwise
 * replay into the new file. For any database file: the atlas's own copy before it is built again, or a user's file
 * that must be named in the message and never be lost.
 */
final class MovedAside {

    /** Why a file is moved: the suffix its new name gets. */
    enum Reason {
        /** SQLite cannot read it: the bytes are damaged, or it is not an SQLite file at all. */
        DAMAGED("corrupt"),
        /** SQLite reads it, but it is not what the atlas built or needs. */
        INVALID("invalid");

        private final String suffix;

        Reason(String suffix) {
            this.suffix = suffix;
        }
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private MovedAside() {
    }

    /** Moves the file and its journals; returns the file's new path (never an existing file's). */
    static Path move(Path file, Reason reason, Instant when) throws IOException {
        String stamp = STAMP.format(when);
        String base = file.getFileName() + "." + reason.suffix + "-" + stamp;
        Path aside = file.resolveSibling(base);
        for (int n = 1; Files.exists(aside, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
            aside = file.resolveSibling(base + "-" + n);
        }
        Files.move(file, aside);
        for (String suffix : List.of("-journal", "-wal", "-shm")) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(companion, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        return aside;
    }
}
