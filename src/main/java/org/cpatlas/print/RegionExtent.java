package org.cpatlas.print;

import java.util.Optional;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.MapLayers;
import org.locationtech.jts.geom.Envelope;

/** Where a region is on the map, so a page can zoom to it. */
public final class RegionExtent {

    private RegionExtent() {
    }

    /** The region's lon/lat envelope, or empty when the layer lacks the region or has no geometry for it. */
    public static Optional<Envelope> of(MapLayers layers, String code) {
        DrawableLayer regions = layers.regions();
        int index = regions.indexOf("code", code);
        if (index < 0) {
            return Optional.empty();
        }
        Envelope envelope = regions.feature(index).geometry().getEnvelopeInternal();
        return envelope.isNull() || envelope.getArea() == 0 ? Optional.empty() : Optional.of(envelope);
    }

    /** The region's envelope, else everything the regions (or, failing that, the provinces) cover. */
    public static Envelope orWholeMap(MapLayers layers, String code) {
        return of(layers, code).orElseGet(() -> {
            Envelope all = layers.regions().layer().bounds();
            return all.isNull() || all.getArea() == 0 ? layers.provinces().layer().bounds() : all;
        });
    }
}
