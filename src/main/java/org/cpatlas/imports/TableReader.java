package org.cpatlas.imports;

import java.nio.file.Path;

/**
 * Reads a user's table file (CSV or XLSX, whatever its name says) into a {@link RawTable}, or fails with an
 * {@link ImportException} that names the file, the row and what to do. Reads the file twice (its digest, then its
 * table) and keeps at most {@value #MAX_DATA_ROWS} rows, so memory stays bounded whatever the file's size.
 */
public final class TableReader {

    /**
     * The most data rows a table may have: a table of counties has one per county (China has about 2,900); twenty
     * thousand rows of twenty cells fit in a few tens of megabytes, under the window's heap.
     */
    public static final int MAX_DATA_ROWS = 20_000;

    private final int maxDataRows;

    public TableReader() {
        this(MAX_DATA_ROWS);
    }

    /** With another row limit (for tests). */
    TableReader(int maxDataRows) {
        this.maxDataRows = maxDataRows;
    }

    /** Reads the file at {@code path}. */
    public RawTable read(Path path, ReadOptions options) {
        return read(SourceFile.of(path), options);
    }

    /** Reads a file whose digest was taken already. */
    public RawTable read(SourceFile file, ReadOptions options) {
        FileSniffer.Sniffed sniffed = FileSniffer.sniff(file);
        if (sniffed.format() == TableFormat.XLSX) {
            return new XlsxTableReader(file, maxDataRows).read(options.sheet(), sniffed.note());
        }
        if (options.sheet() != null && !options.sheet().isBlank()) {
            throw new ImportException(file.name(), "the file is a text (CSV) table, which has no sheets; leave out"
                    + " the sheet '" + options.sheet() + "'");
        }
        TextEncoding encoding = TextEncoding.detect(file, options.encoding());
        return new CsvTableReader(file, encoding, maxDataRows).read(sniffed.note());
    }
}
