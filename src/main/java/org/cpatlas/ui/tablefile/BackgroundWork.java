package org.cpatlas.ui.tablefile;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cpatlas.store.AtlasStoreException;

/** Work kept off the JavaFX thread, and the words a failure of it is shown in. */
public final class BackgroundWork {

    private BackgroundWork() {
    }

    /**
     * One daemon thread named {@code name} that runs what it is given in order, one at a time (reads and stores of the
     * same file never overlap), and never keeps the application from closing.
     */
    public static ExecutorService oneAtATime(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** What to tell the user of a failure: the store's own words, else the message, else what it was. */
    public static String message(Throwable e) {
        if (e instanceof AtlasStoreException s) {
            return s.userMessage();
        }
        String m = e == null ? null : e.getMessage();
        return m == null || m.isBlank() ? String.valueOf(e) : m;
    }
}
