package org.cpatlas.imports;

import java.util.Objects;

/**
 * What a column's header says about its values: the indicator's name, its unit and year; the preview lets the user
 * change each.
 *
 * @param raw  the header exactly as in the file
 * @param name the indicator's name ("人均GDP")
 * @param unit the unit ("元"), "" when the header gives none
 * @param year the year, or null when the header gives none
 */
public record ColumnHeader(String raw, String name, String unit, Integer year) {

    public ColumnHeader {
        Objects.requireNonNull(raw, "raw");
        name = Objects.requireNonNullElse(name, "").strip();
        unit = Objects.requireNonNullElse(unit, "").strip();
    }

    public ColumnHeader withName(String newName) {
        return new ColumnHeader(raw, newName, unit, year);
    }

    public ColumnHeader withUnit(String newUnit) {
        return new ColumnHeader(raw, name, newUnit, year);
    }

    public ColumnHeader withYear(Integer newYear) {
        return new ColumnHeader(raw, name, unit, newYear);
    }

    /** "人均GDP (元, 2015)", for lists. */
    public String describe() {
        StringBuilder out = new StringBuilder(name);
        if (!unit.isEmpty() || year != null) {
            out.append(" (").append(unit);
            if (year != null) {
                out.append(unit.isEmpty() ? "" : ", ").append(year);
            }
            out.append(')');
        }
        return out.toString();
    }
}
