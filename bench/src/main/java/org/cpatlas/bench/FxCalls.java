package org.cpatlas.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;

/** The window benchmarks' way to the JavaFX thread: a call there and its result, and a wait for a state. */
final class FxCalls {

    private FxCalls() {
    }

    /** A condition looked at again and again (it may call the JavaFX thread). */
    interface Check {
        boolean ok() throws Exception;
    }

    /** Runs {@code action} on the JavaFX thread and gives its result (or its exception); at most 60 s. */
    static <T> T fx(Supplier<T> action) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(action.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    /** Looks at {@code check} every {@code pollMs} until it holds; fails after {@code timeoutMs}. */
    static void waitUntil(Check check, long timeoutMs, long pollMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!check.ok()) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(pollMs);
        }
    }
}
