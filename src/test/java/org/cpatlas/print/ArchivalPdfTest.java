package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The archival PDF option writes PDF/A-2b, as the PDF Association's validator (veraPDF) sees it: for a map page (with
 * transparency, halos as stroked text, Chinese text) and a region sheet; and its metadata says what it is.
 */
class ArchivalPdfTest {

    private static final PdfMetadata META = PdfMetadata.of("测试 · Test atlas", Credits.SOURCE_LINE,
            ZonedDateTime.of(2025, 11, 25, 10, 30, 0, 0, ZoneOffset.ofHours(8)));

    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void anArchivalMapPageAndSheetPassPdfA2bValidation() throws Exception {
        List<PrintPage> pages = List.of(
                new MapPage(PrintFixtures.mapSheet(5), PageSetup.of(Paper.A4, Orientation.LANDSCAPE),
                        PrintFixtures.STYLE),
                new RegionSheetPage(PrintFixtures.regionSheet(2), PrintFixtures.content(5),
                        PageSetup.of(Paper.A4, Orientation.PORTRAIT), PrintFixtures.STYLE));
        byte[] pdf = write(pages);
        ValidationResult result = validate(pdf);
        assertThat(result.isCompliant()).as("PDF/A-2b failures: %s", failures(result)).isTrue();
    }

    @Test
    void aPlainPdfIsNotCalledArchival() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfPageWriter(PrintFixtures.FONTS).write(List.of(new MapPage(PrintFixtures.mapSheet(5),
                PageSetup.of(Paper.A4, Orientation.PORTRAIT), PrintFixtures.STYLE)), out, "t",
                ProgressListener.NONE, Cancellation.NEVER);
        // The validator can fail: a PDF without output intent and XMP is not PDF/A.
        assertThat(validate(out.toByteArray()).isCompliant()).isFalse();
    }

    @Test
    void theArchivalMetadataNamesTitleAuthorSubjectKeywordsDateAndSource() throws Exception {
        byte[] pdf = write(List.of(new MapPage(PrintFixtures.mapSheet(5), PageSetup.of(Paper.A4,
                Orientation.PORTRAIT), PrintFixtures.STYLE)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("测试 · Test atlas");
            assertThat(info.getAuthor()).isEqualTo(PdfMetadata.ATLAS);
            assertThat(info.getKeywords()).contains("集中连片特困地区");
            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().exportXMPMetadata());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("测试 · Test atlas");
            assertThat(xmp.getDublinCoreSchema().getSource()).isEqualTo(Credits.SOURCE_LINE);
            assertThat(xmp.getDublinCoreSchema().getSubjects()).contains("contiguous poor regions");
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant())
                    .isEqualTo(META.date().toInstant());
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    private static byte[] write(List<PrintPage> pages) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfPageWriter(PrintFixtures.FONTS).archival(META).write(pages, out, "ignored", ProgressListener.NONE,
                Cancellation.NEVER);
        return out.toByteArray();
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            return validator.validate(parser);
        }
    }

    private static String failures(ValidationResult result) {
        return result.getTestAssertions().stream().filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct().limit(20).collect(Collectors.joining("\n"));
    }
}
