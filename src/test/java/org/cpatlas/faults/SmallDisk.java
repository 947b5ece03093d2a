package org.cpatlas.faults;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cpatlas.testing.Patience;

/**
 * A really small disk: a tmpfs of a given size mounted on a folder, so that SQLite meets a full disk as it does on a
 * user's machine (SQLITE_FULL, the transaction ended by SQLite itself). Needs root and mount(8); elsewhere the test is
 * skipped with that reason rather than passing vacuously. Unmounted on close.
 */
final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code kilobytes} on the (empty, existing) folder, or skips the test. */
    static SmallDisk mountOn(Path folder, int kilobytes) throws IOException {
        assumeTrue(Unwritable.ROOT, "mounting a small disk needs root");
        assumeTrue(run(List.of("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", folder.toString())),
                "mount -t tmpfs is not permitted here");
        return new SmallDisk(folder);
    }

    /** Fills the disk up to its last few kilobytes with a file, so that the next write of any size fails. */
    void fillLeaving(int kilobytes) throws IOException {
        Path filler = mountPoint.resolve("filler");
        byte[] block = new byte[1024];
        try (var out = Files.newOutputStream(filler)) {
            while (Files.getFileStore(mountPoint).getUsableSpace() > kilobytes * 1024L) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk was fuller than its free space said: that is what was wanted
        }
    }

    @Override
    public void close() {
        run(List.of("umount", mountPoint.toString()));
    }

    private static boolean run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
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
