package org.cpatlas.print;

import java.time.LocalDate;
import java.util.Objects;
import org.cpatlas.render.MapLayers;
import org.cpatlas.render.MapOptions;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.RegionStyling;
import org.locationtech.jts.geom.Envelope;

/**
 * What a map page shows: the map as the window shows it (its viewport, layers, styling and options),
 * the title in Chinese and English, the legend heading, the credit line and the date.
 *
 * @param titleZh      e.g. "六盘山区" or "中国集中连片特困地区"
 * @param titleEn      e.g. "Liupan Mountains"
 * @param viewport     the window's viewport; the page keeps its ground extent at the output resolution
 * @param legendTitle  what the choropleth shows, e.g. "Urbanization rate 2010 (%)"
 * @param sourceLine   credits of figures and map data ({@link Credits#SOURCE_LINE})
 * @param fit          an extent (lon/lat) the page fits into its frame whatever the frame's shape (the whole country,
 *                     a region), or null to keep the window's viewport's extent
 */
public record MapSheet(String titleZh, String titleEn, MapViewport viewport, MapLayers layers, RegionStyling styling,
        MapOptions options, String legendTitle, String sourceLine, LocalDate date, Envelope fit) {

    /** The map as the window shows it: the page keeps the viewport's extent. */
    public MapSheet(String titleZh, String titleEn, MapViewport viewport, MapLayers layers, RegionStyling styling,
            MapOptions options, String legendTitle, String sourceLine, LocalDate date) {
        this(titleZh, titleEn, viewport, layers, styling, options, legendTitle, sourceLine, date, null);
    }

    /** A map that fits this extent into its frame; the viewport is the extent in a notional square window. */
    public static MapSheet fitting(String titleZh, String titleEn, Envelope extent, MapLayers layers,
            RegionStyling styling, MapOptions options, String legendTitle, String sourceLine, LocalDate date) {
        return new MapSheet(titleZh, titleEn, MapViewport.fitting(extent, 800, 800, 0), layers, styling, options,
                legendTitle, sourceLine, date, new Envelope(extent));
    }

    public MapSheet {
        Objects.requireNonNull(viewport, "viewport");
        Objects.requireNonNull(layers, "layers");
        Objects.requireNonNull(styling, "styling");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(date, "date");
        titleZh = titleZh == null ? "" : titleZh;
        titleEn = titleEn == null ? "" : titleEn;
        legendTitle = legendTitle == null ? "" : legendTitle;
        sourceLine = sourceLine == null ? Credits.SOURCE_LINE : sourceLine;
    }
}
