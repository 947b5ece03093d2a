package org.cpatlas.imports;

import java.util.List;
import java.util.Objects;
import org.cpatlas.domain.MembershipList;

/**
 * What a membership list's import stores, once its preview allows it: the file (checked again before the commit), how
 * it was read, the list's rows (2012 county code, region, basis, source, note, file row) and the rows left out.
 *
 * @param file     the file as read (SHA-256 of the bytes read)
 * @param format   CSV or XLSX
 * @param encoding for a CSV, its text encoding
 * @param sheet    for a workbook, the sheet read
 * @param list     the rows kept, named as the user chose
 * @param keys     per kept row (same order), the county cell's text and how it was matched ("" when as it is)
 * @param rowsRead data rows in the file
 * @param leftOut  rows not kept, and why
 */
public record MembershipPlan(SourceFile file, TableFormat format, String encoding, String sheet, MembershipList list,
        List<Key> keys, int rowsRead, List<ImportPlan.LeftOutRow> leftOut) {

    /** How one kept row's county cell was read: its text and the match's note (a code of 2015 followed to 2012). */
    public record Key(String text, String matchNote) {
    }

    public MembershipPlan {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(list, "list");
        encoding = Objects.requireNonNullElse(encoding, "");
        sheet = Objects.requireNonNullElse(sheet, "");
        keys = List.copyOf(keys);
        leftOut = List.copyOf(leftOut);
        if (keys.size() != list.members().size()) {
            throw new IllegalArgumentException("one key per row kept");
        }
    }
}
