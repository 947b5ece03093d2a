package org.cpatlas.geo;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The first bytes of a layer's file and the size of the whole file: enough to check its header against its size and
 * against the other parts before the rest is read, whether the file is on disk or already in memory.
 *
 * @param label the path or classpath location of the file, as messages name it
 * @param bytes the file's first bytes (at least its header when the file is that long), read-only, position 0
 * @param size  the size of the whole file in bytes
 */
record PartHead(String label, ByteBuffer bytes, long size) {

    PartHead {
        Objects.requireNonNull(label, "label");
        bytes = bytes.asReadOnlyBuffer();
    }

    /** How many of the first bytes are at hand. */
    int available() {
        return bytes.limit();
    }
}
