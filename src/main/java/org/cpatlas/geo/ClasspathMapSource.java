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

    /**
     * The sizes and CRC-32s of the layer's entries as the jar's directory records them, read without inflating a
     * byte: a start that finds the layer's snapshot then never reads the 8 MB of bundled maps out of the jar (an
     * eighth of the loading thread's work and 15 MB of garbage before the first frame). Empty when the maps are not
     * in a jar (run from classes) or an entry's directory record lacks them.
     */
    @Override
    public Optional<String> contentIdentity(String layer) {
        StringBuilder identity = new StringBuilder("jar/");
        for (String ext : new String[] {"shp", "shx", "dbf", "cpg", "prj"}) {
            java.net.URL url = anchor.getResource(root + layer + "." + ext);
            if (url == null) {
                identity.append(ext).append(":-/");
                continue;
            }
            if (!"jar".equals(url.getProtocol())) {
                return Optional.empty();
            }
            try {
                java.net.JarURLConnection connection = (java.net.JarURLConnection) url.openConnection();
                java.util.jar.JarEntry entry = connection.getJarEntry();
                if (entry == null || entry.getSize() < 0 || entry.getCrc() < 0) {
                    return Optional.empty();
                }
                identity.append(ext).append(':').append(entry.getSize()).append(':')
                        .append(Long.toHexString(entry.getCrc())).append('/');
            } catch (IOException | ClassCastException e) {
                return Optional.empty();
            }
        }
        return Optional.of(identity.toString());
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
