package org.cpatlas.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** The words for a failed read or write, as the user should read them: never the exception's class name. */
public final class FileErrors {

    private static final String[] DISK_FULL = {"No space left on device", "Disk quota exceeded",
        "There is not enough space on the disk"};

    private FileErrors() {
    }

    /**
     * What went wrong, as the end of a sentence that names the file: "the disk is full (No space left on device).
     * Free some space or choose another drive."
     */
    public static String describe(IOException e) {
        String full = diskFull(e);
        if (full != null) {
            return "the disk is full (" + full + "). Free some space or choose another drive.";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied.";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist.";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + ".";
        }
        // An IOException's own message may name a path or carry a library's words; both are shown made safe.
        String message = e.getMessage();
        return message == null || message.isBlank() ? "the system reported an input/output error."
                : EchoedText.line(message) + (message.endsWith(".") ? "" : ".");
    }

    /** The system's words for a full disk or an exhausted quota (ENOSPC, EDQUOT, Windows), or null. */
    public static String diskFull(IOException e) {
        String text = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (text == null) {
            return null;
        }
        for (String known : DISK_FULL) {
            if (text.contains(known)) {
                return known;
            }
        }
        return null;
    }
}
