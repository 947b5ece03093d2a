package org.cpatlas.geo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.cpatlas.geo.ShapefileException.Reason;

/**
 * Where each record lies in the .shp, read from the .shx and checked against the .shp's length, so a damaged index
 * is reported as such instead of sending the decoder past the end of the file.
 */
final class ShxIndex {

    private final int[] offsets;
    private final int[] lengths;

    private ShxIndex(int[] offsets, int[] lengths) {
        this.offsets = offsets;
        this.lengths = lengths;
    }

    /**
     * The number of records the .shx indexes, from its header and size alone (the entries need not be read yet):
     * the count that the .dbf's must match.
     */
    static int count(PartHead shx, String shpLabel) {
        String file = shx.label();
        ShpHeader.parse(shx);
        long body = shx.size() - (long) ShpHeader.SIZE;
        if (body % 8 != 0) {
            throw new ShapefileException(Reason.TRUNCATED, file, file + " is truncated or damaged: its "
                    + shx.size() + " bytes are not a 100-byte header plus 8-byte entries; rebuild the index"
                    + " (e.g. ogr2ogr out.shp " + shpLabel + " --config SHAPE_RESTORE_SHX YES) or export the layer again");
        }
        return (int) Math.min(Integer.MAX_VALUE, body / 8);
    }

    static ShxIndex parse(ShapefilePart shx, ShapefilePart shp, long shpLength) {
        String file = shx.label();
        int count = count(shx.head(), shp.label());
        int[] offsets = new int[count];
        int[] lengths = new int[count];
        ByteBuffer b = shx.buffer().order(ByteOrder.BIG_ENDIAN);
        for (int i = 0; i < count; i++) {
            long offset = (b.getInt(ShpHeader.SIZE + 8 * i) & 0xFFFFFFFFL) * 2;
            long length = (b.getInt(ShpHeader.SIZE + 8 * i + 4) & 0xFFFFFFFFL) * 2;
            if (offset < ShpHeader.SIZE || offset + 8 + length > shpLength) {
                throw new ShapefileException(Reason.CORRUPT_RECORD, file, file + " says record " + (i + 1)
                        + " lies at bytes " + offset + ".." + (offset + 8 + length) + ", outside " + shp.label()
                        + " (" + shpLength + " bytes): the .shx does not belong to this .shp or one of them is damaged;"
                        + " export the layer again");
            }
            offsets[i] = (int) offset;
            lengths[i] = (int) length;
        }
        return new ShxIndex(offsets, lengths);
    }

    int count() {
        return offsets.length;
    }

    /** Byte offset of record {@code i}'s 8-byte record header in the .shp. */
    int offset(int i) {
        return offsets[i];
    }

    /** Length in bytes of record {@code i}'s content, after its record header. */
    int contentLength(int i) {
        return lengths[i];
    }
}
