package org.cpatlas.bench;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.cpatlas.app.DesktopLauncher;

/**
 * Cold start probe, one JVM per run: {@code atlas} starts the real atlas through its own launcher
 * ({@link DesktopLauncher}) and prints {@code FIRST_FRAME <epoch ms>} once a frame with the window loaded and every
 * region tile in view drawn has been painted; {@code hello} does the same for a bare JavaFX window with one label. bench.py takes the
 * process spawn time from its side, so both include JVM start, class loading and toolkit start. Exits right after.
 */
public final class ColdStart {

    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // as Launcher does
        }
        if (args.length > 0 && args[0].equals("hello")) {
            Application.launch(Hello.class);
        } else {
            atlas();
        }
    }

    /** With -Dbench.trace=true: milliseconds since JVM start at each step, on stderr. */
    static void trace(String step) {
        if (Boolean.getBoolean("bench.trace")) {
            System.err.println("TRACE " + step + " "
                    + (System.currentTimeMillis() - ProcessHandle.current().info().startInstant().get().toEpochMilli()));
        }
    }

    static void report(AtomicBoolean once) {
        if (once.compareAndSet(false, true)) {
            FrameProbe.afterThisFrame(() -> {
                trace("painted");
                long now = System.currentTimeMillis();
                double[] rss = Samples.rssMb();
                System.out.println("FIRST_FRAME " + now + " " + rss[0]);
                System.out.flush();
                if (Boolean.getBoolean("bench.trace")) {
                    System.exit(0); // lets a flight recording be written
                }
                Runtime.getRuntime().halt(0);
            });
        }
    }

    /** The real application, started by the atlas's own launcher, observed from outside. */
    static void atlas() {
        AtomicBoolean once = new AtomicBoolean();
        DesktopLauncher.launch(new String[0], app -> {
            trace("started");
            Stage stage = app.stage();
            stage.getScene().addPostLayoutPulseListener(() -> {
                var window = app.window();
                if (window != null && stage.getScene().getRoot() == window
                        && window.mapPane().overlay().regionsDrawn() && window.mapPane().getWidth() > 0) {
                    trace("loaded");
                    report(once);
                }
            });
        });
    }

    /** The reference: a bare JavaFX window of the same size. */
    public static final class Hello extends Application {
        private final AtomicBoolean once = new AtomicBoolean();

        @Override
        public void start(Stage stage) {
            trace("start");
            Scene scene = new Scene(new StackPane(new Label("hello")), 1360, 860);
            stage.setTitle("hello");
            stage.setScene(scene);
            scene.addPostLayoutPulseListener(() -> report(once));
            stage.show();
        }
    }

}
