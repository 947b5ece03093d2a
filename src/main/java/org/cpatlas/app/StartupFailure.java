package org.cpatlas.app;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.store.AtlasStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Why the atlas could not start, in words for the start-up view: what is wrong and what to do, never a class name
 * or a stack trace (those go to the log). Every failure has words: a broken map layer or database says itself what
 * is wrong; running out of memory says how to give the atlas more; anything else is an error of the atlas, logged.
 */
final class StartupFailure {

    private static final Logger LOG = LoggerFactory.getLogger(StartupFailure.class);

    private StartupFailure() {
    }

    /** The message for the start-up view. */
    static String describe(Throwable error) {
        Throwable cause = unwrapped(error);
        if (cause instanceof ShapefileException e) {
            return e.getMessage();
        }
        if (cause instanceof AtlasStoreException e) {
            return e.userMessage();
        }
        if (cause instanceof OutOfMemoryError) {
            LOG.error("the atlas ran out of memory while loading", cause);
            return "The atlas ran out of memory while loading (it may use " + maxMemoryMegabytes() + " MB). Start it"
                    + " with more, e.g. java -Xmx1g -jar atlas.jar, or give it smaller map layers; then try again.";
        }
        LOG.error("the atlas could not start", cause);
        return "An unexpected error stopped the loading; the details were logged. Try again; if it happens again,"
                + " please report it with the log.";
    }

    /** The failure itself, not the wrappers a thread or a future puts round it. */
    private static Throwable unwrapped(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof InvocationTargetException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static long maxMemoryMegabytes() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
