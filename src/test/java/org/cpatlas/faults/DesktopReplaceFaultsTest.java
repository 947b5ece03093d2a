package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.TestStores;
import org.cpatlas.testing.Patience;
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
 * The window's export under the same policy as the command line, through the one dialog service: a file of another
 * kind where the export would go is replaced only when the user answers yes to the question; the database and the
 * map layers the window is using are refused with an error, no question asked. Driven through "no printer: save as
 * PDF?", the window's path to an export that needs no export dialog.
 */
class DesktopReplaceFaultsTest {

    @TempDir
    Path tmp;

    private AtlasCore core;
    private DesktopOutput output;
    private final Dialogs dialogs = new Dialogs();
    private final MapViewport shown = MapViewport.fitting(new Envelope(75, 125, 18, 45), 800, 500, 20);
    private Path maps;
    private Path db;

    /** Records what the user is told and gives the answers queued by the test, in order. */
    static final class Dialogs implements DialogService {
        final List<String> shown = new CopyOnWriteArrayList<>();
        final Deque<Boolean> answers = new ArrayDeque<>();
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
            return answers.removeFirst();
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String extension) {
            shown.add("save as: " + suggestedName);
            return Optional.ofNullable(saveAs);
        }
    }

    @BeforeEach
    void desktopOutputOverSmallMapsAndADatabaseFile() throws Exception {
        assumeTrue(PrintServiceLookup.lookupDefaultPrintService() == null, "this machine has a printer");
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is already up (another test started it).
        }
        Platform.setImplicitExit(false);
        maps = Files.createDirectory(tmp.resolve("maps"));
        MapsFolderFaultsTest.writeValidMaps(maps);
        db = tmp.resolve("atlas.db");
        AtlasStore store = TestStores.opener().open(db);
        core = new AtlasCore(MapData.load(MapSource.directory(maps), LoadProgress.NONE), store);
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

    private void printToPdfAndWaitFor(int dialogCount) throws Exception {
        onFx(() -> output.print(shown));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> dialogs.shown.size() >= dialogCount);
        // Nothing more follows: the export is over.
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
    }

    @Test
    void aFileOfAnotherKindIsKeptWhenTheUserSaysNo() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.pdf"), "Notes for the report\nto be kept\n");
        dialogs.saveAs = notes;
        dialogs.answers.addAll(List.of(true, false));

        printToPdfAndWaitFor(3);

        assertThat(dialogs.shown).containsExactly(
                "question: Print: No printer is installed. Save as PDF instead? [Save as PDF / Cancel]",
                "save as: atlas-map.pdf",
                "question: Export map: " + notes + " already holds text, not a PDF document. Replace it with"
                        + " the export all the same? [Replace it / Keep it]");
        assertThat(notes).hasContent("Notes for the report\nto be kept\n");
    }

    @Test
    void aFileOfAnotherKindIsReplacedWhenTheUserSaysYes() throws Exception {
        Path picture = Files.write(tmp.resolve("map.pdf"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A,
            '\n', 0});
        dialogs.saveAs = picture;
        dialogs.answers.addAll(List.of(true, true));

        printToPdfAndWaitFor(4);

        assertThat(dialogs.shown).containsExactly(
                "question: Print: No printer is installed. Save as PDF instead? [Save as PDF / Cancel]",
                "save as: atlas-map.pdf",
                "question: Export map: " + picture + " already holds a PNG image, not a PDF document. Replace it with"
                        + " the export all the same? [Replace it / Keep it]",
                "information: Export map: Saved " + picture);
        assertThat(new String(Files.readAllBytes(picture), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void theDatabaseInUseIsRefusedWithNoQuestion() throws Exception {
        String before = FolderSnapshot.sha256(db);
        dialogs.saveAs = db;
        dialogs.answers.add(true);

        printToPdfAndWaitFor(3);

        assertThat(dialogs.shown).containsExactly(
                "question: Print: No printer is installed. Save as PDF instead? [Save as PDF / Cancel]",
                "save as: atlas-map.pdf",
                "error: Export failed: Cannot write " + db + ": it is the atlas database in use. Choose another name.");
        assertThat(FolderSnapshot.sha256(db)).isEqualTo(before);
    }

    @Test
    void aMapLayerInUseIsRefusedWithNoQuestion() throws Exception {
        Path layer = maps.resolve("regions.dbf");
        String before = FolderSnapshot.sha256(layer);
        dialogs.saveAs = layer;
        dialogs.answers.add(true);

        printToPdfAndWaitFor(3);

        assertThat(dialogs.shown.get(2)).isEqualTo("error: Export failed: Cannot write " + layer + ": it is a part of"
                + " the map layers in use (" + maps + "). Choose another name.");
        assertThat(FolderSnapshot.sha256(layer)).isEqualTo(before);
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
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
