package org.cpatlas.imports;

import java.util.List;
import java.util.Map;
import org.cpatlas.domain.Level;

/**
 * Which rows of a table were matched to units of the map, and which were not and why: what the preview shows and the
 * command line prints before anything is stored.
 *
 * @param level      the level the keys were matched at
 * @param rows       data rows read
 * @param matched    rows whose key is a unit's code or name as it is
 * @param mapped     rows matched through a later code or name, or a name without its suffix (each reported)
 * @param unknown    rows whose key names nothing the atlas knows
 * @param ambiguous  rows whose key could be several units
 * @param outside    rows whose key is a real unit not on the map's layer
 * @param blank      rows with an empty key
 * @param duplicated units named by more than one row: unit code to its rows
 * @param conflicts  rows whose name column disagrees with their code
 * @param unitNames  unit code to name, for duplicated units
 */
public record MatchReport(Level level, int rows, int matched, List<RowMatch> mapped, List<RowMatch> unknown,
        List<RowMatch> ambiguous, List<RowMatch> outside, List<Integer> blank, Map<String, List<Integer>> duplicated,
        List<String> conflicts, Map<String, String> unitNames) {

    public MatchReport {
        mapped = List.copyOf(mapped);
        unknown = List.copyOf(unknown);
        ambiguous = List.copyOf(ambiguous);
        outside = List.copyOf(outside);
        blank = List.copyOf(blank);
        duplicated = Map.copyOf(duplicated);
        conflicts = List.copyOf(conflicts);
        unitNames = Map.copyOf(unitNames);
    }

    /** Rows whose key names one unit (matched or mapped). */
    public int found() {
        return matched + mapped.size();
    }

    /** Rows left out: unknown, ambiguous, outside the layer or without a key. */
    public int leftOut() {
        return unknown.size() + ambiguous.size() + outside.size() + blank.size();
    }
}
