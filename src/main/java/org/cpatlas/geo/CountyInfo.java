package org.cpatlas.geo;

import java.util.Objects;

/**
 * A county-level unit as identified on the map, from counties.shp: its 2012 GB/T 2260 code and Chinese name. The
 * units of Taiwan, Hong Kong and Macao, which GB/T 2260 does not code, have an empty code and the map's name.
 */
public record CountyInfo(String code, String nameZh) {

    public CountyInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
    }

    static CountyInfo of(Feature f) {
        return new CountyInfo(f.text("code"), f.text("name_zh"));
    }
}
