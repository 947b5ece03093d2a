package org.cpatlas.domain;

import java.util.Objects;

/**
 * One figure with what it measures, what it is about and under which scope.
 *
 * @param id        stable identifier (from the CSV row, or derived for computed figures)
 * @param indicator what is measured
 * @param subject   what the figure is about
 * @param scope     the area, period or category the figure covers, empty when the source says nothing more
 * @param note      the atlas's remark on how the figure was read, empty when none
 * @param figure    the value, unit, year, source and flags
 */
public record Observation(String id, Indicator indicator, Subject subject, String scope, String note, Figure figure) {

    public Observation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(figure, "figure");
        scope = scope == null ? "" : scope;
        note = note == null ? "" : note;
    }

    public Source source() {
        return figure.source();
    }
}
