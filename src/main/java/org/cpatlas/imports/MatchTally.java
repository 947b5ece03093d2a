package org.cpatlas.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cpatlas.domain.Level;

/**
 * Sorts each row's key match into the buckets of a {@link MatchReport}: the value tables and the county lists report
 * their keys the same way, so a reader sees one kind of report whichever file they import.
 */
final class MatchTally {

    private int matched;
    private int rows;
    private final List<RowMatch> mapped = new ArrayList<>();
    private final List<RowMatch> unknown = new ArrayList<>();
    private final List<RowMatch> ambiguous = new ArrayList<>();
    private final List<RowMatch> outside = new ArrayList<>();
    private final List<Integer> blank = new ArrayList<>();

    /** Counts one row; a match that needed a note (an old code, a name read loosely) is reported as mapped. */
    void add(RowMatch row) {
        rows++;
        KeyMatch m = row.match();
        switch (m.status()) {
            case MATCHED -> {
                if (m.note().isEmpty()) {
                    matched++;
                } else {
                    mapped.add(row);
                }
            }
            case MAPPED -> mapped.add(row);
            case UNKNOWN -> unknown.add(row);
            case AMBIGUOUS -> ambiguous.add(row);
            case OUTSIDE -> outside.add(row);
            case BLANK -> blank.add(row.row());
        }
    }

    /** The report of the rows counted so far. */
    MatchReport report(Level level, Map<String, List<Integer>> duplicated, List<String> conflicts,
            Map<String, String> unitNames) {
        return new MatchReport(level, rows, matched, mapped, unknown, ambiguous, outside, blank, duplicated, conflicts,
                unitNames);
    }
}
