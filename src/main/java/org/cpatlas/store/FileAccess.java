package org.cpatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Whether the atlas may write a file or folder. */
final class FileAccess {

    private FileAccess() {
    }

    /**
     * True when the path is writable and not marked read-only.
     *
     * <p>The permission bits are checked as well as access(2) because root passes access(2) on any file: a user who
     * marks the database read-only (chmod a-w) means "do not write it", whoever runs the atlas.
     */
    static boolean isWritable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return true;
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            return permissions.contains(PosixFilePermission.OWNER_WRITE)
                    || permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException e) {
            return false;
        }
    }
}
