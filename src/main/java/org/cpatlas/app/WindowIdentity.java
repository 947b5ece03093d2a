package org.cpatlas.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the desktop knows the atlas's window: its icon at every size a window manager, a taskbar or a task switcher
 * asks for (drawn from the atlas's own map, {@code packaging/icons/make-icons.sh}), and on Linux its window class,
 * {@value #WINDOW_CLASS}, which the desktop entry of the .deb names (StartupWMClass) so the dock shows the atlas's
 * icon and name instead of "java".
 */
public final class WindowIdentity {

    private static final Logger LOG = LoggerFactory.getLogger(WindowIdentity.class);
    /** The window class (WM_CLASS on X11); also the launcher's and the package's name. */
    public static final String WINDOW_CLASS = "cpatlas";
    /** The sizes of the window icons in the jar, pixels square. */
    static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private WindowIdentity() {
    }

    /**
     * Gives the stage, before its first window is made, the window class, and the atlas's icons once they are read
     * and the window's first frame is painted. The seven pictures (up to 256 px) are decoded on another thread: on
     * the JavaFX thread they took a tenth of a second of the start. They are handed to the window after its first
     * frame: the stage scales each one for the window system as it gets them (a fiftieth of a second of the JavaFX
     * thread, which had come between the window being shown and its first frame).
     */
    public static void apply(Stage stage) {
        setWindowClass();
        java.util.concurrent.CompletableFuture.supplyAsync(WindowIdentity::icons)
                .thenAccept(icons -> javafx.application.Platform.runLater(
                        () -> new org.cpatlas.map.DeferredAction().run(() -> stage.getIcons().setAll(icons))));
    }

    /** The icons, smallest first. */
    static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (int size : ICON_SIZES) {
            try (InputStream in = WindowIdentity.class.getResourceAsStream("icons/atlas-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                LOG.debug("window icon of {} px not read", size, e);
            }
        }
        return icons;
    }

    /**
     * JavaFX names every window's class after its glass application: "java" when started as the atlas starts
     * ({@code Platform.startup}), the application's class name when started by {@code Application.launch}. On GTK the
     * name is read as each native window is made, so it is set before the stage is first shown. Glass is JavaFX's
     * internal layer, reachable from the class path: its setter takes a name only once, so a name already given is
     * replaced in its field. Where glass is not reachable the class stays as it was and nothing else changes.
     */
    static void setWindowClass() {
        try {
            com.sun.glass.ui.Application glass = com.sun.glass.ui.Application.GetApplication();
            glass.setName(WINDOW_CLASS);
            if (!WINDOW_CLASS.equals(glass.getName())) {
                java.lang.reflect.Field name = com.sun.glass.ui.Application.class.getDeclaredField("name");
                name.setAccessible(true);
                name.set(glass, WINDOW_CLASS);
            }
        } catch (RuntimeException | LinkageError | ReflectiveOperationException e) {
            LOG.debug("window class not set", e);
        }
    }

    /** The window class now set (for tests). */
    static String windowClass() {
        return com.sun.glass.ui.Application.GetApplication().getName();
    }
}
