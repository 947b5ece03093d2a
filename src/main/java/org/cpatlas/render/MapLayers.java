package org.cpatlas.render;

import java.util.Objects;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.geo.ShapefileReader;

/**
 * The four layers of the atlas map, bottom to top: neighbouring countries, China's provinces,
 * the county units, and the 14 regions (the thematic layer). Counties may be null when not loaded.
 */
public record MapLayers(DrawableLayer countries, DrawableLayer provinces, DrawableLayer counties,
        DrawableLayer regions) {

    /** Base name of the optional context layer of neighbouring countries. */
    public static final String COUNTRIES = "countries";

    public MapLayers {
        Objects.requireNonNull(provinces, "provinces");
        Objects.requireNonNull(regions, "regions");
    }

    /**
     * Reads the layers from a map source. Regions and provinces are required; countries are context and left out
     * when absent; counties are read only when asked for (then required), as printing at small scales skips them.
     *
     * @throws org.cpatlas.geo.ShapefileException naming the file when a required layer is missing or damaged
     */
    public static MapLayers load(MapSource maps, ShapefileReader reader, boolean withCounties) {
        DrawableLayer regions = new DrawableLayer(maps.readPolygons(PlaceIdentifier.REGIONS, reader));
        DrawableLayer provinces = new DrawableLayer(maps.readPolygons(PlaceIdentifier.PROVINCES, reader));
        DrawableLayer counties = withCounties
                ? new DrawableLayer(maps.readPolygons(PlaceIdentifier.COUNTIES, reader)) : null;
        DrawableLayer countries = maps.has(COUNTRIES) ? new DrawableLayer(maps.readPolygons(COUNTRIES, reader)) : null;
        return new MapLayers(countries, provinces, counties, regions);
    }
}
