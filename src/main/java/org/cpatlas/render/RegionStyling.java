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

    /**
     * The choropleth of a percentage (the urbanization rate) in a theme's palette, nothing selected: the one place
     * the window and the printed map get their classes from, so they always agree.
     */
    public static RegionStyling choropleth(Map<String, BigDecimal> values, MapTheme theme) {
        ChoroplethScale scale = ChoroplethScale.equalIntervals(values.values(), theme.choropleth(), theme.notReported(),
                "%");
        return new RegionStyling(values, scale, null, null);
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
