package org.cpatlas.imports;

import java.util.Objects;

/**
 * A province or a region of the map, as its layer names it.
 *
 * @param code   two-digit province code, or region code ("wuling")
 * @param nameZh Chinese name
 * @param nameEn English name
 */
public record NamedUnit(String code, String nameZh, String nameEn) {

    public NamedUnit {
        Objects.requireNonNull(code, "code");
        nameZh = Objects.requireNonNullElse(nameZh, "");
        nameEn = Objects.requireNonNullElse(nameEn, "");
    }

    /** "甘肃省 (62)". */
    public String describe() {
        return (nameZh.isEmpty() ? nameEn : nameZh) + " (" + code + ")";
    }
}
