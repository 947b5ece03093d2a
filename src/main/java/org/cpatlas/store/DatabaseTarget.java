package org.cpatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The file a database path really names: symbolic links followed (so a link to a file not yet built gets the file
 * built where it points and stays a link, as editors treat links), and anything that is not a regular file or a
 * folder refused at once, in words (a named pipe, a device such as /dev/null, a socket), before SQLite waits on it
 * or writes into it.
 */
final class DatabaseTarget {

    /** More links in a chain than this is a loop, as the kernel's own limit (40) says. */
    private static final int MAX_LINKS = 40;

    private DatabaseTarget() {
    }

    /**
     * The path with its links followed; the last target may not exist yet.
     *
     * @throws AtlasStoreException when the links loop or cannot be read, or the target is a special file: the message
     *                             says what it is and is meant to be followed by what the atlas does instead
     */
    static Path resolve(Path given) {
        Path path = given.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == MAX_LINKS) {
                throw new AtlasStoreException(given + " is a symbolic link that leads round in a loop");
            }
            try {
                Path target = Files.readSymbolicLink(path);
                // Relative to the link's real folder: ".." in the target must climb from there, not from the name.
                path = path.getParent().toRealPath().resolve(target).normalize();
            } catch (IOException e) {
                throw new AtlasStoreException("the symbolic link " + given + " cannot be read (" + FileErrors.describe(e) + ")");
            }
        }
        String kind = specialKind(path);
        if (kind != null) {
            throw new AtlasStoreException((path.equals(given.toAbsolutePath().normalize()) ? given.toString()
                    : given + " (a link to " + path + ")") + " is " + kind + ", not a database file");
        }
        return path;
    }

    /** "a named pipe", "a device", ... for a file that exists and is neither a regular file nor a folder; else null. */
    static String specialKind(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return switch (mode & 0170000) {
                case 0010000 -> "a named pipe";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }
}
