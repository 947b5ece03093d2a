package org.cpatlas.store;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

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
    public InputStream open(String fileName) throws IOException {
        InputStream in = loader.getResourceAsStream(prefix + fileName);
        if (in == null) {
            throw new FileNotFoundException(prefix + fileName + " is missing from the atlas build");
        }
        return in;
    }
}
