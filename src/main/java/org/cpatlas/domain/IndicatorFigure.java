package org.cpatlas.domain;

import java.util.Objects;

/** One unit's figure together with the indicator it belongs to, for lists such as a county's figures. */
public record IndicatorFigure(IndicatorInfo indicator, UnitFigure figure) {

    public IndicatorFigure {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(figure, "figure");
    }
}
