package org.cpatlas.files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cpatlas.testing.Patience;

/**
 * Files that are not regular files, made for tests: a named pipe (mkfifo), a Unix socket, and a look at a device's
 * identity (inode, device number, mode, change time) to prove it was left alone.
 */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** A named pipe at {@code path}; skips the test where mkfifo is missing. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            throw e;
        }
        process.getInputStream().readAllBytes();
        assumeTrue(process.waitFor(Patience.SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0,
                "mkfifo failed for " + path);
        return path;
    }

    /** A Unix domain socket bound at {@code path}; close the channel after the test. */
    public static ServerSocketChannel socket(Path path) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        channel.bind(UnixDomainSocketAddress.of(path));
        return channel;
    }

    /** What identifies a file and its state without reading it: type, inode, device, mode, times, size. */
    public static Map<String, Object> identity(Path path) throws IOException {
        Map<String, Object> all = Files.readAttributes(path, "unix:ino,dev,rdev,mode,nlink,size,lastModifiedTime,ctime",
                LinkOption.NOFOLLOW_LINKS);
        return Map.copyOf(all);
    }

    /** The mode bits' file type, e.g. 0010000 for a named pipe. */
    public static int type(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
    }
}
