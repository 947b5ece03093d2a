package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cpatlas.cli.AtlasCli;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.ShapefileWriter;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless {@code export} and {@code atlas} commands against the real store and shapefiles written here. */
class ExportCommandsTest {

    @TempDir
    static Path maps;

    @TempDir
    Path out;

    /** regions.shp with a small box per region of the store (codes as in data/regions.csv), and provinces.shp. */
    @BeforeAll
    static void writeMaps() throws Exception {
        List<Feature> regions = new ArrayList<>();
        try (AtlasStore store = TestStores.inMemory()) {
            for (RegionSummary r : store.repository().regions()) {
                int i = r.region().seq() - 1;
                double lon = 90 + (i % 5) * 5;
                double lat = 25 + (i / 5) * 5;
                regions.add(new Feature(PrintFixtures.box(lon, lat, lon + 4, lat + 4), Map.of("code", r.code(),
                        "seq", r.region().seq(), "name_zh", r.nameZh(), "name_en", r.nameEn(),
                        "quality", i % 2 == 0 ? "sourced" : "approximate")));
            }
        }
        ShapefileWriter writer = new ShapefileWriter();
        writer.write(maps, "regions", List.of("code", "seq", "name_zh", "name_en", "quality"), regions);
        writer.write(maps, "provinces", List.of("code", "name_zh", "name_en"), List.of(
                new Feature(PrintFixtures.box(88, 23, 104, 40), Map.of("code", "63", "name_zh", "青海省",
                        "name_en", "Qinghai")),
                new Feature(PrintFixtures.box(104, 23, 118, 40), Map.of("code", "61", "name_zh", "陕西省",
                        "name_en", "Shaanxi"))));
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--maps");
        all.add(maps.toString());
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = AtlasCli.execute(all.toArray(String[]::new), db -> TestStores.inMemory(), new PrintWriter(o),
                new PrintWriter(e), out.resolve("atlas.log"));
        return new Run(code, o.toString(), e.toString());
    }

    record Run(int code, String out, String err) {
        /** Errors are one line, never a stack trace. */
        void assertOneLineError(int expectedCode, String... fragments) {
            assertThat(code).isEqualTo(expectedCode);
            assertThat(err.strip()).doesNotContain("\n").doesNotContain("Exception").contains(fragments);
        }
    }

    @Test
    void exportsARegionSheetAsPdfWithItsNamesFiguresAndSources() throws Exception {
        Path file = out.resolve("liupan.pdf");
        Run run = run("export", "--region", "Liupan", "--out", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote").contains("A4 portrait");
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("六盘山区", "Liupan Mountains", "28.72", "Wang Zhizhang",
                    "yescallop/areacodes (CC0)");
            // Each place is cited as a reader finds it in the paper, never by a line of the atlas's copy.
            // The embedded font shares one glyph between the en dash and the figure dash, so text extraction may give
            // either back.
            assertThat(text.replaceAll("\\s+", " ").replace('\u2012', '\u2013')).contains("Table 1, row Liupanshan Region – Gansu: “Gansu 38.75% 10.03%”")
                    .doesNotContainPattern("(?i)line \\d+|seed text");
        }
    }

    @Test
    void exportsPngAtTheRequestedDpiPaperAndOrientation() throws Exception {
        Path file = out.resolve("tibet.png");
        Run run = run("export", "--region", "西藏区", "--format", "png", "--dpi", "96", "--landscape", "--out",
                file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1123);
        assertThat(image.getHeight()).isEqualTo(794);
    }

    @Test
    void exportsSvgAndMapLayoutWithFormatFromTheExtension() throws Exception {
        Path file = out.resolve("dabie.svg");
        Run run = run("export", "--region", "dabie", "--layout", "map", "--paper", "a3", "--svg-text", "text",
                "--out", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(file)).contains("<svg").contains("大别山区").contains("</svg>");
        // By default the text is drawn as outlines: no text element, no font needed.
        Path outlines = out.resolve("dabie-paths.svg");
        assertThat(run("export", "--region", "dabie", "--layout", "map", "--out", outlines.toString()).code())
                .isZero();
        assertThat(Files.readString(outlines)).contains("<svg").doesNotContain("<text").doesNotContain("大别山区");
    }

    @Test
    void atlasCommandWritesOnePagePerRegion() throws Exception {
        Path file = out.resolve("atlas.pdf");
        Run run = run("atlas", "--out", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(14);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(12);
            stripper.setEndPage(12);
            // Table 1 prints 2.21 for Tibet although 23.80 - 23.79 = 0.01: both printed, flagged.
            assertThat(stripper.getText(doc)).contains("西藏区", "+2.21", "+0.01", "conflict", "12 / 14");
            assertThat(stripper.getText(doc).replaceAll("\\s+", " ").replace('\u2012', '\u2013'))
                    .contains("Table 1, row Tibet Region – Tibet: “Tibet 23.80% 2.21%”");
        }
    }

    @Test
    void dpiOutOfRangeIsAUsageErrorAndWritesNothing() {
        Path file = out.resolve("x.png");
        run("export", "--region", "liupan", "--dpi", "1200", "--out", file.toString())
                .assertOneLineError(2, "--dpi", "between 72 and 600");
        run("export", "--region", "liupan", "--dpi", "lots", "--out", file.toString())
                .assertOneLineError(2, "--dpi");
        assertThat(file).doesNotExist();
    }

    @Test
    void unknownPaperFormatOrRegionIsAUsageError() {
        Path file = out.resolve("x.pdf");
        run("export", "--region", "liupan", "--paper", "B5", "--out", file.toString())
                .assertOneLineError(2, "unknown paper 'B5'", "A4, A3 or LETTER");
        run("export", "--region", "liupan", "--format", "tiff", "--out", file.toString())
                .assertOneLineError(2, "--format must be png, pdf or svg");
        run("export", "--region", "Atlantis", "--out", file.toString())
                .assertOneLineError(2, "unknown region 'Atlantis'", "closest matches");
        run("atlas", "--out", file.toString(), "--paper", "B5").assertOneLineError(2, "unknown paper");
        assertThat(file).doesNotExist();
    }

    @Test
    void unwritablePathsFailWithExitCode1AndLeaveNoFile() throws Exception {
        run("export", "--region", "liupan", "--out", out.resolve("missing/x.pdf").toString())
                .assertOneLineError(1, "does not exist");
        Path folder = Files.createDirectory(out.resolve("folder.pdf"));
        run("export", "--region", "liupan", "--out", folder.toString()).assertOneLineError(1, "is a folder");
        run("atlas", "--out", out.resolve("missing/atlas.pdf").toString()).assertOneLineError(1, "does not exist");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("folder.pdf");
        }
    }
}
