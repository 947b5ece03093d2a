package org.cpatlas.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.cpatlas.testing.Patience;
import org.cpatlas.ui.kit.DialogService;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.kit.WindowTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** "Open the data folder" hands the folder to the desktop, or says where it is when nothing can show it. */
class DataFolderTest {

    private final List<Path> opened = new ArrayList<>();
    private final List<String> told = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theDataFolderIsShownByTheDesktop() throws Exception {
        HelpMenu menu = menu(folder -> opened.add(folder));
        fire(menu, "Open the data folder");
        assertThat(opened).containsExactly(Path.of("/home/li/.local/share/cpatlas"));
        assertThat(told).isEmpty();
    }

    @Test
    void withoutAProgramToShowFoldersItsPathIsGiven() throws Exception {
        HelpMenu menu = menu(folder -> false);
        fire(menu, "Open the data folder");
        assertThat(told).containsExactly("The data folder could not be opened: No program to show folders was"
                + " found on this computer. The data folder is /home/li/.local/share/cpatlas");
    }

    private interface Opener {
        boolean open(Path folder);
    }

    private HelpMenu menu(Opener opener) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        HelpContext context = new HelpContext(List::of, Path.of("/home/li/.local/share/cpatlas"), null,
                folder -> opener.open(folder), () -> { }, () -> { }, null);
        return WaitForAsyncUtils.asyncFx(() -> new HelpMenu(new WindowTexts(new I18n(I18n.ENGLISH)), stage,
                context, new RecordingDialogs())).get();
    }

    private static void fire(HelpMenu menu, String text) throws Exception {
        MenuItem item = menu.button().getItems().stream().filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow();
        WaitForAsyncUtils.asyncFx(item::fire).get(Patience.SECONDS, TimeUnit.SECONDS);
    }

    private final class RecordingDialogs implements DialogService {
        @Override
        public void showError(String title, String message) {
            told.add(title + ": " + message);
        }

        @Override
        public void showInformation(String title, String message) {
            told.add(title + ": " + message);
        }

        @Override
        public boolean confirm(String title, String message, String yes, String no) {
            return false;
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String description,
                String extension) {
            return Optional.empty();
        }
    }

}
