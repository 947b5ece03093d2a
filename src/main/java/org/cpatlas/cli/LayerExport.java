package org.cpatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cpatlas.files.EchoedText;
import org.cpatlas.files.FileErrors;
import org.cpatlas.files.WriteRefusedException;
import org.cpatlas.geo.FeatureLayer;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.geo.ShapefileExport;

/**
 * {@code export --layer regions|counties --format shp --out DIR}: the layer in force (regions of the county list in
 * force; counties with the region of each) as a shapefile with its .cpg and .prj, for QGIS and GDAL.
 */
final class LayerExport {

    private LayerExport() {
    }

    /** Runs the export; returns the exit code (0 written, 1 cannot read or write, 2 bad option). */
    static int run(String layer, String format, Path out, MapsOption maps, WriteOptions writing, AtlasCommand root,
            PrintWriter stdout, PrintWriter err) {
        ShapefileExport.Layer chosen;
        try {
            chosen = ShapefileExport.Layer.valueOf(layer.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("atlas: --layer must be regions or counties, got '" + EchoedText.of(layer) + "'"
                    + " (see 'atlas export --help')");
            err.flush();
            return 2;
        }
        if (format != null && !format.strip().equalsIgnoreCase("shp")) {
            err.println("atlas: a layer is exported as a shapefile: --format shp, got '" + EchoedText.of(format) + "'"
                    + " (see 'atlas export --help')");
            err.flush();
            return 2;
        }
        if (out == null || standardOutput(out)) {
            err.println("atlas: --out DIR is needed: the folder to write " + chosen.fileName() + ".shp and its parts in"
                    + " (see 'atlas export --help')");
            err.flush();
            return 2;
        }
        if (!Files.isDirectory(out)) {
            err.println("atlas: --out must be an existing folder for a shapefile's five files, got '"
                    + EchoedText.path(out) + "'" + (Files.exists(out) ? " (it is not a folder)" : " (no such folder)"));
            err.flush();
            return 1;
        }
        try {
            MapSource source = maps.source();
            FeatureLayer layerInForce = source.readPolygons(chosen.fileName(), maps.reader());
            if (chosen == ShapefileExport.Layer.COUNTIES) {
                layerInForce = ShapefileExport.countiesWithRegionNames(layerInForce,
                        source.readPolygons(PlaceIdentifier.REGIONS, maps.reader()));
            }
            ShapefileExport.Fitted fitted = ShapefileExport.fitToDbase(layerInForce);
            List<Path> written = ShapefileExport.write(fitted.layer(), chosen.fileName(), out,
                    writing.rules(root, source));
            if (!fitted.shortened().isEmpty()) {
                stdout.println("Note: texts longer than the " + ShapefileExport.DBF_TEXT_BYTES + " bytes a shapefile's"
                        + " table holds were shortened, ending with …: " + fitted.describe() + "; the full texts are"
                        + " in the atlas ('atlas county CODE')");
            }
            stdout.println("Wrote " + EchoedText.path(written.get(0)) + " and its .shx, .dbf, .cpg and .prj ("
                    + layerInForce.size() + " features, " + chosen.fileName() + " of the county list '"
                    + root.membershipInForce().name() + "')");
            stdout.flush();
            return 0;
        } catch (WriteRefusedException e) {
            err.println("atlas: " + ExportCommand.oneLine(e.getMessage()));
            err.flush();
            return 1;
        } catch (java.io.IOException e) {
            err.println("atlas: cannot write the shapefile in " + EchoedText.path(out) + ": " + FileErrors.describe(e)
                    + "; files already written are whole, the others as they were");
            err.flush();
            return 1;
        } catch (ShapefileException e) {
            err.println("atlas: " + ExportCommand.oneLine(e.getMessage()));
            err.flush();
            return 1;
        }
    }

    private static boolean standardOutput(Path out) {
        return org.cpatlas.files.OutputFile.isStandardOutput(out);
    }
}
