package org.cpatlas.store;

/** A row of a data file that cannot be imported; names the file, the line and what is wrong. */
public final class DataImportException extends AtlasStoreException {

    private final String file;
    private final int line;

    public DataImportException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    public DataImportException(String file, int line, String problem, Throwable cause) {
        super(where(file, line) + problem + " (nothing was imported; fix the data file and start again)", cause);
        this.file = file;
        this.line = line;
    }

    private static String where(String file, int line) {
        return line > 0 ? file + " line " + line + ": " : file + ": ";
    }

    public String file() {
        return file;
    }

    /** 1-based line of the file where the bad row starts; 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
