package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cpatlas.cli.AtlasCli;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --layout map} without a region, on the real maps: the whole country with every region named, the
 * South China Sea islands inset and its credit, as PDF (read back as text) and as a journal figure.
 */
class CountryMapExportTest {

    private static final Path MAPS = Path.of("maps");
    private static List<String> names;

    @TempDir
    Path out;

    @BeforeAll
    static void regionNames() {
        assumeTrue(Files.exists(MAPS.resolve("regions.shp")) && Files.exists(MAPS.resolve("nanhai.shp")),
                "no real maps in ./maps");
        try (AtlasStore store = TestStores.inMemory()) {
            names = store.repository().regions().stream().map(RegionSummary::nameZh).toList();
        }
        assertThat(names).hasSize(14);
    }

    private String[] run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--maps");
        all.add(MAPS.toString());
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = AtlasCli.execute(all.toArray(String[]::new), db -> TestStores.inMemory(), new PrintWriter(o),
                new PrintWriter(e), out.resolve("atlas.log"));
        assertThat(code).as(e.toString()).isZero();
        return new String[] {o.toString(), e.toString()};
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theWholeCountryAt300DpiNamesAllFourteenRegionsAndCarriesTheInsetAndItsCredit() throws Exception {
        Path file = out.resolve("china.pdf");
        String[] run = run("export", "--layout", "map", "--dpi", "300", "--out", file.toString());
        assertThat(run[0]).contains("Wrote").contains("A4 portrait");
        String text = text(file);
        assertThat(text).contains(names.toArray(String[]::new));
        assertThat(text).contains("中国集中连片特困地区", "南海诸岛", "Apache ECharts 4.9.0 (Apache-2.0)");
        // Each name once: halos are stroked text at the same place, read as one.
        for (String name : names) {
            assertThat(text.split(java.util.regex.Pattern.quote(name), -1).length - 1).as(name).isEqualTo(1);
        }
    }

    @Test
    void theInsetCanBeLeftOutAndThenItsCreditToo() throws Exception {
        Path file = out.resolve("china-no-inset.pdf");
        run("export", "--layout", "map", "--no-inset", "--out", file.toString());
        String text = text(file);
        assertThat(text).contains(names.toArray(String[]::new));
        assertThat(text).doesNotContain("南海诸岛").doesNotContain("Apache ECharts");
    }

    @Test
    void aOneColumnFigureIs84MillimetresWideAtTheChosenDpi() throws Exception {
        Path file = out.resolve("figure.png");
        String[] run = run("export", "--layout", "map", "--figure", "single", "--dpi", "300", "--out",
                file.toString());
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(992); // 84 mm at 300 DPI
        assertThat(image.getHeight()).isGreaterThan(image.getWidth());
        assertThat(run[0]).contains("figure 84 x");
        Path px = out.resolve("figure-px.png");
        run("export", "--layout", "map", "--figure", "1200px", "--dpi", "150", "--out", px.toString());
        assertThat(ImageIO.read(px.toFile()).getWidth()).isEqualTo(1200);
    }

    @Test
    void anArchivalCountryMapSaysSoInItsMetadata() throws Exception {
        Path file = out.resolve("china-a.pdf");
        String[] run = run("export", "--layout", "map", "--pdfa", "--out", file.toString());
        assertThat(run[0]).contains("PDF/A-2b");
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part", "中国集中连片特困地区");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }
}
