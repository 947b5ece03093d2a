package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPageWriterTest {

    @TempDir
    Path dir;

    @Test
    void a4PortraitAndLandscapePagesHaveTheirSizeInPoints() throws Exception {
        Path portrait = dir.resolve("p.pdf");
        Path landscape = dir.resolve("l.pdf");
        PdfPageWriter writer = new PdfPageWriter(PrintFixtures.FONTS);
        writer.write(new MapPage(PrintFixtures.mapSheet(5), PageSetup.of(Paper.A4, Orientation.PORTRAIT),
                PrintFixtures.STYLE), portrait);
        writer.write(new MapPage(PrintFixtures.mapSheet(5), PageSetup.of(Paper.A3, Orientation.LANDSCAPE),
                PrintFixtures.STYLE), landscape);
        try (PDDocument doc = Loader.loadPDF(portrait.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(595.28f, within(0.05f));
            assertThat(box.getHeight()).isCloseTo(841.89f, within(0.05f));
        }
        try (PDDocument doc = Loader.loadPDF(landscape.toFile())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(1190.55f, within(0.05f));
            assertThat(box.getHeight()).isCloseTo(841.89f, within(0.05f));
        }
    }

    @Test
    void pdfTextIsRealSelectableTextIncludingChinese() throws Exception {
        Path file = dir.resolve("map.pdf");
        new PdfPageWriter(PrintFixtures.FONTS).write(new MapPage(PrintFixtures.mapSheet(5),
                PageSetup.of(Paper.A4, Orientation.LANDSCAPE), PrintFixtures.STYLE), file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("中国集中连片特困地区");
            assertThat(text).contains("China's contiguous poor regions");
            assertThat(text).contains("Wang, Li & He (2014), Table 1");
            assertThat(text).contains("yescallop/areacodes (CC0)");
            assertThat(text).contains("2025-11-25");
            // Copyable as typed: no ligature glyphs without Unicode ("official", "conflict").
            assertThat(text).contains("not the official county list");
            // Map labels are text too, not outlines.
            assertThat(text).contains("测试山区1");
            assertThat(embeddedFonts(doc)).isNotEmpty().allMatch(PDFont::isEmbedded);
        }
    }

    /** The fonts of the page and of the form XObjects it draws (pdfbox-graphics2d draws each page as a form). */
    private static List<PDFont> embeddedFonts(PDDocument doc) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        PDResources page = doc.getPage(0).getResources();
        for (COSName name : page.getXObjectNames()) {
            if (page.getXObject(name) instanceof PDFormXObject form) {
                for (COSName fontName : form.getResources().getFontNames()) {
                    fonts.add(form.getResources().getFont(fontName));
                }
            }
        }
        for (COSName fontName : page.getFontNames()) {
            fonts.add(page.getFont(fontName));
        }
        return fonts;
    }

    @Test
    void atlasHasOnePagePerRegionInSequenceOrder() throws Exception {
        Path file = dir.resolve("atlas.pdf");
        int[] calls = {0};
        new AtlasExport(PrintFixtures.STYLE, PageSetup.of(Paper.A4, Orientation.PORTRAIT)).write(
                PrintFixtures.regionSheets(4), PrintFixtures.content(4), file,
                (done, total, message) -> calls[0]++, Cancellation.NEVER);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(doc);
            assertThat(first).contains("测试山区1").contains("1 / 4");
            assertThat(first).contains("conflict").contains("not reported").contains("+2.21").contains("+0.01");
        }
        assertThat(calls[0]).isEqualTo(4);
    }
}
