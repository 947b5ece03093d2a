package org.cpatlas.cli;

import java.nio.file.Path;
import org.cpatlas.geo.AtlasLayerPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.geo.ValidityMemo;
import picocli.CommandLine.Option;

/** The {@code --maps DIR} option shared by the commands that read map layers. */
public final class MapsOption {

    @Option(names = "--maps", paramLabel = "DIR",
            description = "Folder with regions.shp, provinces.shp and counties.shp (default: -D" + MapSource.PROPERTY
                    + ", else ./maps, else the maps bundled in the application).")
    Path dir;

    /** Where the layers are read from: the folder given, or the default search. */
    public MapSource source() {
        return MapSource.locate(dir);
    }

    /**
     * The reader for one command's layers: the window's policy ({@link AtlasLayerPolicy}), so that a layer is refused
     * here with the same words as in the window. Commands keep no cache of validated layers, so they check validity
     * at each run.
     */
    public ShapefileReader reader() {
        return AtlasLayerPolicy.reader(ValidityMemo.NONE);
    }
}
