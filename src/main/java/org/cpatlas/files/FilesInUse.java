package org.cpatlas.files;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Files the running atlas is using, which nothing it writes for the user may replace, whatever the user confirms:
 * the database it has open (and SQLite's journal beside it), the map layers it read (every .shp, .shx, .dbf, .prj
 * and .cpg in their folder, whether there now or not, since a file put there is read at the next start) and the
 * program itself (its jars on the class path and the java binary). A file is matched by identity (device and inode),
 * so another spelling, a link or a hard link to it is matched too.
 *
 * @param files        single files, each with what it is in words ("the atlas database in use")
 * @param layerFolders folders of map layers in use
 */
public record FilesInUse(List<InUse> files, List<Path> layerFolders) {

    /** The parts of a layer the atlas reads; a file of these extensions in a folder of layers in use is kept. */
    static final Set<String> LAYER_EXTENSIONS = Set.of("shp", "shx", "dbf", "prj", "cpg");
    /** SQLite's companions of a database file, which hold part of its content while it is open. */
    private static final List<String> DATABASE_COMPANIONS = List.of("", "-journal", "-wal", "-shm");

    /** One file in use and what it is. */
    public record InUse(Path path, String what) {
    }

    public FilesInUse {
        files = List.copyOf(files);
        layerFolders = List.copyOf(layerFolders);
    }

    /** Nothing in use (tests, or a writer that has no atlas around it). */
    public static FilesInUse none() {
        return new FilesInUse(List.of(), List.of());
    }

    /** The running program: the files of its class path and the java binary running it. */
    public static FilesInUse runningProgram() {
        List<InUse> program = new ArrayList<>();
        String classPath = System.getProperty("java.class.path", "");
        for (String entry : classPath.split(File.pathSeparator)) {
            pathOf(entry).filter(Files::isRegularFile)
                    .ifPresent(jar -> program.add(new InUse(jar, "the running atlas program")));
        }
        ProcessHandle.current().info().command().flatMap(FilesInUse::pathOf)
                .ifPresent(java -> program.add(new InUse(java, "the Java program running the atlas")));
        return new FilesInUse(program, List.of());
    }

    /** These files in use and the database file, with its journal. */
    public FilesInUse withDatabase(Path database) {
        List<InUse> all = new ArrayList<>(files);
        for (String suffix : DATABASE_COMPANIONS) {
            all.add(new InUse(database.resolveSibling(database.getFileName() + suffix),
                    suffix.isEmpty() ? "the atlas database in use" : "part of the atlas database in use"));
        }
        return new FilesInUse(all, layerFolders);
    }

    /** These files in use and the map layers in the folder. */
    public FilesInUse withMapLayers(Path folder) {
        List<Path> folders = new ArrayList<>(layerFolders);
        folders.add(folder);
        return new FilesInUse(files, folders);
    }

    /**
     * What the file is, when it is one in use: "the atlas database in use". {@code file} is the file to be written,
     * its links already followed; it need not exist.
     */
    public Optional<String> whatIs(Path file) {
        for (InUse inUse : files) {
            if (same(file, inUse.path())) {
                return Optional.of(inUse.what());
            }
        }
        Path name = file.getFileName();
        Path folder = file.toAbsolutePath().getParent();
        if (name != null && folder != null && LAYER_EXTENSIONS.contains(extension(name.toString()))) {
            for (Path layers : layerFolders) {
                if (same(folder, layers)) {
                    return Optional.of("a part of the map layers in use (" + EchoedText.path(layers) + ")");
                }
            }
        }
        return Optional.empty();
    }

    /** The same file: by identity when both exist, else by their absolute, normalised paths. */
    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException | SecurityException e) {
            // Cannot tell by identity: fall back to the names.
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Optional<Path> pathOf(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text).toAbsolutePath());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
