package org.cpatlas.map;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/** A drawing thread a test runs by hand, so that what is queued and when it runs are under the test's control. */
final class QueuedExecutor extends AbstractExecutorService {

    private final Queue<Runnable> queued = new ArrayDeque<>();
    private boolean direct;

    /** From now on, runs what it is given at once, on the caller's thread (or queues it again). */
    void runDirectly(boolean atOnce) {
        this.direct = atOnce;
    }

    void runAll() {
        Runnable next;
        while ((next = queued.poll()) != null) {
            next.run();
        }
    }

    /** Tasks queued and not yet run. */
    int pending() {
        return queued.size();
    }

    @Override
    public void execute(Runnable command) {
        if (direct) {
            command.run();
        } else {
            queued.add(command);
        }
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
