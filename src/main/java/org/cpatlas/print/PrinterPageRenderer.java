package org.cpatlas.print;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Renders a page for a printer: the whole page scaled to fit the printer's printable area, at the printer's
 * resolution rather than JavaFX's screen-resolution snapshot (which prints maps blurry). The UI puts the image in
 * an ImageView sized in points and hands it to a JavaFX PrinterJob.
 */
public final class PrinterPageRenderer {

    /**
     * Highest resolution rendered for a printer. A4 at 300 DPI is 35 MB as TYPE_INT_RGB, and JavaFX copies it once
     * more; at 600 DPI both would be four times that for no difference visible on a map.
     */
    public static final int DEFAULT_MAX_DPI = 300;

    /** The page as an image and the size in points it must be printed at. */
    public record PrinterImage(BufferedImage image, double widthPt, double heightPt, Dpi dpi) {
    }

    private final int maxDpi;
    private final long maxPixels;

    public PrinterPageRenderer() {
        this(DEFAULT_MAX_DPI);
    }

    /** Up to {@code maxDpi}, and no more pixels than this JVM's heap cap leaves room for. */
    public PrinterPageRenderer(int maxDpi) {
        this(maxDpi, pixelBudget(Runtime.getRuntime().maxMemory()));
    }

    PrinterPageRenderer(int maxDpi, long maxPixels) {
        this.maxDpi = new Dpi(maxDpi).value();
        this.maxPixels = maxPixels;
    }

    /**
     * Most pixels a printer image may have under a heap cap. While printing, the page exists three times (this
     * image, JavaFX's copy and the print pipeline's own, 4 bytes a pixel each), and may take half the heap: the other
     * half is the window's. The window runs with a heap sized to its needs (under 256 MB), where A4 still prints at
     * 300 DPI and A3 a little lower, invisibly on a map; with a large heap nothing changes.
     */
    static long pixelBudget(long maxHeapBytes) {
        return maxHeapBytes / 2 / 12;
    }

    /** The resolution used for a printer that reports this many dots per inch (0 or less if unknown). */
    public Dpi resolutionFor(int printerDpi) {
        int dpi = printerDpi <= 0 ? maxDpi : Math.min(printerDpi, maxDpi);
        return new Dpi(Math.max(Dpi.MIN, dpi));
    }

    /**
     * Renders the page fitted (never enlarged) into the printable area, keeping its proportions.
     *
     * @param printableWidthPt  printable width reported by the printer's page layout, in points
     * @param printableHeightPt printable height, in points
     * @param printerDpi        the printer's resolution, or 0 when unknown
     */
    public PrinterImage render(PrintPage page, double printableWidthPt, double printableHeightPt, int printerDpi) {
        Dpi dpi = resolutionFor(printerDpi);
        PageSetup setup = page.setup();
        double fit = Math.min(1.0, Math.min(printableWidthPt / setup.widthPt(), printableHeightPt / setup.heightPt()));
        double widthPt = setup.widthPt() * fit;
        double heightPt = setup.heightPt() * fit;
        double pixels = widthPt * dpi.pxPerPt() * heightPt * dpi.pxPerPt();
        if (pixels > maxPixels) {
            int fitting = (int) Math.floor(dpi.value() * Math.sqrt(maxPixels / pixels));
            dpi = new Dpi(Math.max(Dpi.MIN, fitting));
        }
        int widthPx = (int) Math.round(widthPt * dpi.pxPerPt());
        int heightPx = (int) Math.round(heightPt * dpi.pxPerPt());
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthPx, heightPx);
            g.scale(widthPx / setup.widthPt(), heightPx / setup.heightPt());
            page.paint(g, dpi);
        } finally {
            g.dispose();
        }
        return new PrinterImage(image, widthPt, heightPt, dpi);
    }
}
