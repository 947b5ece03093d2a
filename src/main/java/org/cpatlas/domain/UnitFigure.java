package org.cpatlas.domain;

import java.util.Objects;

/**
 * One unit's figure for an indicator: the county, province or region, the figure with its source (for an imported
 * value: the file, row and cell), and how its key was matched when that needs saying.
 *
 * @param unitCode 2012 county code, province code or region code
 * @param unitName its name
 * @param figure   the value, or not reported, with its source and flags
 * @param note     how the row's key was matched ("a later code of ..."), "" when exactly
 */
public record UnitFigure(String unitCode, String unitName, Figure figure, String note) {

    public UnitFigure {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(figure, "figure");
        unitName = Objects.requireNonNullElse(unitName, "");
        note = Objects.requireNonNullElse(note, "");
    }
}
