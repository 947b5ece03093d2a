package org.cpatlas.ui.print;

import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.cpatlas.print.Orientation;
import org.cpatlas.print.PageSetup;
import org.cpatlas.print.PrintPage;
import org.cpatlas.print.PrinterPageRenderer;

/**
 * Prints a page through JavaFX in two steps: {@link #prepare} on the FX thread (printer lookup, print dialog), then
 * {@link #print} off it (renders the page at the printer's resolution and sends it). The page is an image rendered by
 * the shared Java2D layout, not a snapshot of the screen, so the paper looks like the PDF.
 */
public final class FxPagePrinter {

    /** The result of {@link #prepare}: a job ready to print, or the reason there is none. */
    public sealed interface Preparation permits Ready, Refused {
    }

    /**
     * A job the user confirmed, with the page layout the printer offers and the paper and orientation the user
     * chose in the page setup dialog (the page is laid out for them).
     */
    public record Ready(PrinterJob job, PageLayout layout, PageSetup setup) implements Preparation {
    }

    /** No job: no printer installed, or the user cancelled the dialog. */
    public record Refused(PrintOutcome outcome) implements Preparation {
    }

    private final PrinterPageRenderer renderer;

    public FxPagePrinter(PrinterPageRenderer renderer) {
        this.renderer = renderer;
    }

    public FxPagePrinter() {
        this(new PrinterPageRenderer());
    }

    /**
     * On the FX thread: creates a job on the default printer and, when {@code owner} is given, shows the print
     * dialog. Refused with {@link PrintOutcome#NO_PRINTER_MESSAGE} when no printer is installed.
     */
    public Preparation prepare(PageSetup setup, Window owner) {
        // createPrinterJob() is null when no print system or printer exists (e.g. no CUPS on Linux).
        PrinterJob job = Printer.getDefaultPrinter() == null ? null : PrinterJob.createPrinterJob();
        if (job == null) {
            return new Refused(PrintOutcome.noPrinter());
        }
        PageSetup chosen = setup;
        if (owner != null) {
            job.getJobSettings().setPageLayout(layoutFor(job.getPrinter(), setup));
            if (!job.showPageSetupDialog(owner) || !job.showPrintDialog(owner)) {
                job.cancelJob();
                return new Refused(PrintOutcome.cancelled());
            }
            chosen = setupOf(job.getJobSettings().getPageLayout(), setup);
        }
        return new Ready(job, layoutFor(job.getPrinter(), chosen), chosen);
    }

    /**
     * Off the FX thread (in a Task): renders the page for the printer and ends the job. endJob() returns before
     * the AWT print thread has spooled the job to CUPS (about 1-3 s for a map page): do not exit the JVM at once.
     */
    public PrintOutcome print(Ready prepared, PrintPage page) {
        PrinterJob job = prepared.job();
        String printerName = job.getPrinter().getName();
        var resolution = job.getJobSettings().getPrintResolution();
        int printerDpi = resolution == null ? 0
                : Math.min(resolution.getFeedResolution(), resolution.getCrossFeedResolution());
        PageLayout layout = prepared.layout();
        PrinterPageRenderer.PrinterImage image = renderer.render(page, layout.getPrintableWidth(),
                layout.getPrintableHeight(), printerDpi);
        double widthPt = image.widthPt();
        double heightPt = image.heightPt();
        ImageView view = new ImageView(SwingFXUtils.toFXImage(image.image(), null));
        // The AWT image (35 MB for A4 at 300 DPI) is garbage from here: the print pipeline makes its own copy.
        image = null;
        // Node units are points when printing: the hi-res image is drawn at its paper size, keeping its pixels.
        view.setFitWidth(widthPt);
        view.setFitHeight(heightPt);
        view.setSmooth(true);
        if (!job.printPage(layout, view)) {
            job.cancelJob();
            return PrintOutcome.failed(printerName, String.valueOf(job.getJobStatus()));
        }
        if (!job.endJob()) {
            return PrintOutcome.failed(printerName, String.valueOf(job.getJobStatus()));
        }
        return PrintOutcome.printed(printerName);
    }

    /** Our page setup for what the user picked; papers we do not lay out (e.g. A5) keep the requested paper. */
    static PageSetup setupOf(PageLayout picked, PageSetup requested) {
        org.cpatlas.print.Paper paper = requested.paper();
        if (picked.getPaper() == Paper.A4) {
            paper = org.cpatlas.print.Paper.A4;
        } else if (picked.getPaper() == Paper.A3) {
            paper = org.cpatlas.print.Paper.A3;
        } else if (picked.getPaper() == Paper.NA_LETTER) {
            paper = org.cpatlas.print.Paper.LETTER;
        }
        Orientation orientation = picked.getPageOrientation() == PageOrientation.LANDSCAPE
                || picked.getPageOrientation() == PageOrientation.REVERSE_LANDSCAPE
                ? Orientation.LANDSCAPE : Orientation.PORTRAIT;
        return new PageSetup(paper, orientation, requested.marginMm());
    }

    /** The printer's layout for the page's paper and orientation, with the smallest margins the printer allows. */
    static PageLayout layoutFor(Printer printer, PageSetup setup) {
        Paper paper = switch (setup.paper()) {
            case A4 -> Paper.A4;
            case A3 -> Paper.A3;
            case LETTER -> Paper.NA_LETTER;
        };
        PageOrientation orientation = setup.orientation() == Orientation.LANDSCAPE ? PageOrientation.LANDSCAPE
                : PageOrientation.PORTRAIT;
        return printer.createPageLayout(paper, orientation, Printer.MarginType.HARDWARE_MINIMUM);
    }
}
