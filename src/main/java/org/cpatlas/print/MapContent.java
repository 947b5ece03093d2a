package org.cpatlas.print;

import java.time.LocalDate;
import java.util.Objects;
import org.cpatlas.render.MapLayers;
import org.cpatlas.render.MapOptions;
import org.cpatlas.render.RegionStyling;

/** The map data every atlas page shares: layers, choropleth styling, options, legend heading, credits and date. */
public record MapContent(MapLayers layers, RegionStyling styling, MapOptions options, String legendTitle,
        String sourceLine, LocalDate date) {

    public MapContent {
        Objects.requireNonNull(layers, "layers");
        Objects.requireNonNull(styling, "styling");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(date, "date");
        legendTitle = Objects.requireNonNullElse(legendTitle, "");
        sourceLine = Objects.requireNonNullElse(sourceLine, Credits.SOURCE_LINE);
    }
}
