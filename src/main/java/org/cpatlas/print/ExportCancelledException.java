package org.cpatlas.print;

/** An export stopped on request; the partial output has been removed. */
public final class ExportCancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExportCancelledException(String message) {
        super(message);
    }
}
