package org.cpatlas.imports;

/** The user cancelled an import; nothing was stored. */
public final class ImportCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportCancelledException(String file) {
        super("Import of " + file + " cancelled; nothing was stored.");
    }
}
