package org.cpatlas.render;

import java.util.ArrayList;
import java.util.List;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.LevelOfDetail;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A feature layer made ready to draw: an STRtree of envelopes to find what a tile or page shows,
 * simplified geometries per zoom level, and one label anchor per feature inside its largest part.
 */
public final class DrawableLayer {

    private final FeatureLayer layer;
    private final STRtree index = new STRtree();
    private final LevelOfDetail detail;
    /**
     * Label anchors, found when first asked for: only region and province labels are drawn, and finding an interior
     * point of each of the 2,152 counties (of the 21 provinces then; 3,257 of all China now) took a sixth of loading
     * the maps at every start. Racing threads compute the same point, so a plain array of atomic references is enough.
     */
    private final java.util.concurrent.atomic.AtomicReferenceArray<Coordinate> labelAnchors;
    /** Label sites are found on the outline simplified for this zoom: half a pixel there is about 1 km. */
    private static final int SITES_ZOOM = 7;
    /** Where labels may sit ({@link LabelSites}), found when first asked for, like the anchors. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<LabelSites> labelSites;
    /** The features' areas, found once (racing threads find the same). */
    private volatile double[] areas;
    /** Where sites found here are remembered for the next start ({@link #recallLabelSites}). */
    private volatile LabelSiteMemo siteMemo = LabelSiteMemo.NONE;

    public DrawableLayer(FeatureLayer layer) {
        this.layer = layer;
        List<Geometry> geometries = new ArrayList<>(layer.size());
        for (int i = 0; i < layer.size(); i++) {
            Geometry geometry = layer.features().get(i).geometry();
            geometries.add(geometry);
            index.insert(geometry.getEnvelopeInternal(), i);
        }
        index.build();
        this.detail = new LevelOfDetail(geometries);
        this.labelAnchors = new java.util.concurrent.atomic.AtomicReferenceArray<>(layer.size());
        this.labelSites = new java.util.concurrent.atomic.AtomicReferenceArray<>(layer.size());
    }

    public FeatureLayer layer() {
        return layer;
    }

    public int size() {
        return layer.size();
    }

    public Feature feature(int i) {
        return layer.features().get(i);
    }

    /** Indices of the features whose envelope meets this lon/lat envelope, in layer order. */
    public List<Integer> intersecting(Envelope lonLat) {
        @SuppressWarnings("unchecked")
        List<Integer> hits = new ArrayList<>(index.query(lonLat));
        hits.sort(Integer::compare);
        return hits;
    }

    /** The geometry of feature i simplified for drawing at this zoom. */
    public Geometry geometryAt(int i, double zoom) {
        return detail.at(zoom).get(i);
    }

    public LevelOfDetail detail() {
        return detail;
    }

    /** Where to anchor the feature's label: a point inside its largest polygon. */
    public Coordinate labelAnchor(int i) {
        Coordinate anchor = labelAnchors.get(i);
        if (anchor == null) {
            anchor = anchorOf(feature(i).geometry());
            labelAnchors.set(i, anchor);
        }
        return anchor;
    }

    /** Where feature i's label may sit: poles of inaccessibility and inner points, in world units of zoom 0. */
    public LabelSites labelSites(int i) {
        LabelSites sites = labelSites.get(i);
        if (sites == null) {
            Geometry outline = feature(i).geometry();
            sites = LabelSites.of(outline, geometryAt(i, SITES_ZOOM));
            labelSites.set(i, sites);
            siteMemo.remember(LabelSites.digest(outline, SITES_ZOOM), sites.sites());
        }
        return sites;
    }

    /**
     * Takes the label sites of this layer's features that {@code memo} knows (found at an earlier start) and has the
     * memo remember those found from now on. Returns how many were recalled. Cheap (a checksum of each outline): the
     * window calls it while loading, for the layers it labels.
     */
    public int recallLabelSites(LabelSiteMemo memo) {
        siteMemo = memo;
        int recalled = 0;
        for (int i = 0; i < layer.size(); i++) {
            if (labelSites.get(i) != null) {
                continue;
            }
            Geometry outline = feature(i).geometry();
            java.util.Optional<java.util.List<LabelSites.Site>> known = memo.recall(
                    LabelSites.digest(outline, SITES_ZOOM));
            if (known.isPresent()) {
                // Indexed here, on the loading thread: placing the first frame's labels asks each outline at once.
                labelSites.compareAndSet(i, null, LabelSites.recalled(outline, known.get()));
                recalled++;
            }
        }
        areas();
        return recalled;
    }

    /** The area of feature i in square degrees (labels are placed largest feature first). */
    public double area(int i) {
        return areas()[i];
    }

    private double[] areas() {
        double[] known = areas;
        if (known == null) {
            known = new double[layer.size()];
            for (int i = 0; i < known.length; i++) {
                known[i] = feature(i).geometry().getArea();
            }
            areas = known;
        }
        return known;
    }

    /** The memo this layer's label sites are remembered in ({@link LabelSiteMemo#NONE} until one is given). */
    public LabelSiteMemo labelSiteMemo() {
        return siteMemo;
    }

    /** Index of the first feature whose text field equals the value, or -1. */
    public int indexOf(String field, String value) {
        for (int i = 0; i < layer.size(); i++) {
            if (layer.features().get(i).text(field).equals(value)) {
                return i;
            }
        }
        return -1;
    }

    private static Coordinate anchorOf(Geometry geometry) {
        Geometry largest = geometry;
        double area = -1;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part.getArea() > area) {
                area = part.getArea();
                largest = part;
            }
        }
        if (largest.isEmpty()) {
            // An empty geometry has no place for a label: NaN makes every painter skip it.
            Coordinate centre = geometry.getEnvelopeInternal().centre();
            return centre != null ? centre : new Coordinate(Double.NaN, Double.NaN);
        }
        // InteriorPointArea gives null for a zero-area part (a sliver collapsed by the map build's simplification).
        Coordinate interior = InteriorPointArea.getInteriorPoint(largest);
        return interior != null ? interior : geometry.getEnvelopeInternal().centre();
    }
}
