package org.cpatlas.geo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import org.cpatlas.geo.ShapefileException.Reason;

/**
 * A file of a layer on disk, looked at before it is opened: only a regular file is read (a named pipe would keep the
 * atlas waiting for a writer, a device such as /dev/zero never ends), and never more bytes than asked for, so a file
 * that grows while it is read cannot fill the memory either.
 */
final class PartFile {

    private final Path path;
    private final long size;

    private PartFile(Path path, long size) {
        this.path = path;
        this.size = size;
    }

    /**
     * The file at {@code path}, which exists; links are followed, as a user who links a layer into a folder means.
     *
     * @throws ShapefileException when it is a directory or not a regular file, or cannot be looked at
     */
    static PartFile of(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw cannotRead(path, e);
        }
        if (attributes.isDirectory()) {
            throw new ShapefileException(Reason.NOT_A_FILE, path.toString(),
                    path + " is a directory, not a file; remove or rename it and put the layer's file there");
        }
        if (!attributes.isRegularFile()) {
            String what = describeSpecial(path);
            throw new ShapefileException(Reason.NOT_A_FILE, path.toString(), path + what + ", not a regular file;"
                    + " the atlas reads map layers only from regular files (a pipe or a device can keep it waiting"
                    + " forever or never end): copy the layer's files themselves into the folder");
        }
        return new PartFile(path, attributes.size());
    }

    String label() {
        return path.toString();
    }

    long size() {
        return size;
    }

    /** The first {@code n} bytes (fewer if the file is shorter), with the file's size, for the header checks. */
    PartHead head(int n) {
        byte[] bytes = read(Math.min(n, size));
        return new PartHead(label(), ByteBuffer.wrap(bytes), size);
    }

    /** The file's bytes, at most {@code length} of them; fewer if it shrank since it was looked at. */
    ShapefilePart readAll(long length) {
        return new ShapefilePart(label(), read(length));
    }

    private byte[] read(long length) {
        int wanted = (int) Math.min(Math.max(0, length), Integer.MAX_VALUE - 8);
        try (SeekableByteChannel channel = Files.newByteChannel(path)) {
            ByteBuffer buffer = ByteBuffer.allocate(wanted);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read until full or at the end of the file
            }
            return buffer.hasRemaining() ? Arrays.copyOf(buffer.array(), buffer.position()) : buffer.array();
        } catch (IOException e) {
            throw cannotRead(path, e);
        }
    }

    /** " is a named pipe", or " links to /dev/zero, a character device", as the file system says. */
    private static String describeSpecial(Path path) {
        String kind;
        try {
            int type = ((Integer) Files.getAttribute(path, "unix:mode")) & 0170000;
            kind = switch (type) {
                case 0010000 -> "a named pipe";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            kind = "a special file (a pipe, a device or a socket)";
        }
        if (Files.isSymbolicLink(path)) {
            try {
                return " links to " + path.toRealPath() + ", " + kind;
            } catch (IOException e) {
                return " links to " + kind;
            }
        }
        return " is " + kind;
    }

    private static ShapefileException cannotRead(Path file, IOException e) {
        return new ShapefileException(Reason.READ_ERROR, file.toString(), "Cannot read " + file + " ("
                + why(e) + "); check that the file exists and that you may read it", e);
    }

    /** The reason in words: a file-system exception's message is often only the path again. */
    private static String why(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it no longer exists";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
