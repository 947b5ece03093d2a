package org.cpatlas.map;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * One tile kept on disk as its runs ({@link RunLengthTile}): a magic number, the runs' length, the runs and a CRC-32C
 * of them. Both tile caches keep this form (the basemap's and the regions'): a start shows a kept tile by expanding
 * its runs, where a PNG had to be inflated, converted to premultiplied pixels and scanned for its runs again.
 */
final class TileRunsFile {

    private static final int MAGIC = 0x43505254; // "CPRT"
    private static final int FRAME = 3 * Integer.BYTES;

    private TileRunsFile() {
    }

    /** The file's bytes for a tile's runs ({@link RunLengthTile#NOTHING} for a tile with nothing drawn). */
    static byte[] bytesOf(byte[] runs) {
        CRC32C crc = new CRC32C();
        crc.update(runs);
        return ByteBuffer.allocate(FRAME + runs.length).putInt(MAGIC).putInt(runs.length).put(runs)
                .putInt((int) crc.getValue()).array();
    }

    /** The runs a file's bytes hold, or null when they are not a whole, intact tile file. */
    static byte[] runsOf(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file);
        if (in.remaining() < FRAME || in.getInt() != MAGIC) {
            return null;
        }
        int length = in.getInt();
        if (length < 0 || length != in.remaining() - Integer.BYTES) {
            return null;
        }
        byte[] runs = new byte[length];
        in.get(runs);
        CRC32C crc = new CRC32C();
        crc.update(runs);
        if (in.getInt() != (int) crc.getValue()) {
            return null;
        }
        return length == 0 ? RunLengthTile.NOTHING : runs;
    }

    /** The runs kept in {@code file}, or null when it is missing, unreadable or not a whole, intact tile file. */
    static byte[] read(Path file) {
        try {
            return Files.isRegularFile(file) ? runsOf(Files.readAllBytes(file)) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
