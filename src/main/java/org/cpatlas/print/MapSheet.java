package org.cpatlas.print;

import java.time.LocalDate;
import java.util.Objects;
import org.cpatlas.render.MapLayers;
import org.cpatlas.render.MapOptions;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.RegionStyling;

/**
 * What a map page shows: the map as the window shows it (its viewport, layers, styling and options),
 * the title in Chinese and English, the legend heading, the credit line and the date.
 *
 * @param titleZh      e.g. "六盘山区" or "中国集中连片特困地区"
 * @param titleEn      e.g. "Liupan Mountains"
 * @param viewport     the window's viewport; the page keeps its ground extent at the output resolution
 * @param legendTitle  what the choropleth shows, e.g. "Urbanization rate 2010 (%)"
 * @param sourceLine   credits of figures and map data ({@link Credits#SOURCE_LINE})
 */
public record MapSheet(String titleZh, String titleEn, MapViewport viewport, MapLayers layers, RegionStyling styling,
        MapOptions options, String legendTitle, String sourceLine, LocalDate date) {

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
