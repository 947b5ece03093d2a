package org.cpatlas.print;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a document an archival PDF, PDF/A-2b (ISO 19005-2, level B: it looks the same in decades): the fonts are
 * already embedded by {@link PdfFonts}; this adds the sRGB output intent every colour of the pages refers to, and
 * XMP metadata (title, author, subject, keywords, dates, source, the PDF/A identification) matching the document
 * information entry by entry, as the standard requires.
 */
final class PdfArchive {

    static final String PRODUCER = "Apache PDFBox 3 (" + PdfMetadata.ATLAS + ")";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfArchive() {
    }

    /** Document information of every PDF the atlas writes (also the non-archival ones). */
    static void describe(PDDocument document, PdfMetadata meta) {
        PDDocumentInformation info = document.getDocumentInformation();
        Calendar date = GregorianCalendar.from(meta.date());
        info.setTitle(meta.title());
        info.setAuthor(meta.author());
        info.setSubject(meta.subject());
        info.setKeywords(meta.keywordLine());
        info.setCreator(PdfMetadata.ATLAS);
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
    }

    /** Adds what PDF/A-2b asks for beyond {@link #describe}: output intent and XMP metadata. */
    static void makeArchival(PDDocument document, PdfMetadata meta) throws IOException {
        describe(document, meta);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        Calendar date = GregorianCalendar.from(meta.date());
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(meta.title());
        dc.addCreator(meta.author());
        dc.setDescription(meta.subject());
        dc.setSource(meta.source());
        dc.setFormat("application/pdf");
        meta.keywords().forEach(dc::addSubject);
        dc.addDate(date);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setKeywords(meta.keywordLine());
        pdf.setProducer(PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PdfMetadata.ATLAS);
        basic.setCreateDate(date);
        basic.setModifyDate(date);
        basic.setMetadataDate(date);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        try {
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("PDF/A conformance level B is valid", e);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, xml, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("cannot write the PDF's XMP metadata: " + e.getMessage(), e);
        }
        PDMetadata stream = new PDMetadata(document);
        stream.importXMPMetadata(xml.toByteArray());
        catalog.setMetadata(stream);
        // The pages paint in DeviceRGB; the output intent says which RGB that is.
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }
}
