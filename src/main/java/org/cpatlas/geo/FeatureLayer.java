package org.cpatlas.geo;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/** A named vector layer as read from a shapefile: its features, field names in file order and its extent. */
public record FeatureLayer(String name, List<String> fieldNames, List<Feature> features, Envelope bounds) {

    public FeatureLayer {
        Objects.requireNonNull(name, "name");
        fieldNames = List.copyOf(fieldNames);
        features = List.copyOf(features);
        bounds = new Envelope(bounds);
    }

    public int size() {
        return features.size();
    }
}
