package org.cpatlas.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/**
 * An atlas store whose every statement is recorded with the thread that made it and what a test counts at that moment
 * (e.g. the frames the window has shown): to check which thread reads the database, and when.
 */
public final class RecordedReads {

    /**
     * One statement made on the database.
     *
     * @param thread the name of the thread that made it
     * @param sql    its text ("" for a statement made without text)
     * @param count  what the test's counter said then
     */
    public record Read(String thread, String sql, int count) {
    }

    private final List<Read> reads = new CopyOnWriteArrayList<>();
    private final IntSupplier counter;
    private volatile boolean closed;

    /** Records the counter's value with each read (e.g. the frames shown so far). */
    public RecordedReads(IntSupplier counter) {
        this.counter = counter;
    }

    /**
     * The atlas database at {@code db}, built from the repository's {@code data/} when missing, opened on a connection
     * that records every statement made on it.
     */
    public AtlasStore open(Path db) {
        TestStores.opener().open(db).close();
        try {
            Connection real = SqliteConnections.file(db, false).open();
            Connection recording = (Connection) Proxy.newProxyInstance(RecordedReads.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")) {
                            reads.add(new Read(Thread.currentThread().getName(),
                                    args != null && args.length > 0 && args[0] instanceof String sql ? sql : "",
                                    counter.getAsInt()));
                        }
                        if (method.getName().equals("close")) {
                            closed = true;
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            return new AtlasStore(recording, db, false, List.of());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every statement made so far, in order. */
    public List<Read> reads() {
        return List.copyOf(reads);
    }

    /** True once the store's connection was closed. */
    public boolean closed() {
        return closed;
    }
}
