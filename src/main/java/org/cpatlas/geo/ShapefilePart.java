package org.cpatlas.geo;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/** The bytes of one file of a shapefile layer (.shp, .shx, .dbf, .cpg or .prj) and the label used to name it in messages. */
public final class ShapefilePart {

    private final String label;
    private final byte[] bytes;

    /** Keeps {@code bytes} as given, without a copy: the caller hands them over and must not change them. */
    public ShapefilePart(String label, byte[] bytes) {
        this.label = Objects.requireNonNull(label, "label");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    /** The path or classpath location of the file, as a user would look for it. */
    public String label() {
        return label;
    }

    public int size() {
        return bytes.length;
    }

    /** A read-only view of the bytes; every call gets its own position and byte order. */
    public ByteBuffer buffer() {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    /** The whole part as the head of a file, for the header checks shared with files not yet read. */
    PartHead head() {
        return new PartHead(label, ByteBuffer.wrap(bytes), bytes.length);
    }

    public InputStream stream() {
        return new ByteArrayInputStream(bytes);
    }

    /** A copy of the bytes, for writing them out. */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return label + " (" + bytes.length + " bytes)";
    }
}
