package org.cpatlas.core;

import java.util.Objects;
import org.cpatlas.geo.AtlasLayerPolicy;
import org.cpatlas.geo.LayerSnapshots;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.geo.ValidityMemo;
import org.cpatlas.render.MapLayers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The atlas's map layers, read once from a {@link MapSource} and shared by the window, the commands and the
 * exporters: the same features serve identification (geo) and drawing (render).
 *
 * @param source     where the layers came from
 * @param identifier region/province/county at a point
 * @param drawable   the layers prepared for drawing
 */
public record MapData(MapSource source, PlaceIdentifier identifier, MapLayers drawable) {

    private static final Logger LOG = LoggerFactory.getLogger(MapData.class);

    public MapData {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(drawable, "drawable");
    }

    /**
     * Reads regions, provinces and counties (required) and countries (context only: a missing file is logged and
     * the map is drawn without neighbours).
     *
     * @throws org.cpatlas.geo.ShapefileException with a user-facing message when a required layer is unreadable
     */
    public static MapData load(MapSource source, LoadProgress progress) {
        return load(source, progress, ValidityMemo.NONE);
    }

    /** As {@link #load(MapSource, LoadProgress)}, skipping the validity check of layers the memo knows are valid. */
    public static MapData load(MapSource source, LoadProgress progress, ValidityMemo validated) {
        return load(source, progress, validated, LayerSnapshots.NONE);
    }

    /**
     * As {@link #load(MapSource, LoadProgress, ValidityMemo)}, taking layers decoded at an earlier load of the same
     * files from {@code kept} (and keeping those decoded now there).
     */
    public static MapData load(MapSource source, LoadProgress progress, ValidityMemo validated, LayerSnapshots kept) {
        // The same policy as every command's (AtlasLayerPolicy): a layer is judged the same way wherever it is read.
        ShapefileReader reader = AtlasLayerPolicy.reader(validated, kept);
        progress.report(0.05, "loading.maps");
        MapLayers drawable = MapLayers.load(source, reader, true);
        if (drawable.countries() == null) {
            LOG.warn("no {} layer in {}; the map is drawn without neighbouring countries", MapLayers.COUNTRIES,
                    source.describe());
        }
        progress.report(0.55, "loading.maps");
        PlaceIdentifier identifier = new PlaceIdentifier(drawable.regions().layer(), drawable.provinces().layer(),
                drawable.counties().layer());
        progress.report(0.65, "loading.maps");
        return new MapData(source, identifier, drawable);
    }

    /**
     * A short stable digest of the layers' content (feature and vertex counts, extents), so caches of drawn tiles
     * are not reused across different map data.
     */
    public String fingerprint() {
        long h = 1125899906842597L;
        for (FeatureLayer layer : new FeatureLayer[] {regions(), provinces(), counties()}) {
            h = 31 * h + layer.size();
            for (var f : layer.features()) {
                h = 31 * h + f.geometry().getNumPoints();
            }
            h = 31 * h + Double.hashCode(layer.bounds().getMinX() + layer.bounds().getMaxY());
        }
        return Long.toHexString(h);
    }

    public FeatureLayer regions() {
        return drawable.regions().layer();
    }

    public FeatureLayer provinces() {
        return drawable.provinces().layer();
    }

    public FeatureLayer counties() {
        return drawable.counties().layer();
    }
}
