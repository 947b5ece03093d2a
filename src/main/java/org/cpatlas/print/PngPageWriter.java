package org.cpatlas.print;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.cpatlas.files.FileKind;
import org.cpatlas.files.WriteRules;

/**
 * Writes a page as PNG at any DPI from 72 to 600. The page is rendered in horizontal bands into a TYPE_INT_RGB image
 * and streamed to the encoder, so memory stays bounded whatever the page: a 600 DPI A3 page (7016 x 9921 px) would
 * need 278 MB as one image. A band is at most {@link #BAND_PIXELS} pixels (64 MB) and at most an eighth of the JVM's
 * heap cap, so that the window, which runs with a heap sized to its own needs, keeps room for an export beside
 * what it holds. Each band repaints the page clipped to itself; Java2D discards geometry outside the clip cheaply.
 */
public final class PngPageWriter {

    /** 16 M pixels per band at most: A4 at 300 DPI (8.7 M px) is one band; 600 DPI A3 (69.6 M px) is five. */
    public static final long BAND_PIXELS = 16L << 20;
    /** Below this a band would be a few rows of a large page, and repainting the page per band would dominate. */
    static final long MIN_BAND_PIXELS = 2L << 20;

    private final long bandPixels;

    /** Bands sized for this JVM's heap cap. */
    public PngPageWriter() {
        this(bandPixelsFor(Runtime.getRuntime().maxMemory()));
    }

    /** For tests: a smaller band forces the banded path on small pages. */
    PngPageWriter(long bandPixels) {
        this.bandPixels = bandPixels;
    }

    /** Pixels per band for a heap cap: 4 bytes a pixel, an eighth of the heap, between the two bounds. */
    static long bandPixelsFor(long maxHeapBytes) {
        return Math.max(MIN_BAND_PIXELS, Math.min(BAND_PIXELS, maxHeapBytes / 8 / 4));
    }

    /** Writes the page to a file atomically. */
    public void write(PrintPage page, Dpi dpi, Path target) throws ExportException {
        write(page, dpi, target, WriteRules.standard());
    }

    /** Writes the page to a file atomically, by the rules of what it may replace. */
    public void write(PrintPage page, Dpi dpi, Path target, WriteRules rules) throws ExportException {
        try {
            AtomicOutput.write(target, FileKind.PNG, rules, out -> write(page, dpi, out));
        } catch (ExportCancelledException e) {
            throw new IllegalStateException("PNG export is not cancellable", e);
        }
    }

    public void write(PrintPage page, Dpi dpi, OutputStream out) throws IOException {
        PixelSize size = page.setup().pixelSize(dpi);
        int bandRows = (int) Math.max(1, Math.min(size.height(), bandPixels / size.width()));
        BufferedImage band = new BufferedImage(size.width(), bandRows, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) band.getRaster().getDataBuffer()).getData();
        try (PngEncoder encoder = new PngEncoder(out, size.width(), size.height(), dpi.value())) {
            for (int top = 0; top < size.height(); top += bandRows) {
                int rows = Math.min(bandRows, size.height() - top);
                paintBand(page, dpi, band, size, top);
                encoder.writeRows(pixels, rows);
            }
        }
    }

    /** Renders the whole page into one image (previews, the printer path); mind its size at high DPI. */
    public static BufferedImage render(PrintPage page, Dpi dpi) {
        PixelSize size = page.setup().pixelSize(dpi);
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        paintBand(page, dpi, image, size, 0);
        return image;
    }

    private static void paintBand(PrintPage page, Dpi dpi, BufferedImage band, PixelSize size, int top) {
        Graphics2D g = band.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, band.getWidth(), band.getHeight());
            g.translate(0, -top);
            // Page width in points maps onto the whole pixel width (rounding absorbed, never a white strip).
            g.scale(size.width() / page.setup().widthPt(), size.height() / page.setup().heightPt());
            page.paint(g, dpi);
        } finally {
            g.dispose();
        }
    }
}
