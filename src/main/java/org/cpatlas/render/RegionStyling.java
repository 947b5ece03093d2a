package org.cpatlas.render;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How the regions are coloured and highlighted: the mapped value of each region (absent = not reported),
 * the classes, the selected and hovered region codes (null for none).
 */
public record RegionStyling(Map<String, BigDecimal> values, ChoroplethScale scale, String selected, String hovered) {

    public RegionStyling {
        values = Map.copyOf(values);
    }

    public RegionStyling withSelected(String code) {
        return new RegionStyling(values, scale, code, hovered);
    }

    public RegionStyling withHovered(String code) {
        return new RegionStyling(values, scale, selected, code);
    }

    public BigDecimal valueOf(String code) {
        return values.get(code);
    }
}
