package org.cpatlas.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A file operation's failure in words for a message: "permission denied", "no space left on device". Java's own
 * messages name only the path for some failures (an {@link AccessDeniedException} says "/data/atlas.db" and nothing
 * more), and must never show a class name.
 */
final class FileErrors {

    private FileErrors() {
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "a folder on the way does not exist";
        }
        if (e instanceof NotDirectoryException) {
            return "a file stands where a folder is needed";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is already there";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
