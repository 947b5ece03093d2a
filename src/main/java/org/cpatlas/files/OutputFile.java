package org.cpatlas.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.cpatlas.files.WriteRefusedException.Reason;

/**
 * Every file the atlas writes for the user (exports, the atlas PDF, tables) is written here, by one policy:
 * <ul>
 * <li>all or nothing: the content goes to a part file beside the target ({@link PartFiles}), is flushed to the disk
 * and only then renamed over the target, so a failure, a cancellation or a kill never leaves half a file; part files
 * that killed runs left in the folder are removed at the next write there;</li>
 * <li>a symbolic link is followed, as editors do: the file it leads to is replaced and the link is kept;</li>
 * <li>only a regular file is ever replaced: a named pipe, a device ({@code /dev/null}, {@code /dev/full}), a socket
 * or an open stream of a program ({@code /dev/stdout}) is refused in words, and so is a folder;</li>
 * <li>the files the atlas is using ({@link FilesInUse}) are never replaced, and an existing file that holds another
 * kind of content ({@link FileKind}: a database given a picture's name) only when the user confirmed it.</li>
 * </ul>
 * Everything is checked before the content is made, so a refused path fails before minutes of rendering.
 */
public final class OutputFile {

    /** The name that stands for standard output where a command allows it ({@code --out -}). */
    public static final String STANDARD_OUTPUT = "-";
    /** As Linux: more links than this in a row is taken for a loop. */
    private static final int MAX_LINKS = 40;

    /** Produces the content into the stream it is given. */
    @FunctionalInterface
    public interface Content<X extends Exception> {
        void writeTo(OutputStream out) throws IOException, X;
    }

    private OutputFile() {
    }

    /** Whether the path given is {@value #STANDARD_OUTPUT}, standard output (a file named so is {@code ./-}). */
    public static boolean isStandardOutput(Path path) {
        return path != null && path.toString().equals(STANDARD_OUTPUT);
    }

    /**
     * Checks that {@code target} may be written with content of this kind, and returns the file that will be
     * written: the target itself, or the file its links lead to.
     *
     * @throws WriteRefusedException with the reason in words ("Cannot write X: it is a named pipe, not a file.")
     */
    public static Path check(Path target, FileKind kind, WriteRules rules) throws WriteRefusedException {
        String shown = EchoedText.path(target);
        if (isStandardOutput(target)) {
            throw new WriteRefusedException(Reason.STANDARD_OUTPUT, "Cannot write '-': it stands for standard output,"
                    + " which this export cannot write to. To write a file named '-', give it as ./-");
        }
        Path file = followLinks(target.toAbsolutePath(), shown);
        if (!file.equals(target.toAbsolutePath())) {
            shown = shown + " (a link to " + EchoedText.path(file) + ")";
        }
        BasicFileAttributes attributes = attributes(file);
        if (attributes == null) {
            checkFolder(file, shown);
        } else if (attributes.isDirectory()) {
            throw new WriteRefusedException(Reason.FOLDER, "Cannot write " + shown + ": it is a folder. Give a file"
                    + " name, e.g. " + EchoedText.path(file.resolve("map." + extension(kind))) + ".");
        } else if (!attributes.isRegularFile()) {
            throw new WriteRefusedException(Reason.NOT_A_FILE, "Cannot write " + shown + ": it is " + special(file)
                    + ", not a file. Give the name of a file to write.");
        } else {
            checkFolder(file, shown);
            if (!Files.isWritable(file)) {
                throw new WriteRefusedException(Reason.READ_ONLY,
                        "Cannot write " + shown + ": the file exists and is read-only.");
            }
        }
        // Even a file not there yet: a layer put in the maps folder would be read at the next start.
        var inUse = rules.inUse().whatIs(file);
        if (inUse.isPresent()) {
            throw new WriteRefusedException(Reason.IN_USE, "Cannot write " + shown + ": it is " + inUse.get()
                    + ". Choose another name.");
        }
        if (attributes != null && !rules.replaceAnyKind()) {
            FileKind existing = kindOf(file);
            if (!kind.mayReplace(existing, file.getFileName().toString())) {
                String holds = existing.description() + ", not " + kind.description() + ".";
                throw new WriteRefusedException(Reason.OTHER_KIND, "Cannot write " + shown + ": it already holds "
                        + holds + " Choose another name.", shown + " already holds " + holds);
            }
        }
        return file;
    }

    /**
     * Writes the content to {@code target} by the policy above: checked first, then written whole or not at all.
     *
     * @throws WriteRefusedException when the target may not be written (nothing is made)
     * @throws IOException           when writing fails (the target is as it was, no part file is left)
     * @throws X                     when the content gives up (cancelled): the target is as it was
     */
    public static <X extends Exception> Path write(Path target, FileKind kind, WriteRules rules, Content<X> content)
            throws IOException, X {
        Path file = check(target, kind, rules);
        Path folder = file.getParent();
        PartFiles.removeLeftovers(folder);
        Path part = PartFiles.create(folder, file.getFileName().toString());
        boolean moved = false;
        // Ctrl-C during a command-line export: shutdown hooks still run, and the part file goes with them.
        part.toFile().deleteOnExit();
        try {
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                // On the disk before the rename: after a power cut the target is the old file or the new, whole.
                channel.force(true);
            }
            keepPermissions(file, part);
            recheck(file, target);
            move(part, file);
            moved = true;
            return file;
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // Nothing more can be done; the next write in this folder removes it (PartFiles).
                }
            }
        }
    }

    /**
     * The file the links lead to; a dangling link leads to the file it names, which is then created. Refused on the
     * way: a loop, and anything in /proc (where /dev/stdout and /dev/fd/N lead), whatever the stream it stands for
     * is, even a regular file: replacing it would cut the program writing there off from its output.
     */
    private static Path followLinks(Path path, String shown) throws WriteRefusedException {
        Path current = path;
        for (int hops = 0; ; hops++) {
            if (isProcessStream(current) || isProcessStream(realFolder(current))) {
                throw new WriteRefusedException(Reason.NOT_A_FILE, "Cannot write " + shown + ": it is an open stream"
                        + " of a program (such as standard output), not a file. Give the name of a file to write.");
            }
            if (!Files.isSymbolicLink(current)) {
                return current;
            }
            if (hops >= MAX_LINKS) {
                throw new WriteRefusedException(Reason.LINK_LOOP, "Cannot write " + shown + ": it is a symbolic link"
                        + " that leads back to itself (or through more than " + MAX_LINKS + " links). Fix or remove"
                        + " the link.");
            }
            try {
                current = current.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(current));
            } catch (IOException e) {
                return current;
            }
        }
    }

    /** The folder the file is in, its links followed (as it is when it does not exist). */
    private static Path realFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return file.toAbsolutePath();
        }
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    /** A path under /proc: /dev/stdout and /dev/fd/N lead there; its files are a program's streams, not files. */
    private static boolean isProcessStream(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.getNameCount() > 0 && absolute.getName(0).toString().equals("proc");
    }

    private static void checkFolder(Path file, String shown) throws WriteRefusedException {
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new WriteRefusedException(Reason.NO_FOLDER, "Cannot write " + shown + ": the folder "
                    + EchoedText.path(String.valueOf(folder)) + " does not exist. Create it or choose another folder.");
        }
        if (!Files.isWritable(folder)) {
            throw new WriteRefusedException(Reason.READ_ONLY, "Cannot write " + shown + ": the folder "
                    + EchoedText.path(folder) + " is read-only. Choose another folder.");
        }
    }

    /** Just before the rename: the target is still absent or a regular file (nothing swapped in meanwhile). */
    private static void recheck(Path file, Path target) throws WriteRefusedException {
        BasicFileAttributes now = attributes(file);
        if (now != null && !now.isRegularFile()) {
            throw new WriteRefusedException(Reason.NOT_A_FILE, "Cannot write " + EchoedText.path(target)
                    + ": it was replaced by " + special(file) + " while the export was written. Nothing was written.");
        }
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** What a file that is neither a folder nor a regular file is, in words, from its mode bits. */
    private static String special(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return switch (mode & 0170000) {
                case 0010000 -> "a named pipe";
                case 0020000 -> "a device";
                case 0060000 -> "a disk device";
                case 0140000 -> "a socket";
                case 0040000 -> "a folder";
                case 0120000 -> "a symbolic link";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    /** The kind of the existing file; one that cannot be read is of an unknown kind. */
    private static FileKind kindOf(Path file) {
        try {
            return FileKind.of(file);
        } catch (IOException e) {
            return FileKind.DATA;
        }
    }

    private static String extension(FileKind kind) {
        return kind.extension().isEmpty() ? "txt" : kind.extension();
    }

    /** A replaced file keeps its permissions, as with an editor; a new one gets the folder's defaults. */
    private static void keepPermissions(Path file, Path part) {
        try {
            if (Files.isRegularFile(file)) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                Files.setPosixFilePermissions(part, permissions);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system, or the file is not ours to read: the defaults will do.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
