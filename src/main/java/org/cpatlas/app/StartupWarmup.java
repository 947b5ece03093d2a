package org.cpatlas.app;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.kit.WindowTexts;

/**
 * Reading the window will do on the JavaFX thread, done first on a thread of its own while the toolkit starts (the
 * main thread only waits for the toolkit then): the theme's stylesheet and the atlas's own, read once and dropped, so
 * that the classes that read and hold a stylesheet are loaded, initialised and partly compiled when the JavaFX thread
 * reads them for the window; and the interface texts of both languages, which stay cached for every thread. Nothing
 * of the window depends on it: a warm-up that fails or comes late changes nothing but the time.
 *
 * <p>It must never touch a control: the first control class initialised before the window's theme is set would set
 * JavaFX's own theme, from a thread that may not.
 */
final class StartupWarmup {

    /** Held while the warm-up reads stylesheets; the JavaFX thread takes it before it first styles anything. */
    private final Object styles = new Object();
    /**
     * Set once the JavaFX thread styles: from then on the warm-up reads no stylesheet, as JavaFX's stylesheet
     * classes keep caches that are not made for two threads at once.
     */
    private boolean stylesClaimed;
    private final Runnable readStylesheets;
    private final Runnable readTexts;

    /** With the steps given (tests); {@link #begin()} uses the real ones. */
    StartupWarmup(Runnable readStylesheets, Runnable readTexts) {
        this.readStylesheets = readStylesheets;
        this.readTexts = readTexts;
    }

    /** Starts the warm-up on a daemon thread of its own. */
    static StartupWarmup begin() {
        StartupWarmup warmup = new StartupWarmup(StartupWarmup::readStylesheets, StartupWarmup::readTexts);
        Thread thread = new Thread(warmup::run, "atlas-warmup");
        thread.setDaemon(true);
        thread.start();
        return warmup;
    }

    /** Both steps, the stylesheets first: the theme is the first thing the JavaFX thread reads once it is up. */
    void run() {
        synchronized (styles) {
            if (!stylesClaimed) {
                quietly(readStylesheets);
            }
        }
        quietly(readTexts);
    }

    /**
     * Called on the JavaFX thread before it first styles anything: waits for a stylesheet the warm-up is reading and
     * keeps it from reading any after.
     */
    void claimStyles() {
        synchronized (styles) {
            stylesClaimed = true;
        }
    }

    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // Only time is lost: the JavaFX thread reads the same and reports what is wrong with it.
        }
    }

    /** Reads the theme's stylesheet and the atlas's; the number of their rules (for tests). */
    static int readStylesheets() {
        try {
            // The theme names its stylesheet as a resource path, as JavaFX's StyleManager reads it.
            URL theme = StartupWarmup.class.getResource(new PrimerLight().getUserAgentStylesheetBSS());
            int rules = theme == null ? 0 : javafx.css.Stylesheet.loadBinary(theme).getRules().size();
            URL atlas = StartupWarmup.class.getResource("/org/cpatlas/ui/atlas.css");
            return rules + (atlas == null ? 0 : new javafx.css.CssParser().parse(atlas).getRules().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the interface texts of both languages into the resource bundles' cache. */
    static void readTexts() {
        for (Locale language : new Locale[] {I18n.ENGLISH, I18n.CHINESE}) {
            I18n texts = new I18n(language);
            texts.get("app.title");
            new WindowTexts(texts).get("help.reset.done");
        }
    }
}
