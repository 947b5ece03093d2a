package org.cpatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.Test;

class StartupWarmupTest {

    private final List<String> done = new CopyOnWriteArrayList<>();

    @Test
    void readsTheStylesheetsThenTheTextsWhileNothingIsStyledYet() {
        new StartupWarmup(() -> done.add("stylesheets"), () -> done.add("texts")).run();
        assertEquals(List.of("stylesheets", "texts"), done);
    }

    @Test
    void readsNoStylesheetOnceTheJavaFxThreadStyles() {
        StartupWarmup warmup = new StartupWarmup(() -> done.add("stylesheets"), () -> done.add("texts"));
        warmup.claimStyles();
        warmup.run();
        assertEquals(List.of("texts"), done);
    }

    @Test
    void theJavaFxThreadWaitsForAStylesheetBeingRead() {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StartupWarmup warmup = new StartupWarmup(() -> {
            reading.countDown();
            await(release);
            done.add("stylesheet read");
        }, () -> { });
        assertTimeoutPreemptively(Patience.HANG, () -> {
            Thread warming = new Thread(warmup::run);
            warming.start();
            reading.await();
            Thread styling = new Thread(() -> {
                warmup.claimStyles();
                done.add("styling begins");
            });
            styling.start();
            // Waiting for the warm-up's lock (or, were it not to wait, already done: then the order below fails).
            while (styling.getState() != Thread.State.BLOCKED && styling.getState() != Thread.State.TERMINATED) {
                Thread.onSpinWait();
            }
            release.countDown();
            styling.join();
            warming.join();
        });
        assertEquals(List.of("stylesheet read", "styling begins"), done);
    }

    @Test
    void aStepThatFailsCostsOnlyTheWarmUp() {
        new StartupWarmup(() -> {
            throw new IllegalStateException("no stylesheet");
        }, () -> done.add("texts")).run();
        assertEquals(List.of("texts"), done);
    }

    @Test
    void readsTheThemesStylesheetAndTheAtlassOwn() {
        // Primer's stylesheet has about a thousand rules, the atlas's some fifty: a theme not found reads as fifty.
        int rules = StartupWarmup.readStylesheets();
        assertTrue(rules > 1000, rules + " rules read");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
