package org.cpatlas.geo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import org.cpatlas.geo.ShapefileException.Reason;

/** Map layers bundled as classpath resources (in the jar under {@code /maps/}), read into memory as bytes. */
record ClasspathMapSource(Class<?> anchor, String root) implements MapSource {

    ClasspathMapSource {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(root, "root");
    }

    @Override
    public ShapefileParts parts(String layer) {
        return new ShapefileParts(layer,
                required(layer, "shp"),
                required(layer, "shx"),
                required(layer, "dbf"),
                optional(layer, "cpg"),
                optional(layer, "prj"));
    }

    @Override
    public boolean has(String layer) {
        return anchor.getResource(root + layer + ".shp") != null;
    }

    @Override
    public String describe() {
        return "classpath:" + root;
    }

    private ShapefilePart required(String layer, String ext) {
        return optional(layer, ext).orElseThrow(() -> {
            String label = describe() + layer + "." + ext;
            return new ShapefileException(Reason.MISSING_FILE, label, "Missing " + label + ": no maps folder was"
                    + " given, ./maps has no regions.shp, and the application does not bundle this file; pass"
                    + " --maps DIR (or -D" + PROPERTY + "=DIR) with the folder that holds the map layers");
        });
    }

    private Optional<ShapefilePart> optional(String layer, String ext) {
        String resource = root + layer + "." + ext;
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            // Bounded as files are: one byte past the budget is enough to refuse it.
            byte[] bytes = in.readNBytes((int) LayerBudget.LAYERS_BYTES + 1);
            LayerBudget.requireFileFits("classpath:" + resource, bytes.length, "the application jar is damaged:"
                    + " download it again");
            return Optional.of(new ShapefilePart("classpath:" + resource, bytes));
        } catch (IOException e) {
            throw new ShapefileException(Reason.READ_ERROR, "classpath:" + resource, "Cannot read classpath:"
                    + resource + " (" + e.getMessage() + "); the application jar may be damaged: download it again", e);
        }
    }
}
