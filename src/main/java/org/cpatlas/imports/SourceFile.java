package org.cpatlas.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The file a table was read from, as its provenance: path, name, size and SHA-256 of its bytes, taken in one pass
 * before the table is read, so that the stored digest names exactly the bytes read (a file changed meanwhile is
 * noticed: see {@link #checkUnchanged()}).
 *
 * @param path   where it was read
 * @param name   its file name
 * @param size   bytes
 * @param sha256 lower-case hex digest of the bytes
 */
public record SourceFile(Path path, String name, long size, String sha256) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Reads the file once for its digest; fails in words when it is missing, a folder or unreadable. */
    public static SourceFile of(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            throw new ImportException(name, path + " is a folder, not a table; choose a .csv or .xlsx file");
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
                size = in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return new SourceFile(path, name, size, HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchFileException e) {
            throw new ImportException(name, "there is no file " + path + "; check the name and the folder");
        } catch (AccessDeniedException e) {
            throw new ImportException(name, "the file " + path + " cannot be read (permission denied); "
                    + "allow reading it, or copy it somewhere readable");
        } catch (IOException e) {
            if (Files.isSymbolicLink(path)) {
                // A link that leads nowhere is NoSuchFileException above; one that gets here leads round in a loop,
                // and the system's "Too many levels of symbolic links" says nothing of what to do.
                throw new ImportException(name, path + " is a symbolic link that leads round in a loop; import the"
                        + " file itself, or mend the link");
            }
            throw new ImportException(name, "the file " + path + " cannot be read (" + e.getMessage()
                    + "); close the program that holds it, or copy it and import the copy");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Fails when the file is gone or its bytes are no longer those read: an import must store what was previewed.
     */
    public void checkUnchanged() {
        SourceFile now;
        try {
            now = of(path);
        } catch (ImportException e) {
            throw new ImportException(name, "the file was removed or locked while it was imported ("
                    + e.getMessage().replace(" (nothing was imported)", "") + "); import it again");
        }
        if (!now.sha256.equals(sha256)) {
            throw new ImportException(name, "the file changed while it was imported; import it again to see its"
                    + " new content first");
        }
    }

    /** The first 12 hex digits, for lists. */
    public String shortDigest() {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }
}
