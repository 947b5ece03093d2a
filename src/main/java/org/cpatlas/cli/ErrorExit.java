package org.cpatlas.cli;

import java.io.PrintWriter;

/** How a command stops on a refusal or a failure: one line "atlas: ..." on standard error, then its exit code. */
final class ErrorExit {

    private ErrorExit() {
    }

    /** Prints "atlas: " and {@code message} to {@code err}, flushes it, and gives {@code code} to return. */
    static int with(PrintWriter err, int code, String message) {
        err.println("atlas: " + message);
        err.flush();
        return code;
    }

    /** As {@link #with}, with an exception's message made one line (a store's or a reader's words). */
    static int failed(PrintWriter err, String message) {
        return with(err, 1, ExportCommand.oneLine(message));
    }
}
