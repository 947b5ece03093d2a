package org.cpatlas.files;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Two 32-bit checksums of the same bytes with different polynomials (CRC-32C, then CRC-32), as hexadecimal text: what
 * names the atlas's caches (validated layers, remembered label sites, layer snapshots, region tiles, label pictures).
 * Both run on the processor's own instructions; a cryptographic digest of the county layer alone took 40-55 ms of
 * every start, and set up Java's security providers. They guard against edits, not against forgery. The text is part
 * of keys kept on disk: changing it makes every cache be rebuilt once.
 */
public final class TwoChecksums {

    private TwoChecksums() {
    }

    /** The checksums of the bytes from the buffer's position to its limit (the buffer itself is left as it was). */
    public static String hex(ByteBuffer bytes) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes.duplicate());
        CRC32 ieee = new CRC32();
        ieee.update(bytes.duplicate());
        return Long.toHexString(castagnoli.getValue()) + Long.toHexString(ieee.getValue());
    }

    /** The checksums of all of {@code bytes}. */
    public static String hex(byte[] bytes) {
        return hex(ByteBuffer.wrap(bytes));
    }
}
