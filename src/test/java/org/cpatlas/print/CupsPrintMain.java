package org.cpatlas.print;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.cpatlas.ui.print.FxPagePrinter;
import org.cpatlas.ui.print.PrintOutcome;

/**
 * Prints one map page through JavaFX's PrinterJob to the default printer, for scripts/print-integration.sh
 * (a CUPS-PDF printer). Not a unit test: it needs a print system. Exit 0 when the job was accepted.
 */
public final class CupsPrintMain {

    private CupsPrintMain() {
    }

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> { });
        MapPage page = new MapPage(PrintFixtures.mapSheet(7), PageSetup.of(Paper.A4, Orientation.LANDSCAPE),
                PrintFixtures.STYLE);
        CompletableFuture<FxPagePrinter.Preparation> prepared = new CompletableFuture<>();
        FxPagePrinter printer = new FxPagePrinter();
        Platform.runLater(() -> prepared.complete(printer.prepare(page.setup(), null)));
        FxPagePrinter.Preparation preparation = prepared.get(60, TimeUnit.SECONDS);
        PrintOutcome outcome;
        if (preparation instanceof FxPagePrinter.Ready ready) {
            System.out.println("printer: " + ready.job().getPrinter().getName() + ", resolution "
                    + ready.job().getJobSettings().getPrintResolution() + ", printable "
                    + ready.layout().getPrintableWidth() + " x " + ready.layout().getPrintableHeight() + " pt");
            long start = System.nanoTime();
            outcome = printer.print(ready, page); // off the FX thread, as the UI's Task will
            System.out.println("rendered and sent in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } else {
            outcome = ((FxPagePrinter.Refused) preparation).outcome();
        }
        System.out.println(outcome.status() + ": " + outcome.message());
        Platform.exit();
        if (outcome.status() != PrintOutcome.Status.PRINTED) {
            System.exit(1);
        }
        // No System.exit on success: endJob() returns before the AWT print thread has spooled the job to CUPS,
        // and exiting now would kill it (measured: the job never reached the queue). The JVM ends when it is done.
    }
}
