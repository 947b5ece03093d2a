package org.cpatlas.geo;

import java.util.Objects;

/** A province-level unit as identified on the map, from provinces.shp: GB/T 2260 code (e.g. {@code 42}) and names. */
public record ProvinceInfo(String code, String nameZh, String nameEn) {

    public ProvinceInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
    }

    static ProvinceInfo of(Feature f) {
        return new ProvinceInfo(f.text("code"), f.text("name_zh"), f.text("name_en"));
    }
}
