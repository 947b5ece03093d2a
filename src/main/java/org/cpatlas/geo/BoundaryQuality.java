package org.cpatlas.geo;

import java.util.Locale;

/**
 * How well a region's boundary is known, from the `quality` field of regions.shp:
 * every member county sourced; partly sourced or inferred; or an approximation built from weaker evidence.
 */
public enum BoundaryQuality {
    SOURCED("sourced"),
    PARTIAL("partial"),
    APPROXIMATE("approximate");

    private final String code;

    BoundaryQuality(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Parses the attribute value; anything unknown counts as approximate, the cautious reading. */
    public static BoundaryQuality parse(String value) {
        if (value == null) {
            return APPROXIMATE;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "sourced" -> SOURCED;
            case "partial" -> PARTIAL;
            default -> APPROXIMATE;
        };
    }
}
