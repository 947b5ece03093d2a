package org.cpatlas.print;

import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.MapLayers;

/**
 * The map layers a printed page needs, read from the maps folder: regions and provinces (required), neighbouring
 * countries when countries.shp is there. County outlines are not printed by default, so counties.shp is only read
 * when asked for.
 */
public final class PrintLayers {

    public static final String COUNTRIES = "countries";

    private PrintLayers() {
    }

    /** @throws org.cpatlas.geo.ShapefileException naming the file when a layer is missing or damaged */
    public static MapLayers load(MapSource maps, ShapefileReader reader, boolean counties) {
        DrawableLayer regions = new DrawableLayer(maps.readPolygons(PlaceIdentifier.REGIONS, reader));
        DrawableLayer provinces = new DrawableLayer(maps.readPolygons(PlaceIdentifier.PROVINCES, reader));
        DrawableLayer countries = maps.has(COUNTRIES) ? new DrawableLayer(maps.readPolygons(COUNTRIES, reader)) : null;
        DrawableLayer countyLayer = null;
        if (counties && maps.has(PlaceIdentifier.COUNTIES)) {
            FeatureLayer layer = maps.readPolygons(PlaceIdentifier.COUNTIES, reader);
            countyLayer = new DrawableLayer(layer);
        }
        return new MapLayers(countries, provinces, countyLayer, regions);
    }
}
