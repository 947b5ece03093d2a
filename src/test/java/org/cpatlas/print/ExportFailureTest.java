package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

class ExportFailureTest {

    @TempDir
    Path dir;

    private MapPage page() {
        return new MapPage(PrintFixtures.mapSheet(3), PageSetup.of(Paper.A4, Orientation.PORTRAIT),
                PrintFixtures.STYLE);
    }

    @Test
    void missingFolderFailsWithAMessageAndWritesNothing() {
        Path target = dir.resolve("no-such-folder/map.pdf");
        assertThatThrownBy(() -> new PdfPageWriter(PrintFixtures.FONTS).write(page(), target))
                .isInstanceOf(ExportException.class).hasMessageContaining("does not exist");
        assertThat(Files.exists(target.getParent())).isFalse();
    }

    @Test
    void aFolderAsTargetFailsWithAMessage() throws Exception {
        Path target = Files.createDirectory(dir.resolve("out.png"));
        assertThatThrownBy(() -> new PngPageWriter().write(page(), new Dpi(96), target))
                .isInstanceOf(ExportException.class).hasMessageContaining("is a folder");
        assertThat(Files.isDirectory(target)).isTrue();
        assertThat(listing(dir)).containsExactly("out.png");
    }

    @Test
    void readOnlyFolderFailsWithAMessageAndWritesNothing() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes into read-only folders");
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> new SvgPageWriter().write(page(), ro.resolve("map.svg")))
                    .isInstanceOf(ExportException.class).hasMessageContaining("read-only");
            assertThat(listing(ro)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFailingWriterLeavesNeitherTargetNorTemporaryFile() {
        Path target = dir.resolve("broken.pdf");
        PrintPage broken = new PrintPage() {
            @Override
            public PageSetup setup() {
                return PageSetup.of(Paper.A4, Orientation.PORTRAIT);
            }

            @Override
            public void paint(java.awt.Graphics2D g, Dpi detail) {
                throw new IllegalStateException("boom");
            }
        };
        assertThatThrownBy(() -> new PdfPageWriter(PrintFixtures.FONTS).write(broken, target))
                .isInstanceOf(ExportException.class);
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void cancelledAtlasLeavesNoFileAndKeepsAnExistingOne() throws Exception {
        Path target = dir.resolve("atlas.pdf");
        Files.writeString(target, "%PDF-1.7 previous export");
        AtomicInteger pages = new AtomicInteger();
        assertThatThrownBy(() -> new AtlasExport(PrintFixtures.STYLE, PageSetup.of(Paper.A4, Orientation.PORTRAIT))
                .write(PrintFixtures.regionSheets(5), PrintFixtures.content(5), target,
                        (done, total, message) -> pages.set(done), () -> pages.get() >= 2))
                .isInstanceOf(ExportCancelledException.class);
        assertThat(pages.get()).isEqualTo(2);
        assertThat(Files.readString(target)).isEqualTo("%PDF-1.7 previous export");
        assertThat(listing(dir)).containsExactly("atlas.pdf");
        Files.delete(target);
        assertThatThrownBy(() -> new AtlasExport(PrintFixtures.STYLE, PageSetup.of(Paper.A4, Orientation.PORTRAIT))
                .write(PrintFixtures.regionSheets(5), PrintFixtures.content(5), target, ProgressListener.NONE,
                        () -> true))
                .isInstanceOf(ExportCancelledException.class);
        assertThat(listing(dir)).isEmpty();
    }

    private static java.util.List<String> listing(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
