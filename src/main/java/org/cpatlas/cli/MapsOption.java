package org.cpatlas.cli;

import java.nio.file.Path;
import org.cpatlas.geo.MapSource;
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
}
