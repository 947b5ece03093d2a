package org.cpatlas.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;

/** Stores for tests, built from the repository's {@code data/} folder (the same files the jar bundles). */
public final class TestStores {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T10:15:30Z"), ZoneOffset.UTC);

    private TestStores() {
    }

    public static DataBundle repositoryData() {
        return DataBundle.directory(Path.of("data"));
    }

    public static AtlasStoreOpener opener() {
        return new AtlasStoreOpener(repositoryData(), CLOCK);
    }

    public static AtlasStore inMemory() {
        return opener().openInMemory(new ArrayList<>());
    }
}
