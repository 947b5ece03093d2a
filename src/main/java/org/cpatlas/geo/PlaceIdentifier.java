package org.cpatlas.geo;

import java.util.Objects;

/**
 * Answers which region, province and county lie at a point, from the atlas's three polygon layers. Where a point is
 * on a shared border, the first feature in layer order wins, so the answer is always the same for the same point.
 */
public final class PlaceIdentifier {

    /** The layer names (file base names) this identifier reads from a {@link MapSource}. */
    public static final String REGIONS = "regions";
    public static final String PROVINCES = "provinces";
    public static final String COUNTIES = "counties";

    private final LayerIndex regions;
    private final LayerIndex provinces;
    private final LayerIndex counties;

    public PlaceIdentifier(LayerIndex regions, LayerIndex provinces, LayerIndex counties) {
        this.regions = Objects.requireNonNull(regions, "regions");
        this.provinces = Objects.requireNonNull(provinces, "provinces");
        this.counties = Objects.requireNonNull(counties, "counties");
    }

    public PlaceIdentifier(FeatureLayer regions, FeatureLayer provinces, FeatureLayer counties) {
        this(new LayerIndex(regions), new LayerIndex(provinces), new LayerIndex(counties));
    }

    /** Loads regions.shp, provinces.shp and counties.shp from {@code maps}; all three must be polygon layers. */
    public static PlaceIdentifier load(MapSource maps, ShapefileReader reader) {
        return new PlaceIdentifier(
                maps.readPolygons(REGIONS, reader),
                maps.readPolygons(PROVINCES, reader),
                maps.readPolygons(COUNTIES, reader));
    }

    public Place identify(double lon, double lat) {
        return new Place(lon, lat,
                regions.first(lon, lat).map(RegionInfo::of),
                provinces.first(lon, lat).map(ProvinceInfo::of),
                counties.first(lon, lat).map(CountyInfo::of));
    }

    public LayerIndex regions() {
        return regions;
    }

    public LayerIndex provinces() {
        return provinces;
    }

    public LayerIndex counties() {
        return counties;
    }
}
