package org.cpatlas.store;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;

/** Data files read from the class path, as bundled in {@code target/atlas.jar}. */
final class ClasspathDataBundle implements DataBundle {

    private final ClassLoader loader;
    private final String prefix;

    ClasspathDataBundle(ClassLoader loader, String prefix) {
        this.loader = loader;
        this.prefix = prefix;
    }

    @Override
    public String description() {
        return "data bundled with the atlas (" + prefix + ")";
    }

    @Override
    public Optional<Path> archive() {
        Path archive = null;
        for (String file : FILES) {
            Path jar = jarOf(loader.getResource(prefix + file));
            if (jar == null || archive != null && !archive.equals(jar)) {
                return Optional.empty();
            }
            archive = jar;
        }
        return Optional.ofNullable(archive);
    }

    /** The jar file a resource is read from, or null when it is not read from a jar file (a folder, a module). */
    private static Path jarOf(URL resource) {
        if (resource == null || !"jar".equals(resource.getProtocol())) {
            return null;
        }
        String path = resource.getPath();
        int end = path.indexOf("!/");
        try {
            return end < 0 || !path.startsWith("file:") ? null : Path.of(new URI(path.substring(0, end)));
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public InputStream open(String fileName) throws IOException {
        InputStream in = loader.getResourceAsStream(prefix + fileName);
        if (in == null) {
            throw new FileNotFoundException(prefix + fileName + " is missing from the atlas build");
        }
        return in;
    }
}
