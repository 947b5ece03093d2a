package org.cpatlas.imports;

/**
 * A table the atlas cannot import, in words: which file, which row and column when one is to blame, what is wrong
 * and what to do. Nothing has been stored when it is thrown.
 */
public final class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int row;
    private final String column;

    /** A problem with the whole file. */
    public ImportException(String file, String problem) {
        this(file, 0, null, problem, null);
    }

    /**
     * @param file    the file's name as the user knows it
     * @param row     the 1-based row as a spreadsheet numbers it (the header is row 1 of a CSV), or 0
     * @param column  the column as the user sees it ("D (人均GDP)"), or null
     * @param problem what is wrong and what to do
     */
    public ImportException(String file, int row, String column, String problem, Throwable cause) {
        super(where(file, row, column) + problem + " (nothing was imported)", cause);
        this.file = file;
        this.row = row;
        this.column = column;
    }

    private static String where(String file, int row, String column) {
        StringBuilder where = new StringBuilder(file);
        if (row > 0) {
            where.append(" row ").append(row);
        }
        if (column != null) {
            where.append(row > 0 ? ", column " : " column ").append(column);
        }
        return where.append(": ").toString();
    }

    public String file() {
        return file;
    }

    /** 1-based row, 0 when the problem is not in one row. */
    public int row() {
        return row;
    }

    /** The column as the user sees it, or null. */
    public String column() {
        return column;
    }
}
