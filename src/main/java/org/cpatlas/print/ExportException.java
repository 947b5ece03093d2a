package org.cpatlas.print;

/**
 * An export failed for a reason the user can act on (a missing folder, a read-only folder, a full disk).
 * The message is one sentence meant to be shown as is; nothing half-written is left behind.
 */
public final class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
