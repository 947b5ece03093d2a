package org.cpatlas.render;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How the regions are coloured and highlighted: the mapped value of each region (absent = not reported),
 * the classes, the selected and hovered region codes (null for none), and the indicator shown instead of Table 1's
 * rate (null for the atlas's own map): a county or province indicator fills those units and leaves the regions
 * outlined only.
 */
public record RegionStyling(Map<String, BigDecimal> values, ChoroplethScale scale, String selected, String hovered,
        IndicatorMap indicator) {

    public RegionStyling {
        values = Map.copyOf(values);
    }

    public RegionStyling(Map<String, BigDecimal> values, ChoroplethScale scale, String selected, String hovered) {
        this(values, scale, selected, hovered, null);
    }

    /**
     * The styling of an indicator: a region indicator fills the regions with its classes; a county or province
     * indicator fills those units (see {@link MapPainter#paintIndicatorUnits}) and the regions are outlined only.
     */
    public static RegionStyling forIndicator(IndicatorMap indicator) {
        Map<String, BigDecimal> regionValues = indicator.level() == org.cpatlas.domain.Level.REGION
                ? indicator.values() : Map.of();
        return new RegionStyling(regionValues, indicator.scale(), null, null, indicator);
    }

    /** True when regions are drawn as outlines only (a county or province indicator fills the map under them). */
    public boolean regionsOutlinedOnly() {
        return indicator != null && indicator.level() != org.cpatlas.domain.Level.REGION;
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
        return new RegionStyling(values, scale, code, hovered, indicator);
    }

    public RegionStyling withHovered(String code) {
        return new RegionStyling(values, scale, selected, code, indicator);
    }

    public BigDecimal valueOf(String code) {
        return values.get(code);
    }
}
