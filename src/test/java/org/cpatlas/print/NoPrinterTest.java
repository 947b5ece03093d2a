package org.cpatlas.print;

import org.cpatlas.testing.Patience;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javax.print.PrintServiceLookup;
import org.cpatlas.ui.print.FxPagePrinter;
import org.cpatlas.ui.print.PrintOutcome;
import org.junit.jupiter.api.Test;

/** Without a print system JavaFX offers no printer job: the user is offered the PDF export instead. */
class NoPrinterTest {

    @Test
    void noInstalledPrinterAsksToSaveAsPdf() throws Exception {
        assumeTrue(PrintServiceLookup.lookupDefaultPrintService() == null, "this machine has a printer");
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test started the toolkit: fine.
        }
        CompletableFuture<FxPagePrinter.Preparation> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(
                new FxPagePrinter().prepare(PageSetup.of(Paper.A4, Orientation.PORTRAIT), null)));
        FxPagePrinter.Preparation preparation = result.get(Patience.SECONDS, TimeUnit.SECONDS);
        assertThat(preparation).isInstanceOf(FxPagePrinter.Refused.class);
        PrintOutcome outcome = ((FxPagePrinter.Refused) preparation).outcome();
        assertThat(outcome.status()).isEqualTo(PrintOutcome.Status.NO_PRINTER);
        assertThat(outcome.message()).isEqualTo("No printer is installed. Save as PDF instead?");
    }
}
