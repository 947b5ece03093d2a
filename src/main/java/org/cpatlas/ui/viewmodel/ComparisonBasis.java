package org.cpatlas.ui.viewmodel;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.cpatlas.domain.Aggregation;
import org.cpatlas.domain.IndicatorData;
import org.cpatlas.imports.Gazetteer;

/**
 * What the indicator section compares on at this moment: the indicator shown, its values and the method the user
 * picked. Printed sheets are made from it, so a sheet says what the panel says.
 *
 * @param weights     for a weighted mean, each county's weight; else empty
 * @param weightTitle the weighting indicator's title, "" if none
 */
public record ComparisonBasis(Gazetteer gazetteer, IndicatorData data, Aggregation how, Map<String, BigDecimal> weights,
        String weightTitle) {

    public ComparisonBasis {
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(how, "how");
        weights = Map.copyOf(weights);
        weightTitle = Objects.requireNonNullElse(weightTitle, "");
    }
}
