package org.cpatlas.print;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.cpatlas.files.FileKind;
import org.cpatlas.files.WriteRules;
import org.cpatlas.render.AtlasFonts;

/**
 * Writes pages as a vector PDF: polygons stay paths, text is real text in the embedded CJK font, page sizes are in
 * points. Several pages make one document (the atlas), with progress and cancellation between pages.
 */
public final class PdfPageWriter {

    private final AtlasFonts fonts;
    private final Dpi detail;
    /** Archival (PDF/A-2b) with this metadata, or null for a plain PDF. */
    private final PdfMetadata archival;

    /** @param detail the resolution the map geometry is simplified for; 300 DPI is finer than any visible step */
    public PdfPageWriter(AtlasFonts fonts, Dpi detail) {
        this(fonts, detail, null);
    }

    private PdfPageWriter(AtlasFonts fonts, Dpi detail, PdfMetadata archival) {
        this.fonts = fonts;
        this.detail = detail;
        this.archival = archival;
    }

    /**
     * A writer of archival PDFs (PDF/A-2b: fonts embedded, sRGB output intent, XMP metadata) describing themselves
     * with this metadata; its title replaces the title given to {@link #write}.
     */
    public PdfPageWriter archival(PdfMetadata metadata) {
        return new PdfPageWriter(fonts, detail, java.util.Objects.requireNonNull(metadata, "metadata"));
    }

    public PdfPageWriter(AtlasFonts fonts) {
        this(fonts, Dpi.VECTOR_DETAIL);
    }

    public void write(PrintPage page, Path target) throws ExportException {
        write(page, target, WriteRules.standard());
    }

    /** One page as a PDF file, by the rules of what it may replace. */
    public void write(PrintPage page, Path target, WriteRules rules) throws ExportException {
        try {
            write(List.of(page), target, "", ProgressListener.NONE, Cancellation.NEVER, rules);
        } catch (ExportCancelledException e) {
            throw new IllegalStateException("cannot happen: never cancelled", e);
        }
    }

    /** Writes all pages into one PDF atomically; a cancellation or failure leaves no file. */
    public void write(List<? extends PrintPage> pages, Path target, String title, ProgressListener progress,
            Cancellation cancellation) throws ExportException, ExportCancelledException {
        write(pages, target, title, progress, cancellation, WriteRules.standard());
    }

    /** As above, by the rules of what the PDF may replace. */
    public void write(List<? extends PrintPage> pages, Path target, String title, ProgressListener progress,
            Cancellation cancellation, WriteRules rules) throws ExportException, ExportCancelledException {
        AtomicOutput.write(target, FileKind.PDF, rules, out -> write(pages, out, title, progress, cancellation));
    }

    public void write(List<? extends PrintPage> pages, OutputStream out, String title, ProgressListener progress,
            Cancellation cancellation) throws IOException, ExportCancelledException {
        try (PDDocument document = new PDDocument()) {
            PdfBoxGraphics2DFontTextDrawer textDrawer = PdfFonts.textDrawer(document, fonts);
            try {
                int total = pages.size();
                for (int i = 0; i < total; i++) {
                    if (cancellation.isCancelled()) {
                        throw new ExportCancelledException("Export cancelled after " + i + " of " + total + " pages.");
                    }
                    addPage(document, pages.get(i), textDrawer);
                    progress.progress(i + 1, total, "Page " + (i + 1) + " of " + total);
                }
                if (cancellation.isCancelled()) {
                    throw new ExportCancelledException("Export cancelled before saving.");
                }
                if (archival != null) {
                    PdfArchive.makeArchival(document, archival);
                } else {
                    PDDocumentInformation info = document.getDocumentInformation();
                    info.setTitle(title);
                    info.setCreator(PdfMetadata.ATLAS);
                }
                document.save(out);
            } finally {
                textDrawer.close();
            }
        }
    }

    private void addPage(PDDocument document, PrintPage page, PdfBoxGraphics2DFontTextDrawer textDrawer)
            throws IOException {
        float w = (float) page.setup().widthPt();
        float h = (float) page.setup().heightPt();
        PDPage pdPage = new PDPage(new PDRectangle(w, h));
        document.addPage(pdPage);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
        g.setFontTextDrawer(textDrawer);
        // Label halos as stroked text (HaloTextDrawer), not as the stroked outline of every glyph.
        g.setRenderingHint(org.cpatlas.render.TextHalo.KEY, Boolean.TRUE);
        try {
            page.paint(g, detail);
        } finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        // Coordinates to 1/100 pt, fill-then-outline as one path: the 14-sheet atlas in under 1 MB.
        ContentStreamCompactor.compact(form);
        try (PDPageContentStream content = new PDPageContentStream(document, pdPage)) {
            content.transform(Matrix.getTranslateInstance(0, 0));
            content.drawForm(form);
        }
    }
}
