package org.cpatlas.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An indicator with every unit's figure, by unit code; units without a row are absent, units whose cell gave no
 * number are present and not reported.
 */
public record IndicatorData(IndicatorInfo info, Map<String, UnitFigure> figures) {

    public IndicatorData {
        Objects.requireNonNull(info, "info");
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** The numbers by unit code; units not reported are left out, never set to 0. */
    public Map<String, BigDecimal> values() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        figures.forEach((code, f) -> {
            if (f.figure().isNumeric()) {
                values.put(code, f.figure().value());
            }
        });
        return values;
    }
}
