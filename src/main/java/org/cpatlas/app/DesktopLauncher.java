package org.cpatlas.app;

import org.cpatlas.core.UserDirectories;
import org.cpatlas.core.AtlasCore;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Opens the atlas window; returns when it is closed. */
public final class DesktopLauncher {

    /**
     * Asked for only when needed: a logger made when this class loads started logging (half a tenth of a second) on
     * the main thread before the JavaFX toolkit; the first logger is now made on the loading thread, meanwhile.
     */
    private static org.slf4j.Logger log() {
        return org.slf4j.LoggerFactory.getLogger(DesktopLauncher.class);
    }

    private DesktopLauncher() {
    }

    /** Opens the window and returns the exit code once it closes. */
    public static int launch(String[] args) {
        return launch(args, app -> { });
    }

    /**
     * As {@link #launch(String[])}; {@code started} is given the application on the JavaFX thread once its window is
     * shown (benchmarks observe the start-up through it).
     */
    public static int launch(String[] args, Consumer<AtlasApplication> started) {
        // As bin/atlas does: on a display where the last window found no graphics hardware, JavaFX starts in
        // software at once instead of first loading the system's OpenGL driver to find that out again (the installed
        // application's launcher and java -jar have no bin/atlas to do it).
        if (System.getProperty("prism.order") == null && PipelineMemo.forDisplay(
                UserDirectories.fromSystem().cacheDirectory(), System.getenv()).recentlySoftware()) {
            System.setProperty("prism.order", "sw");
        }
        Path maps = AtlasApplication.pathProperty("cpatlas.maps");
        Path db = AtlasApplication.pathProperty("cpatlas.db");
        // The maps and the figures load while the JavaFX toolkit starts, instead of after it: started by
        // Application.launch, the application could only begin loading once the toolkit was up.
        CompletableFuture<AtlasCore> opening = AtlasApplication.openInBackground(maps, db);
        // The window remembers its settings between runs in the user's settings file (SettingsLocation).
        AtlasApplication app = new AtlasApplication(maps, db, opening, org.cpatlas.settings.SettingsFile.forUser());
        Thread[] fxThread = new Thread[1];
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            fxThread[0] = Thread.currentThread();
            try {
                app.start(new Stage());
                started.accept(app);
                shown.complete(null);
            } catch (RuntimeException | Error e) {
                shown.completeExceptionally(e);
                Platform.exit();
            }
        });
        try {
            shown.join();
            // The toolkit ends when the last window closes (or on Platform.exit), and its thread with it.
            fxThread[0].join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (CompletionException e) {
            // The start-up view reports every failure of loading; this is the window itself failing to open. Say so
            // and return, so that the process ends instead of waiting on a toolkit that has no window.
            log().error("the window could not open", e.getCause());
            System.err.println("atlas: the window could not open; the details were logged");
            return 1;
        } finally {
            app.stop();
        }
        return 0;
    }
}
