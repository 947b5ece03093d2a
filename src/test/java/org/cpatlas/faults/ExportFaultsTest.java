package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.print.AtlasExport;
import org.cpatlas.print.AtomicOutput;
import org.cpatlas.print.Cancellation;
import org.cpatlas.print.Dpi;
import org.cpatlas.print.ExportCancelledException;
import org.cpatlas.print.ExportException;
import org.cpatlas.print.MapContent;
import org.cpatlas.print.Orientation;
import org.cpatlas.print.PageSetup;
import org.cpatlas.print.Paper;
import org.cpatlas.print.PdfPageWriter;
import org.cpatlas.print.PngPageWriter;
import org.cpatlas.render.MapLayers;
import org.cpatlas.print.PrintPage;
import org.cpatlas.print.PrintStyle;
import org.cpatlas.print.ProgressListener;
import org.cpatlas.print.RegionSheetPage;
import org.cpatlas.print.StoreSheets;
import org.cpatlas.print.SvgPageWriter;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Export failures with the real writers and a real region sheet: a full disk in the middle of the file, an unwritable
 * folder or file, a cancelled export, an absurd resolution. The previous file is kept byte for byte and no partial or
 * temporary file is left.
 */
class ExportFaultsTest {

    private static final PrintStyle STYLE = PrintStyle.light(AtlasFonts.load());
    /** A previous PDF export (a file of the kind written, so the export may replace it). */
    private static final byte[] PREVIOUS = previous(Format.PDF);

    /** The user's previous export of that format: its signature, then text that must survive. */
    static byte[] previous(Format format) {
        String signature = switch (format) {
            case PNG -> "\u0089PNG\r\n\u001A\n";
            case PDF -> "%PDF-1.7\n";
            case SVG -> "<?xml version=\"1.0\"?>\n<svg>";
        };
        return (signature + "the user's previous export, which must survive").getBytes(StandardCharsets.ISO_8859_1);
    }

    @TempDir
    static Path maps;

    private static AtlasStore store;
    private static StoreSheets sheets;
    private static MapContent content;

    @TempDir
    Path out;

    @BeforeAll
    static void loadSheets() {
        MapsFolderFaultsTest.writeValidMaps(maps);
        store = TestStores.inMemory();
        ShapefileReader reader = new ShapefileReader(
                ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST));
        sheets = new StoreSheets(store.repository(), MapLayers.load(MapSource.directory(maps), reader, false));
        content = sheets.content(STYLE.theme(), LocalDate.of(2025, 11, 25));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    private static PrintPage page() {
        return new RegionSheetPage(sheets.sheet("wuling").orElseThrow(), content,
                PageSetup.of(Paper.A4, Orientation.PORTRAIT), STYLE);
    }

    /** The three formats, each written through AtomicOutput exactly as {@code write(page, Path)} does. */
    enum Format {
        PNG {
            @Override
            void write(PrintPage page, OutputStream out) throws IOException {
                new PngPageWriter().write(page, new Dpi(150), out);
            }
        },
        PDF {
            @Override
            void write(PrintPage page, OutputStream out) throws IOException, ExportCancelledException {
                new PdfPageWriter(STYLE.fonts()).write(List.of(page), out, "t", ProgressListener.NONE, Cancellation.NEVER);
            }
        },
        SVG {
            @Override
            void write(PrintPage page, OutputStream out) throws IOException {
                new SvgPageWriter().write(page, out);
            }
        };

        abstract void write(PrintPage page, OutputStream out) throws IOException, ExportCancelledException;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void fullDiskMidWriteKeepsThePreviousFileAndLeavesNoPartialFile(Format format) throws Exception {
        Path target = out.resolve("wuling." + format.name().toLowerCase());
        Files.write(target, previous(format));
        AtomicLong written = new AtomicLong();

        assertThatThrownBy(() -> AtomicOutput.write(target, stream -> {
            DiskFullStream full = new DiskFullStream(stream, 4096);
            try {
                format.write(page(), full);
            } finally {
                written.set(full.written());
            }
        }))
                .isInstanceOf(ExportException.class)
                .hasMessage("Cannot write " + target + ": the disk is full (No space left on device)."
                        + " Free some space or choose another drive.");

        assertThat(written.get()).as("the writer got as far as the disk allowed").isEqualTo(4096);
        assertThat(target).hasBinaryContent(previous(format));
        assertThat(FolderSnapshot.of(out).files()).containsOnlyKeys(target.getFileName().toString());
    }

    @Test
    void fullDiskOnTheLastPageOfTheAtlasKeepsThePreviousAtlas() throws Exception {
        Path target = out.resolve("atlas.pdf");
        Files.write(target, PREVIOUS);
        AtlasExport export = new AtlasExport(STYLE, PageSetup.of(Paper.A4, Orientation.PORTRAIT));
        List<RegionSheetPage> pages = export.pages(sheets.sheets(), content);
        // The disk fills a little before the end of the whole atlas, however large it is.
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        new PdfPageWriter(STYLE.fonts()).write(pages, whole, AtlasExport.TITLE, ProgressListener.NONE,
                Cancellation.NEVER);
        int room = whole.size() - 2_000;

        assertThatThrownBy(() -> AtomicOutput.write(target, stream -> new PdfPageWriter(STYLE.fonts()).write(pages,
                new DiskFullStream(stream, room), AtlasExport.TITLE, ProgressListener.NONE, Cancellation.NEVER)))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("the disk is full");

        assertThat(target).hasBinaryContent(PREVIOUS);
        assertThat(FolderSnapshot.of(out).files()).containsOnlyKeys("atlas.pdf");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void unwritableFolderFailsBeforeRenderingAndWritesNothing(Format format) throws Exception {
        Path folder = Files.createDirectory(out.resolve("read-only"));
        Path target = folder.resolve("wuling." + format.name().toLowerCase());
        try (Unwritable locked = new Unwritable().make(folder)) {
            assertThatThrownBy(() -> write(format, target))
                    .isInstanceOf(ExportException.class)
                    .hasMessage("Cannot write " + target + ": the folder " + folder + " is read-only."
                            + " Choose another folder.");
            assertThat(folder).isEmptyDirectory();
        }
    }

    @Test
    void unwritableExistingFileIsNotReplaced() throws Exception {
        Path target = out.resolve("wuling.pdf");
        Files.write(target, PREVIOUS);
        try (Unwritable locked = new Unwritable().make(target)) {
            assertThatThrownBy(() -> write(Format.PDF, target))
                    .isInstanceOf(ExportException.class)
                    .hasMessage("Cannot write " + target + ": the file exists and is read-only.");
        }
        assertThat(target).hasBinaryContent(PREVIOUS);
        assertThat(FolderSnapshot.of(out).files()).containsOnlyKeys("wuling.pdf");
    }

    @Test
    void exportCancelledAfterTheLastPageKeepsThePreviousFile() throws Exception {
        Path target = out.resolve("wuling.pdf");
        Files.write(target, PREVIOUS);
        AtomicLong pages = new AtomicLong();

        assertThatThrownBy(() -> new PdfPageWriter(STYLE.fonts()).write(List.of(page()), target, "t",
                (done, total, message) -> pages.set(done), () -> pages.get() == 1))
                .isInstanceOf(ExportCancelledException.class)
                .hasMessage("Export cancelled before saving.");

        assertThat(target).hasBinaryContent(PREVIOUS);
        assertThat(FolderSnapshot.of(out).files()).containsOnlyKeys("wuling.pdf");
    }

    @Test
    void absurdResolutionsAreRefusedWithTheAllowedRange() {
        for (int dpi : new int[] {0, -300, 71, 601, 100_000, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> new Dpi(dpi)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("DPI must be between 72 and 600 (got " + dpi + ")");
        }
    }

    @Test
    void absurdPaperNamesAreRefusedWithTheKnownSizes() {
        for (String paper : new String[] {"A0", "B5", "1000x1000", "", "  ", "a4;rm -rf"}) {
            assertThatThrownBy(() -> Paper.parse(paper)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unknown paper '" + paper + "': use A4, A3 or LETTER");
        }
        assertThatThrownBy(() -> Paper.parse(null)).hasMessage("unknown paper 'null': use A4, A3 or LETTER");
    }

    private static void write(Format format, Path target) throws ExportException {
        switch (format) {
            case PNG -> new PngPageWriter().write(page(), new Dpi(150), target);
            case PDF -> new PdfPageWriter(STYLE.fonts()).write(page(), target);
            case SVG -> new SvgPageWriter().write(page(), target);
        }
    }
}
