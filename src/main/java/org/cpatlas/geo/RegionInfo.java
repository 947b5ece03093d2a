package org.cpatlas.geo;

import java.util.Objects;

/**
 * A contiguous poor region as identified on the map, from regions.shp: its code (e.g. {@code wuling}), names and how
 * its boundary was established ({@code sourced}, {@code partial} or {@code approximate}; empty if the layer says nothing).
 */
public record RegionInfo(String code, String nameZh, String nameEn, String boundaryQuality) {

    public RegionInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(boundaryQuality, "boundaryQuality");
    }

    static RegionInfo of(Feature f) {
        return new RegionInfo(f.text("code"), f.text("name_zh"), f.text("name_en"), f.text("quality"));
    }

    /** True when the boundary is not fully sourced, so the UI and print must say it is approximate. */
    public boolean isApproximate() {
        return !boundaryQuality.equals("sourced");
    }
}
