package org.cpatlas.render;

import java.util.Objects;

/**
 * The four layers of the atlas map, bottom to top: neighbouring countries, China's provinces,
 * the county units, and the 14 regions (the thematic layer). Counties may be null when not loaded.
 */
public record MapLayers(DrawableLayer countries, DrawableLayer provinces, DrawableLayer counties,
        DrawableLayer regions) {

    public MapLayers {
        Objects.requireNonNull(provinces, "provinces");
        Objects.requireNonNull(regions, "regions");
    }
}
