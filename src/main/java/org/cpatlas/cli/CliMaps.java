package org.cpatlas.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.tables.MemberCounty;
import org.cpatlas.tables.RegionMapFacts;

/** What the table commands read from the map layers: each region's counties in the layer and boundary quality. */
final class CliMaps {

    private CliMaps() {
    }

    /**
     * The regions layer's facts; when the layer cannot be read, a warning on stderr and none (the table then says
     * "not reported" for those columns rather than fail a command that is about figures).
     */
    static Map<String, RegionMapFacts> regionFacts(MapsOption maps, PrintWriter err) {
        try {
            return RegionMapFacts.of(reader().read(maps.source().parts(PlaceIdentifier.REGIONS)));
        } catch (ShapefileException e) {
            err.println("atlas: warning: " + ExportCommand.oneLine(e.getMessage())
                    + "; the columns from the map layer read 'not reported'");
            err.flush();
            return Map.of();
        }
    }

    /** The county list of a region from the counties layer; a layer that cannot be read is an error. */
    static List<MemberCounty> counties(MapsOption maps, String regionCode) {
        FeatureLayer counties = reader().read(maps.source().parts(PlaceIdentifier.COUNTIES));
        return MemberCounty.of(counties, regionCode);
    }

    private static ShapefileReader reader() {
        // The bundled layers are checked by the map build; validity is the costliest part of reading them.
        return new ShapefileReader(ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST));
    }
}
