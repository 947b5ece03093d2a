package org.cpatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Data files read from a folder. */
final class DirectoryDataBundle implements DataBundle {

    private final Path folder;

    DirectoryDataBundle(Path folder) {
        this.folder = folder;
    }

    @Override
    public String description() {
        return folder.toString();
    }

    @Override
    public InputStream open(String fileName) throws IOException {
        return Files.newInputStream(folder.resolve(fileName));
    }
}
