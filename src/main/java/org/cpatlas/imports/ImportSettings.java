package org.cpatlas.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cpatlas.domain.Level;

/**
 * What the user chose about a table, where they chose: the level and key column (null = detect), the header of a
 * column edited in the preview, columns left out. Immutable; each {@code with} returns a copy.
 *
 * @param level     counties, provinces or regions; null to detect
 * @param keyColumn the key column by header, letter (C) or number (3); null to detect
 * @param headers   edited headers by 0-based column
 * @param excluded  0-based value columns not to import
 */
public record ImportSettings(Level level, String keyColumn, Map<Integer, ColumnHeader> headers,
        Set<Integer> excluded) {

    public ImportSettings {
        headers = Map.copyOf(headers);
        excluded = Set.copyOf(excluded);
    }

    /** Everything detected. */
    public static ImportSettings detect() {
        return new ImportSettings(null, null, Map.of(), Set.of());
    }

    public ImportSettings withLevel(Level newLevel) {
        return new ImportSettings(newLevel, keyColumn, headers, excluded);
    }

    public ImportSettings withKeyColumn(String column) {
        return new ImportSettings(level, column, headers, excluded);
    }

    public ImportSettings withHeader(int column, ColumnHeader header) {
        Map<Integer, ColumnHeader> copy = new HashMap<>(headers);
        copy.put(column, Objects.requireNonNull(header, "header"));
        return new ImportSettings(level, keyColumn, copy, excluded);
    }

    public ImportSettings withIncluded(int column, boolean included) {
        Set<Integer> copy = new HashSet<>(excluded);
        if (included) {
            copy.remove(column);
        } else {
            copy.add(column);
        }
        return new ImportSettings(level, keyColumn, headers, copy);
    }
}
