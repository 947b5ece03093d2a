package org.cpatlas.ui.tablefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cpatlas.store.AtlasStoreException;
import org.cpatlas.testing.Patience;
import org.junit.jupiter.api.Test;

/** The import dialogs' shared parts that need no window: column letters, failure words, the work thread. */
class TableFilePartsTest {

    @Test
    void aColumnIsTakenByTheLetterBeforeItsHeader() {
        assertThat(ColumnChoice.letter("B (county)")).isEqualTo("B");
        assertThat(ColumnChoice.letter("AA 县名")).isEqualTo("AA");
        assertThat(ColumnChoice.letter("C")).isEqualTo("C");
    }

    @Test
    void aFailureIsToldInTheStoresWordsElseInItsMessage() {
        assertThat(BackgroundWork.message(new AtlasStoreException("the datasets database is locked\nby another")))
                .isEqualTo(new AtlasStoreException("the datasets database is locked\nby another").userMessage());
        assertThat(BackgroundWork.message(new IllegalStateException("the file is gone"))).isEqualTo("the file is gone");
    }

    @Test
    void theWorkThreadIsOneNamedDaemonThatRunsInOrder() throws Exception {
        ExecutorService work = BackgroundWork.oneAtATime("atlas-test-work");
        try {
            StringBuilder order = new StringBuilder();
            work.submit(() -> order.append('a'));
            Future<Thread> thread = work.submit(() -> {
                order.append('b');
                return Thread.currentThread();
            });
            Thread t = thread.get(Patience.SECONDS, TimeUnit.SECONDS);
            assertThat(t.getName()).isEqualTo("atlas-test-work");
            assertThat(t.isDaemon()).isTrue();
            assertThat(order).hasToString("ab");
        } finally {
            work.shutdownNow();
        }
    }
}
