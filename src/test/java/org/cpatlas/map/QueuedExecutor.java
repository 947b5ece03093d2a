package org.cpatlas.map;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/** A drawing thread a test runs by hand, so that what is queued and when it runs are under the test's control. */
final class QueuedExecutor extends AbstractExecutorService {

    private final Queue<Runnable> queued = new ArrayDeque<>();

    void runAll() {
        Runnable next;
        while ((next = queued.poll()) != null) {
            next.run();
        }
    }

    @Override
    public void execute(Runnable command) {
        queued.add(command);
    }

    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}
