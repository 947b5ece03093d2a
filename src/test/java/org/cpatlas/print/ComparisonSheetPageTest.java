package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.render.MapLayers;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two regions compared on one printed page: both columns of figures with sources, both regions' gaps, real text. */
class ComparisonSheetPageTest {

    @TempDir
    Path dir;

    @Test
    void theComparisonSheetPrintsBothRegionsFiguresWithQualifiersGapsAndSources() throws Exception {
        Path file = dir.resolve("wuling-tibet.pdf");
        try (AtlasStore store = TestStores.inMemory()) {
            MapLayers layers = MapLayers.load(MapSource.directory(Path.of("maps")), new ShapefileReader(
                    ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST)), false);
            ComparisonSheet sheet = new StoreSheets(store.repository(), layers).comparison("wuling", "tibet")
                    .orElseThrow();
            new PdfPageWriter(PrintFixtures.FONTS).write(new ComparisonSheetPage(sheet,
                    PageSetup.of(Paper.A4, Orientation.PORTRAIT), PrintFixtures.STYLE, PrintFixtures.DATE), file);
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("武陵山区 · 西藏区", "Wuling Mountains and Tibet");
            assertThat(text).contains("Urbanization rate 2010 (Table 1)", "31.88 % [1]", "23.79 % [2]");
            assertThat(text).contains("less than 10 %", "more than 16,000 students per year");
            assertThat(text).contains("74 counties (inferred)");
            assertThat(text).contains("武陵山区 · 湖南 Hunan", "西藏区 · 西藏 Tibet", "+2.21 conflict");
            assertThat(text).contains("Sources 资料来源", "Wang Zhizhang, Li Mengzhu & He Cuicui (2014)",
                    "[1] Table 1", "[2] Table 1", "2025-11-25");
        }
    }
}
