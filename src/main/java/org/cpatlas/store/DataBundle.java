package org.cpatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The human-readable inputs the store is built from: the CSV files of {@code data/}, from the jar or a folder.
 *
 * <p>The list of files is fixed here rather than discovered, because a jar's resources cannot be listed reliably.
 */
public interface DataBundle {

    /** The files the importer reads, in import order (referenced files first). */
    List<String> FILES = List.of(
            "regions.csv",
            "provinces.csv",
            "documents.csv",
            "sources.csv",
            "indicators.csv",
            "table1_region_rates.csv",
            "table1_province_rows.csv",
            "figures.csv",
            "region_counties.csv");

    /** Where the files come from, for messages ("bundled data", "/path/to/data"). */
    String description();

    /** Opens one of {@link #FILES}; the caller closes it. */
    InputStream open(String fileName) throws IOException;

    /**
     * The one jar file every one of {@link #FILES} is read from, when there is one: any change of the data is a write
     * of that file ({@link DataChecksumMemo}). Empty for a folder, whose files can change on their own.
     */
    default java.util.Optional<java.nio.file.Path> archive() {
        return java.util.Optional.empty();
    }

    /** SHA-256 over the names and bytes of all files: equal checksums mean equal content. */
    default String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : FILES) {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                try (InputStream in = open(file)) {
                    digest.update(in.readAllBytes());
                }
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new AtlasStoreException("cannot read the atlas data (" + description() + "): " + FileErrors.describe(e)
                    + "; reinstall the atlas", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The data bundled in the jar under {@code data/}. */
    static DataBundle bundled() {
        return new ClasspathDataBundle(DataBundle.class.getClassLoader(), "data/");
    }

    /** The data in a folder, e.g. the repository's {@code data/} during development and tests. */
    static DataBundle directory(java.nio.file.Path folder) {
        return new DirectoryDataBundle(folder);
    }
}
