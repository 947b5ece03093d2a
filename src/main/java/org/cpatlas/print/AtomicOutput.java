package org.cpatlas.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file all-or-nothing: the content goes to a hidden temporary file in the target's folder and is moved
 * over the target only once complete, so a failure or a cancellation never leaves a truncated export behind.
 * The target is checked first, so an unwritable path fails before minutes of rendering, with a message that
 * says what to do.
 */
public final class AtomicOutput {

    /** Produces the content into the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException, ExportCancelledException;
    }

    private AtomicOutput() {
    }

    /** Fails with a user-facing message when the file cannot be written, before any work is done. */
    public static void checkWritable(Path target) throws ExportException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new ExportException("Cannot write " + target + ": it is a folder. Give a file name, e.g. "
                    + absolute.resolve("map.pdf") + ".");
        }
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("Cannot write " + target + ": the folder " + dir
                    + " does not exist. Create it or choose another folder.");
        }
        if (!Files.isWritable(dir)) {
            throw new ExportException("Cannot write " + target + ": the folder " + dir
                    + " is read-only. Choose another folder.");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new ExportException("Cannot write " + target + ": the file exists and is read-only.");
        }
    }

    /** Writes the content to the target atomically; on any failure or cancellation the target is untouched. */
    public static void write(Path target, Content content) throws ExportException, ExportCancelledException {
        checkWritable(target);
        Path absolute = target.toAbsolutePath();
        // Not Files.createTempFile: its 0600 permissions would stay on the export after the move.
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime())
                + ".part");
        boolean moved = false;
        // Ctrl-C during a command-line export: shutdown hooks still run, and the hidden .part file goes with them.
        temp.toFile().deleteOnExit();
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            move(temp, absolute);
            moved = true;
        } catch (IOException e) {
            throw new ExportException("Cannot write " + target + ": " + describe(e), e);
        } catch (RuntimeException e) {
            // A bug in a writer must still not leave a half-written file; the cause stays attached for the log.
            throw new ExportException("Export to " + target + " failed: " + e, e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Nothing more can be done; the temporary file is hidden and named *.part.
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String describe(IOException e) {
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
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** The system's words for a full disk or an exhausted quota (ENOSPC, EDQUOT, Windows), or null. */
    private static String diskFull(IOException e) {
        String text = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (text == null) {
            return null;
        }
        for (String known : new String[] {"No space left on device", "Disk quota exceeded",
            "There is not enough space on the disk"}) {
            if (text.contains(known)) {
                return known;
            }
        }
        return null;
    }
}
