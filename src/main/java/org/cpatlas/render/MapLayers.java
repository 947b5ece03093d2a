package org.cpatlas.render;

import java.util.Objects;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.geo.ShapefileReader;

/**
 * The four layers of the atlas map, bottom to top: neighbouring countries, China's provinces,
 * the county units, and the 14 regions (the thematic layer). Counties may be null when not loaded.
 * Beside them, the South China Sea islands inset (南海诸岛, a schematic drawn in its own frame on whole-country maps,
 * {@link SouthChinaSeaInset}); null when the maps have none.
 */
public record MapLayers(DrawableLayer countries, DrawableLayer provinces, DrawableLayer counties,
        DrawableLayer regions, DrawableLayer southChinaSea) {

    /** Base name of the optional context layer of neighbouring countries. */
    public static final String COUNTRIES = "countries";
    /** Base name of the optional layer of the South China Sea islands inset. */
    public static final String SOUTH_CHINA_SEA = "nanhai";

    public MapLayers {
        Objects.requireNonNull(provinces, "provinces");
        Objects.requireNonNull(regions, "regions");
    }

    /** The layers without an inset. */
    public MapLayers(DrawableLayer countries, DrawableLayer provinces, DrawableLayer counties, DrawableLayer regions) {
        this(countries, provinces, counties, regions, null);
    }

    /**
     * Has the labelled layers (regions and provinces) take the label sites {@code memo} knows and remember those found
     * later ({@link DrawableLayer#recallLabelSites}); returns how many were recalled.
     */
    public int recallLabelSites(LabelSiteMemo memo) {
        return regions.recallLabelSites(memo) + provinces.recallLabelSites(memo);
    }

    /**
     * Reads the layers from a map source. Regions and provinces are required; countries and the inset are context
     * and left out when absent; counties are read only when asked for (then required), as printing at small scales skips them.
     *
     * @throws org.cpatlas.geo.ShapefileException naming the file when a required layer is missing or damaged
     */
    public static MapLayers load(MapSource maps, ShapefileReader reader, boolean withCounties) {
        DrawableLayer regions = new DrawableLayer(maps.readPolygons(PlaceIdentifier.REGIONS, reader));
        DrawableLayer provinces = new DrawableLayer(maps.readPolygons(PlaceIdentifier.PROVINCES, reader));
        DrawableLayer counties = withCounties
                ? new DrawableLayer(maps.readPolygons(PlaceIdentifier.COUNTIES, reader)) : null;
        DrawableLayer countries = maps.has(COUNTRIES) ? new DrawableLayer(maps.readPolygons(COUNTRIES, reader)) : null;
        DrawableLayer inset = maps.has(SOUTH_CHINA_SEA)
                ? new DrawableLayer(maps.readPolygons(SOUTH_CHINA_SEA, reader)) : null;
        return new MapLayers(countries, provinces, counties, regions, inset);
    }
}
