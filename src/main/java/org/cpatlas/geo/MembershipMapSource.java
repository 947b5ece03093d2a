package org.cpatlas.geo;

import java.util.Objects;
import java.util.Optional;
import java.nio.file.Path;
import org.cpatlas.domain.MembershipList;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A map source whose regions and counties follow a county-to-region list instead of the bundled one: the regions
 * layer is the list's counties dissolved ({@link RegionLayerBuilder}), the county layer carries each county's region,
 * basis and source from the list; provinces and countries are the base source's. Every reader of map layers (hit
 * test, drawing, print, export, every command) that is handed this source uses the list in force.
 *
 * <p>Built once, on the first read of either layer, from the base layers read with that reader.
 */
public final class MembershipMapSource implements MapSource {

    private final MapSource base;
    private final MembershipList list;
    private RegionLayerBuilder.Built built;

    MembershipMapSource(MapSource base, MembershipList list) {
        this.base = Objects.requireNonNull(base, "base");
        this.list = Objects.requireNonNull(list, "list");
    }

    /** The list whose regions this source gives. */
    public MembershipList list() {
        return list;
    }

    /** The source the other layers, and the county polygons, come from. */
    public MapSource base() {
        return base;
    }

    @Override
    public ShapefileParts parts(String layer) {
        return base.parts(layer);
    }

    @Override
    public boolean has(String layer) {
        return base.has(layer);
    }

    @Override
    public String describe() {
        return base.describe() + ", regions drawn from the county list '" + list.name() + "'";
    }

    @Override
    public Optional<Path> folder() {
        return base.folder();
    }

    @Override
    public FeatureLayer read(String layer, ShapefileReader reader) {
        return fromList(layer, reader, false);
    }

    @Override
    public FeatureLayer readPolygons(String layer, ShapefileReader reader) {
        return fromList(layer, reader, true);
    }

    private FeatureLayer fromList(String layer, ShapefileReader reader, boolean polygons) {
        boolean regions = PlaceIdentifier.REGIONS.equals(layer);
        boolean counties = PlaceIdentifier.COUNTIES.equals(layer);
        if (!regions && !counties) {
            return polygons ? base.readPolygons(layer, reader) : base.read(layer, reader);
        }
        RegionLayerBuilder.Built layers = build(reader, polygons);
        return regions ? layers.regions() : layers.counties();
    }

    private synchronized RegionLayerBuilder.Built build(ShapefileReader reader, boolean polygons) {
        if (built == null) {
            FeatureLayer bundledRegions = polygons ? base.readPolygons(PlaceIdentifier.REGIONS, reader)
                    : base.read(PlaceIdentifier.REGIONS, reader);
            FeatureLayer countyLayer = polygons ? base.readPolygons(PlaceIdentifier.COUNTIES, reader)
                    : base.read(PlaceIdentifier.COUNTIES, reader);
            built = new RegionLayerBuilder(bundledRegions, countyLayer, new GeometryFactory()).build(list, p -> { });
        }
        return built;
    }
}
