package org.cpatlas.geo;

import java.util.Optional;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Keeps layers as {@link ShapefileReader} decoded them, keyed by the bytes they were read from, so that reading the
 * same files again returns the decoded layer instead of decoding them anew: the .dbf's text, the coordinates'
 * checks and the assembly of rings into polygons were most of the time the window took to load its maps at every
 * start. A cache and nothing more: a snapshot that cannot be read or written only means the files are decoded.
 */
public interface LayerSnapshots {

    /** The layer decoded earlier from the files {@code key} names, with geometries made by {@code factory}. */
    Optional<FeatureLayer> recall(String key, GeometryFactory factory);

    /** Keeps the layer decoded from the files {@code key} names. */
    void remember(String key, FeatureLayer layer);

    /** Keeps nothing: every read decodes the files. */
    LayerSnapshots NONE = new LayerSnapshots() {
        @Override
        public Optional<FeatureLayer> recall(String key, GeometryFactory factory) {
            return Optional.empty();
        }

        @Override
        public void remember(String key, FeatureLayer layer) {
        }
    };
}
