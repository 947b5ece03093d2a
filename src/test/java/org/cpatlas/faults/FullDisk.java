package org.cpatlas.faults;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.cpatlas.testing.Patience;

/**
 * A real full disk: a small tmpfs mounted on a folder of the test and filled to the last byte, so a write there fails
 * with the system's own "No space left on device". Needs root (CAP_SYS_ADMIN); where it cannot be mounted the test
 * is skipped with the reason, never passed vacuously. Unmounted on close.
 */
public final class FullDisk implements AutoCloseable {

    private final Path mountPoint;

    private FullDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a 256 KB tmpfs on {@code mountPoint} (created), makes {@code folders} in it, then fills it. */
    public static FullDisk at(Path mountPoint, String... folders) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        assumeTrue(command("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mountPoint.toString()),
                "cannot mount a small tmpfs here (needs root)");
        FullDisk disk = new FullDisk(mountPoint);
        for (String folder : folders) {
            Files.createDirectories(mountPoint.resolve(folder));
        }
        try (OutputStream filler = Files.newOutputStream(mountPoint.resolve("filler"))) {
            byte[] block = new byte[4096];
            while (true) {
                filler.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left on device")) {
                disk.close();
                throw full;
            }
        }
        return disk;
    }

    @Override
    public void close() {
        try {
            command("umount", "-l", mountPoint.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean command(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return false;
        }
        process.getInputStream().readAllBytes();
        return process.waitFor(Patience.SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
