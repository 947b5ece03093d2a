package org.cpatlas.domain;

import java.util.Objects;

/**
 * What a figure measures, from {@code data/indicators.csv}.
 *
 * @param code        stable code (urbanization_rate, poverty_incidence, ...)
 * @param nameEn      English name for panels
 * @param nameZh      Chinese name for panels, may be empty
 * @param description longer explanation, may be empty
 */
public record Indicator(String code, String nameEn, String nameZh, String description) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameEn, "nameEn");
        nameZh = nameZh == null ? "" : nameZh;
        description = description == null ? "" : description;
    }
}
