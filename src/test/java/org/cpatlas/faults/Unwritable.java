package org.cpatlas.faults;

import org.cpatlas.testing.Patience;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes files and folders truly unwritable for this process, whoever runs the tests, and undoes it afterwards.
 *
 * <p>A normal user gets {@code chmod a-w}. Root ignores permission bits, so as root the path is made immutable with
 * {@code chattr +i} (root cannot write, create in, rename or delete it either; needs CAP_LINUX_IMMUTABLE and an ext4,
 * xfs or btrfs folder). Where neither bites, the test is skipped with that reason rather than passing vacuously.
 */
final class Unwritable implements AutoCloseable {

    static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final List<Path> immutable = new ArrayList<>();
    private final List<Path> chmodded = new ArrayList<>();

    /** Makes the path unwritable, or skips the test when this machine cannot make it so. */
    Unwritable make(Path path) {
        if (ROOT) {
            assumeTrue(chattr("+i", path), "running as root and chattr +i is not available here (" + path + ")");
            immutable.add(path);
        } else {
            setMode(path, Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--");
            chmodded.add(path);
        }
        assumeTrue(!Files.isWritable(path), path + " is still writable for this user");
        return this;
    }

    @Override
    public void close() {
        immutable.forEach(p -> chattr("-i", p));
        chmodded.forEach(p -> setMode(p, Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
    }

    private static void setMode(Path path, String mode) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean chattr(String flag, Path path) {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(Patience.SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
