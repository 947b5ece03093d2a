package org.cpatlas.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the atlas's map layers (regions, provinces, counties, countries) are read from: a folder the user chose, the
 * {@code ./maps} folder, or the copies bundled in the jar under {@code /maps/}.
 */
public sealed interface MapSource permits DirectoryMapSource, ClasspathMapSource,
        MembershipMapSource {

    /** System property naming a maps folder, for launchers and tests: {@code -Dcpatlas.maps=DIR}. */
    String PROPERTY = "cpatlas.maps";

    /** Folder of the bundled layers on the classpath. */
    String CLASSPATH_ROOT = "/maps/";

    /**
     * The files of a layer by its base name (e.g. {@code regions}).
     *
     * @throws ShapefileException when a required file is missing, naming where it was looked for
     */
    ShapefileParts parts(String layer);

    /** Whether the layer's .shp is there at all. */
    boolean has(String layer);

    /** Where the layers come from, for messages and the about box. */
    String describe();

    /** The folder the layers are read from, when they are files (not the copies bundled in the jar). */
    default java.util.Optional<Path> folder() {
        return java.util.Optional.empty();
    }

    default FeatureLayer read(String layer, ShapefileReader reader) {
        return reader.read(parts(layer));
    }

    default FeatureLayer readPolygons(String layer, ShapefileReader reader) {
        return reader.readPolygons(this, layer);
    }

    /**
     * What names the content of the layer's files without reading them, when the source can tell (the entries of a
     * jar: their sizes and CRC-32s, from the jar's directory); empty when the files must be read to know it.
     */
    default java.util.Optional<String> contentIdentity(String layer) {
        return java.util.Optional.empty();
    }

    static MapSource directory(Path dir) {
        return new DirectoryMapSource(dir);
    }

    /**
     * This source with its regions and counties drawn from a county-to-region list; the bundled list gives
     * {@code base} itself, so its regions are exactly the bundled layer's.
     */
    static MapSource withMembership(MapSource base, org.cpatlas.domain.MembershipList list) {
        if (list.isBundled()) {
            return base;
        }
        MapSource underlying = base instanceof MembershipMapSource m ? m.base() : base;
        return new MembershipMapSource(underlying, list);
    }

    static MapSource classpath() {
        return new ClasspathMapSource(MapSource.class, CLASSPATH_ROOT);
    }

    /**
     * The maps to use: {@code userDir} when given (e.g. {@code --maps DIR}), else the folder in the system property
     * {@value #PROPERTY}, else {@code ./maps} if it holds regions.shp, else the layers bundled in the jar.
     */
    static MapSource locate(Path userDir) {
        return locate(userDir, System.getProperty(PROPERTY), Path.of("maps"), classpath());
    }

    /** {@link #locate(Path)} with its inputs explicit, for tests. */
    static MapSource locate(Path userDir, String property, Path defaultDir, MapSource bundled) {
        if (userDir != null) {
            return directory(userDir);
        }
        if (property != null && !property.isBlank()) {
            return directory(Path.of(property.trim()));
        }
        Objects.requireNonNull(defaultDir, "defaultDir");
        if (Files.isRegularFile(defaultDir.resolve(PlaceIdentifier.REGIONS + ".shp"))) {
            return directory(defaultDir);
        }
        return bundled;
    }
}
