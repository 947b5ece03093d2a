package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cpatlas.files.PartFiles;
import org.cpatlas.store.TestStores;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export killed midway (kill -9: no shutdown hook runs) leaves its part file in the user's folder and nothing
 * under the export's name; the next export into that folder removes the part file, and only it.
 */
class KilledExportFaultsTest {

    @TempDir
    Path dir;

    @Test
    void theNextExportRemovesThePartFileOfAKilledOne() throws Exception {
        Path out = Files.createDirectory(dir.resolve("exports"));
        Path users = Files.writeString(out.resolve("draft.part"), "the user's own .part file");
        Process export = ProgramProcess.start(dir, dir, Map.of("XDG_DATA_HOME", dir.resolve("data").toString(),
                        "XDG_CACHE_HOME", dir.resolve("cache").toString()),
                List.of("export", "--region", "wuling", "--format", "png", "--dpi", "600", "--paper", "A3",
                        "--out", out.resolve("wuling.png").toString()));
        Path part;
        try {
            part = waitForPartFile(out, export);
        } finally {
            export.destroyForcibly();
            export.waitFor(Patience.SECONDS, TimeUnit.SECONDS);
        }
        assertThat(part).as("kill -9 runs no shutdown hook: the part file stays").exists();
        assertThat(out.resolve("wuling.png")).doesNotExist();

        CliCapture next = CliCapture.run(db -> TestStores.inMemory(), dir.resolve("atlas.log"), "export", "--region",
                "wuling", "--dpi", "72", "--out", out.resolve("liupan.pdf").toString());

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(part).doesNotExist();
        assertThat(users).hasContent("the user's own .part file");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("draft.part",
                    "liupan.pdf");
        }
    }

    /** The export's part file, once the process has made it (it renders the page into it for some seconds). */
    private static Path waitForPartFile(Path folder, Process export) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Patience.WARM_UP.toSeconds());
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(folder)) {
                Optional<Path> part = files.filter(p -> PartFiles.isPartFileName(p.getFileName().toString()))
                        .findFirst();
                if (part.isPresent()) {
                    return part.get();
                }
            }
            if (!export.isAlive()) {
                throw new AssertionError("the export ended before it was killed: "
                        + new String(export.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no part file appeared in " + folder);
    }
}
