package org.cpatlas.print;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.cpatlas.render.AtlasFonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the bundled Java2D fonts to PDF fonts embedded from the same TrueType files (subset, Type 0 / CID), so text
 * in a PDF is real text: selectable, searchable, Chinese included. One instance per document: the fonts are
 * embedded once however many pages use them.
 */
final class PdfFonts {

    private static final Logger LOG = LoggerFactory.getLogger(PdfFonts.class);

    private PdfFonts() {
    }

    /** A text drawer for every page of this document; text in fonts it does not know is drawn as outlines. */
    static PdfBoxGraphics2DFontTextDrawer textDrawer(PDDocument document, AtlasFonts fonts) throws IOException {
        PdfBoxGraphics2DFontTextDrawer drawer = new HaloTextDrawer();
        register(drawer, document, fonts.regular(10).getFontName(), fonts.openRegularFile());
        register(drawer, document, fonts.bold(10).getFontName(), fonts.openBoldFile());
        return drawer;
    }

    private static void register(PdfBoxGraphics2DFontTextDrawer drawer, PDDocument document, String awtName,
            InputStream file) throws IOException {
        if (file == null) {
            LOG.warn("bundled font for '{}' is missing: PDF text will be drawn as outlines, not selectable", awtName);
            return;
        }
        byte[] bytes;
        try (InputStream in = file) {
            bytes = in.readAllBytes();
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        document.registerTrueTypeFontForClosing(ttf);
        // No GSUB: PDFBox would apply Noto's "fi"/"fl" ligatures, whose glyphs have no Unicode mapping, and
        // "official" would be copied out of the PDF as "o\u104fcial". Java2D's drawString does not use them either.
        ttf.setEnableGsub(false);
        // Subset embedding: only the glyphs used go into the file, with a ToUnicode map for text extraction.
        drawer.registerFont(awtName, PDType0Font.load(document, ttf, true));
    }
}
