package org.cpatlas.cli;

import java.nio.file.Path;
import org.cpatlas.geo.AtlasLayerPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.geo.ValidityMemo;
import org.cpatlas.domain.MembershipList;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --maps DIR} option shared by the commands that read map layers. */
public final class MapsOption {

    @Option(names = "--maps", paramLabel = "DIR",
            description = "Folder with regions.shp, provinces.shp and counties.shp (default: -D" + MapSource.PROPERTY
                    + ", else ./maps, else the maps bundled in the application).")
    Path dir;

    /** The command this option belongs to, to find the county list in force (in the user database). */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private MapSource resolved;

    /**
     * Where the layers are read from: the folder given, or the default search, with the regions and counties of the
     * county list in force ({@code membership use}); every command that reads map layers gets them here.
     */
    public MapSource source() {
        if (resolved == null) {
            resolved = MapSource.withMembership(MapSource.locate(dir), listInForce());
        }
        return resolved;
    }

    /** The layers as bundled, whatever list is in force (membership import and diff compare against them). */
    public MapSource bundledSource() {
        return MapSource.locate(dir);
    }

    private MembershipList listInForce() {
        if (command != null && command.root().userObject() instanceof AtlasCommand root) {
            return root.membershipInForce();
        }
        return new MembershipList(MembershipList.BUNDLED, java.util.List.of());
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
