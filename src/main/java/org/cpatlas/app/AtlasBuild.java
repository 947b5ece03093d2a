package org.cpatlas.app;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Which build of the atlas is running, for caches of what its code draws. */
final class AtlasBuild {

    private AtlasBuild() {
    }

    /**
     * The jar the atlas runs from, as its size and modification time; null when it runs from classes (a development
     * build, whose drawing code may change without any jar changing) or the jar cannot be read.
     */
    static String identity() {
        URL url = AtlasBuild.class.getResource(AtlasBuild.class.getSimpleName() + ".class");
        try {
            if (url != null && "jar".equals(url.getProtocol())) {
                String file = url.getPath();
                Path jar = Path.of(new java.net.URI(file.substring(0, file.indexOf("!/"))));
                return "jar " + Files.size(jar) + "@" + Files.getLastModifiedTime(jar).toMillis();
            }
        } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
