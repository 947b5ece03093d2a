package org.cpatlas.imports;

import java.util.List;
import java.util.Objects;

/**
 * A county-level unit of the map's county layer: its 2012 code, names and the regions it belongs to.
 *
 * @param code          six-digit code of end-2012 (GB/T 2260)
 * @param nameZh        2012 name
 * @param provinceCode  two-digit province code
 * @param provinceZh    province name
 * @param prefectureZh  prefecture as in the code table ("直辖" = directly under the province)
 * @param regions       codes of the regions it belongs to (usually none or one)
 */
public record County(String code, String nameZh, String provinceCode, String provinceZh, String prefectureZh,
        List<String> regions) {

    public County {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        provinceCode = Objects.requireNonNullElse(provinceCode, "");
        provinceZh = Objects.requireNonNullElse(provinceZh, "");
        prefectureZh = Objects.requireNonNullElse(prefectureZh, "");
        regions = List.copyOf(regions);
    }

    /** "会宁县 (620422, 白银市, 甘肃省)", for reports. */
    public String describe() {
        String where = prefectureZh.isEmpty() || prefectureZh.equals("直辖") ? provinceZh : prefectureZh + ", " + provinceZh;
        return nameZh + " (" + code + (where.isEmpty() ? "" : ", " + where) + ")";
    }
}
