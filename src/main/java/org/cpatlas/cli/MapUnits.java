package org.cpatlas.cli;

import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.imports.CodeHistory;
import org.cpatlas.imports.Gazetteer;
import org.cpatlas.render.MapLayers;

/**
 * The map's counties, provinces and regions as a command needs them to match keys: read from the maps folder
 * ({@code --maps}), the layers the atlas draws.
 *
 * @param gazetteer what keys are matched against
 * @param counties  the county layer, for its attributes (membership basis and source)
 * @param regions   the region layer
 */
record MapUnits(Gazetteer gazetteer, FeatureLayer counties, FeatureLayer regions) {

    static MapUnits load(MapSource maps) {
        ShapefileReader reader = reader();
        return of(maps.read(PlaceIdentifier.COUNTIES, reader), maps.read(PlaceIdentifier.PROVINCES, reader),
                maps.read(PlaceIdentifier.REGIONS, reader));
    }

    /**
     * The units of the layers a command has already read to draw ({@code export}, {@code atlas}): the county layer
     * is read only when the drawing did not need it, where reading all three again took as long as the drawing.
     */
    static MapUnits load(MapSource maps, MapLayers drawn) {
        FeatureLayer counties = drawn.counties() != null ? drawn.counties().layer()
                : maps.read(PlaceIdentifier.COUNTIES, reader());
        return of(counties, drawn.provinces().layer(), drawn.regions().layer());
    }

    private static MapUnits of(FeatureLayer counties, FeatureLayer provinces, FeatureLayer regions) {
        return new MapUnits(Gazetteer.of(counties, provinces, regions, CodeHistory.bundled()), counties, regions);
    }

    /** Their geometry is only looked up by key here, never drawn or tested, so it is not checked again. */
    private static ShapefileReader reader() {
        return new ShapefileReader(ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST));
    }
}
