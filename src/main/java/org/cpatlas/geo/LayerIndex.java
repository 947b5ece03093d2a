package org.cpatlas.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the features of one layer at a point (hit tests, identify): an STRtree narrows the candidates by envelope,
 * then a {@link PolygonLocator} over the polygon's own vertices answers point-in-polygon exactly, testing a handful
 * of edges. Safe to share between threads once built. A point on a shared border belongs to every feature it
 * touches; results keep layer order.
 *
 * <p>Each part of a MultiPolygon is indexed on its own: a region's parts spread over a wide envelope, and one
 * locator for all of them would test far more candidates and edges per query.
 */
public final class LayerIndex {

    /** One polygon part; its locator is built on the first query that reaches it (most counties are never hit). */
    private static final class Entry {

        final int order;
        final Feature feature;
        final Polygon part;
        /** Immutable once built; a race builds it twice, harmlessly, and the volatile publishes it whole. */
        private volatile PolygonLocator locator;

        Entry(int order, Feature feature, Polygon part) {
            this.order = order;
            this.feature = feature;
            this.part = part;
        }

        boolean intersects(double lon, double lat) {
            PolygonLocator built = locator;
            if (built == null) {
                built = new PolygonLocator(part);
                locator = built;
            }
            return built.intersects(lon, lat);
        }
    }

    private final FeatureLayer layer;
    private final STRtree tree;

    public LayerIndex(FeatureLayer layer) {
        this.layer = Objects.requireNonNull(layer, "layer");
        this.tree = new STRtree();
        for (int i = 0; i < layer.size(); i++) {
            Feature feature = layer.features().get(i);
            Geometry g = feature.geometry();
            if (g instanceof MultiPolygon) {
                for (int p = 0; p < g.getNumGeometries(); p++) {
                    insert(i, feature, g.getGeometryN(p));
                }
            } else {
                insert(i, feature, g);
            }
        }
        // Building now makes the tree read-only, hence safe for concurrent queries.
        tree.build();
    }

    private void insert(int order, Feature feature, Geometry part) {
        if (part instanceof Polygon polygon && !polygon.isEmpty()) {
            tree.insert(part.getEnvelopeInternal(), new Entry(order, feature, polygon));
        }
    }

    public FeatureLayer layer() {
        return layer;
    }

    /** The features whose geometry contains or touches the point, in layer order. */
    public List<Feature> at(double lon, double lat) {
        List<Entry> hits = new ArrayList<>(2);
        for (Object candidate : tree.query(new Envelope(lon, lon, lat, lat))) {
            Entry entry = (Entry) candidate;
            if (entry.intersects(lon, lat)) {
                hits.add(entry);
            }
        }
        // Two parts of one feature can both touch the point (a border between its own parts).
        return inLayerOrder(hits);
    }

    /** The first feature (in layer order) at the point, if any; skips the exact test for candidates that cannot win. */
    public Optional<Feature> first(double lon, double lat) {
        Entry best = null;
        for (Object candidate : tree.query(new Envelope(lon, lon, lat, lat))) {
            Entry entry = (Entry) candidate;
            if ((best == null || entry.order < best.order) && entry.intersects(lon, lat)) {
                best = entry;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.feature);
    }

    /** The features whose envelope meets {@code area}, in layer order: candidates for drawing a viewport. */
    public List<Feature> inEnvelope(Envelope area) {
        List<Entry> hits = new ArrayList<>();
        for (Object candidate : tree.query(area)) {
            hits.add((Entry) candidate);
        }
        return inLayerOrder(hits);
    }

    /** One feature per layer position, in layer order, however many of its parts were hit. */
    private static List<Feature> inLayerOrder(List<Entry> hits) {
        hits.sort(Comparator.comparingInt(entry -> entry.order));
        List<Feature> features = new ArrayList<>(hits.size());
        int last = -1;
        for (Entry hit : hits) {
            if (hit.order != last) {
                features.add(hit.feature);
                last = hit.order;
            }
        }
        return features;
    }

    /**
     * Builds every feature's point-in-polygon index now rather than on its first hit, so the first click on a big
     * region is as fast as the rest. Worth calling off the UI thread after loading.
     */
    public LayerIndex warmUp() {
        for (Object candidate : tree.query(layer.bounds())) {
            Entry entry = (Entry) candidate;
            Envelope envelope = entry.part.getEnvelopeInternal();
            entry.intersects(envelope.centre().x, envelope.centre().y);
        }
        return this;
    }
}
