package org.cpatlas.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A county-to-region list the user imported, as kept in the user database: its name, the file it was read from (name,
 * path, SHA-256, sheet), when, and how many of the file's rows it holds.
 *
 * @param id          number of the list in the user database
 * @param name        what the user calls it ({@code membership use NAME})
 * @param fileName    the file's name
 * @param filePath    where it was read
 * @param sha256      digest of the bytes read
 * @param fileSize    bytes
 * @param format      "csv" or "xlsx"
 * @param encoding    for a CSV, its text encoding
 * @param sheet       for a workbook, the sheet read
 * @param importedAt  when
 * @param rowsRead    data rows in the file
 * @param rowsStored  rows kept (one per county and region)
 * @param rowsLeftOut rows not kept (unknown or ambiguous county, not on the map, repeated), each with its reason
 */
public record MembershipListInfo(long id, String name, String fileName, String filePath, String sha256, long fileSize,
        String format, String encoding, String sheet, Instant importedAt, int rowsRead, int rowsStored,
        int rowsLeftOut) {

    public MembershipListInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(importedAt, "importedAt");
        encoding = Objects.requireNonNullElse(encoding, "");
        sheet = Objects.requireNonNullElse(sheet, "");
    }

    /** "counties.xlsx, sheet 名单" or "counties.csv": where the rows were read. */
    public String file() {
        return fileName + (sheet.isEmpty() ? "" : ", sheet " + sheet);
    }
}
