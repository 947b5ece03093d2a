package org.cpatlas.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A table a user imported: the file it came from (name, path, SHA-256, sheet), how it was read, the user's words for
 * its source, when, and what it holds.
 *
 * @param id          number the user removes it by
 * @param fileName    the file's name
 * @param filePath    where it was read
 * @param sha256      digest of the bytes read
 * @param fileSize    bytes
 * @param format      "csv" or "xlsx"
 * @param encoding    for a CSV, its text encoding
 * @param sheet       for a workbook, the sheet read
 * @param level       what its keys are
 * @param keyColumn   the key column as the user sees it
 * @param sourceText  the user's words for where the figures come from; may be empty
 * @param importedAt  when
 * @param rowsRead    data rows in the file
 * @param rowsStored  rows stored (one per matched unit)
 * @param rowsLeftOut rows not stored (unknown, ambiguous or empty keys)
 * @param indicators  the codes of its indicators, in column order
 */
public record Dataset(long id, String fileName, String filePath, String sha256, long fileSize, String format,
        String encoding, String sheet, Level level, String keyColumn, String sourceText, Instant importedAt,
        int rowsRead, int rowsStored, int rowsLeftOut, List<String> indicators) {

    public Dataset {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(importedAt, "importedAt");
        sourceText = Objects.requireNonNullElse(sourceText, "");
        sheet = Objects.requireNonNullElse(sheet, "");
        encoding = Objects.requireNonNullElse(encoding, "");
        indicators = List.copyOf(indicators);
    }

    /**
     * How its figures are cited: the user's source text, then the file; without a source text, the file alone, said
     * to be the user's own.
     */
    public String citation() {
        String file = fileName + (sheet.isEmpty() ? "" : ", sheet " + sheet);
        return sourceText.isEmpty() ? "Imported by the user from " + file + " (no source given)"
                : sourceText + " (imported from " + file + ")";
    }
}
