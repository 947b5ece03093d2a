package org.cpatlas.cli;

import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.imports.CodeHistory;
import org.cpatlas.imports.Gazetteer;

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
        ShapefileReader reader = new ShapefileReader(
                ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST));
        FeatureLayer counties = maps.read(PlaceIdentifier.COUNTIES, reader);
        FeatureLayer provinces = maps.read(PlaceIdentifier.PROVINCES, reader);
        FeatureLayer regions = maps.read(PlaceIdentifier.REGIONS, reader);
        return new MapUnits(Gazetteer.of(counties, provinces, regions, CodeHistory.bundled()), counties, regions);
    }
}
