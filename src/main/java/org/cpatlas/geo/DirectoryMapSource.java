package org.cpatlas.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.cpatlas.geo.ShapefileException.Reason;

/** Map layers read from a folder of shapefiles. */
record DirectoryMapSource(Path dir) implements MapSource {

    DirectoryMapSource {
        Objects.requireNonNull(dir, "dir");
    }

    @Override
    public ShapefileParts parts(String layer) {
        if (!Files.isDirectory(dir)) {
            throw new ShapefileException(Reason.MISSING_FILE, dir.toString(), "The maps folder " + dir
                    + (Files.exists(dir) ? " is a file, not a folder" : " does not exist")
                    + "; pass --maps with the folder that holds regions.shp, provinces.shp and counties.shp");
        }
        return ShapefileParts.open(dir.resolve(layer + ".shp"));
    }

    @Override
    public boolean has(String layer) {
        return Files.isRegularFile(dir.resolve(layer + ".shp"));
    }

    @Override
    public java.util.Optional<Path> folder() {
        return java.util.Optional.of(dir);
    }

    @Override
    public String describe() {
        return dir.toAbsolutePath().normalize().toString();
    }
}
