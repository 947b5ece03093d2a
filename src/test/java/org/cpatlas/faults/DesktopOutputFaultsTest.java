package org.cpatlas.faults;

import org.cpatlas.testing.Patience;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javax.print.PrintServiceLookup;
import org.cpatlas.core.AtlasCore;
import org.cpatlas.core.LoadProgress;
import org.cpatlas.core.MapData;
import org.cpatlas.geo.MapSource;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.MapViewport;
import org.cpatlas.store.TestStores;
import org.cpatlas.ui.kit.DialogService;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.output.DesktopOutput;
import org.cpatlas.ui.viewmodel.AtlasViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Print and export from the window when things go wrong, through the window's own {@link DesktopOutput} with a
 * recording dialog service: no printer offers a PDF instead, an unwritable folder is reported in a dialog, and the
 * user's answers are respected. The window's dialogs say what happened; nothing else is written.
 */
class DesktopOutputFaultsTest {

    @TempDir
    Path tmp;

    private AtlasCore core;
    private DesktopOutput output;
    private final Dialogs dialogs = new Dialogs();
    private final MapViewport shown = MapViewport.fitting(new Envelope(75, 125, 18, 45), 800, 500, 20);

    /** Records what the user is told and answers as the test says. */
    static final class Dialogs implements DialogService {
        final List<String> shown = new CopyOnWriteArrayList<>();
        boolean agree;
        Path saveAs;

        @Override
        public void showError(String title, String message) {
            shown.add("error: " + title + ": " + message);
        }

        @Override
        public void showInformation(String title, String message) {
            shown.add("information: " + title + ": " + message);
        }

        @Override
        public boolean confirm(String title, String message, String yes, String no) {
            shown.add("question: " + title + ": " + message + " [" + yes + " / " + no + "]");
            return agree;
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String extension) {
            shown.add("save as: " + suggestedName);
            return Optional.ofNullable(saveAs);
        }
    }

    @BeforeEach
    void desktopOutputOverSmallMaps() throws Exception {
        assumeTrue(PrintServiceLookup.lookupDefaultPrintService() == null, "this machine has a printer");
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is already up (another test started it).
        }
        // The progress alert closes at the end of an export; that must not end the toolkit for the next test.
        Platform.setImplicitExit(false);
        Path maps = Files.createDirectory(tmp.resolve("maps"));
        MapsFolderFaultsTest.writeValidMaps(maps);
        core = new AtlasCore(MapData.load(MapSource.directory(maps), LoadProgress.NONE), TestStores.inMemory());
        I18n i18n = new I18n(I18n.ENGLISH);
        onFx(() -> {
            AtlasViewModel viewModel = new AtlasViewModel(core.store().repository(), core.maps().identifier(), i18n,
                    MapTheme.light());
            output = new DesktopOutput(core, viewModel, dialogs, i18n, null, org.cpatlas.render.AtlasFonts::load);
        });
    }

    @AfterEach
    void closeCore() {
        if (core != null) {
            core.close();
        }
    }

    @Test
    void noPrinterOffersAPdfAndWritesItWhenTheUserAgrees() throws Exception {
        Path pdf = tmp.resolve("out/atlas-map.pdf");
        Files.createDirectories(pdf.getParent());
        dialogs.agree = true;
        dialogs.saveAs = pdf;

        onFx(() -> output.print(shown));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> dialogs.shown.size() == 3);

        assertThat(dialogs.shown).containsExactly(
                "question: Print: No printer is installed. Save as PDF instead? [Save as PDF / Cancel]",
                "save as: atlas-map.pdf",
                "information: Export map: Saved " + pdf);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
    }

    @Test
    void noPrinterAndNoThanksWritesNothing() throws Exception {
        dialogs.agree = false;

        onFx(() -> output.print(shown));

        assertThat(dialogs.shown).containsExactly(
                "question: Print: No printer is installed. Save as PDF instead? [Save as PDF / Cancel]");
        assertThat(FolderSnapshot.of(tmp).files()).allSatisfy((name, hash) -> assertThat(name).startsWith("maps"));
    }

    @Test
    void unwritableFolderIsReportedInADialogAndNothingIsWritten() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("read-only"));
        dialogs.agree = true;
        dialogs.saveAs = folder.resolve("atlas-map.pdf");
        try (Unwritable locked = new Unwritable().make(folder)) {
            onFx(() -> output.print(shown));
            WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> dialogs.shown.size() == 3);

            assertThat(dialogs.shown.get(2)).isEqualTo("error: Export failed: Cannot write " + dialogs.saveAs
                    + ": the folder " + folder + " is read-only. Choose another folder.");
            assertThat(folder).isEmptyDirectory();
        }
    }

    private static void onFx(Runnable action) throws Exception {
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get(Patience.SECONDS, TimeUnit.SECONDS);
    }
}
