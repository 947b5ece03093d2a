package org.cpatlas.geo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * What a layer holds, counted from its headers and the 8 to 44 bytes that open each .shp record, before any
 * geometry or attribute is decoded, and the memory it will take once read.
 *
 * <p>The costs per item are measured (with margin) on the atlas's own layers and on layers made of many tiny parts,
 * many records or one huge ring: a point 48 bytes (16 packed, then the hit-test locator and the drawing index); a
 * part (ring) 1,000 bytes (its ring, sequence and envelope, and what validity checking allocates for each); a record
 * 400 bytes plus 64 a field value and its text twice over (as read and as decoded). Validity checking also copies the
 * polygon it checks as Coordinate objects and cuts its rings into monotone chains, up to 240 bytes a point for a ring
 * that zigzags, and checks two polygons at once on two cores: 400 bytes for each point of the largest record.
 *
 * @param points         x,y pairs in all records
 * @param parts          rings or lines in all records
 * @param records        features (.shx entries)
 * @param fields         fields of the .dbf
 * @param dbfBytes       bytes of the .dbf's records
 * @param largestRecord  points of the record that has most
 */
record LayerSize(long points, long parts, long records, int fields, long dbfBytes, long largestRecord) {

    static final long BYTES_PER_POINT = 48;
    static final long BYTES_PER_PART = 1_000;
    static final long BYTES_PER_RECORD = 400;
    static final long BYTES_PER_VALUE = 64;
    static final long BYTES_PER_POINT_OF_LARGEST_RECORD = 400;

    /** The heap this layer takes once read and while it is read, estimated from the counts. */
    long bytes() {
        return points * BYTES_PER_POINT + parts * BYTES_PER_PART
                + records * (BYTES_PER_RECORD + fields * BYTES_PER_VALUE) + 2 * dbfBytes
                + largestRecord * BYTES_PER_POINT_OF_LARGEST_RECORD;
    }

    /**
     * Counts points and parts from each record's header, where the .shx says the record lies. A record whose counts do
     * not fit in its length is counted as empty: the decoder then reports it as corrupt, which is the truer message.
     */
    static LayerSize of(ShapefilePart shp, ShxIndex index, DbfTable.Header dbf) {
        ByteBuffer b = shp.buffer().order(ByteOrder.LITTLE_ENDIAN);
        long points = 0;
        long parts = 0;
        long largest = 0;
        for (int i = 0; i < index.count(); i++) {
            long before = points;
            int start = index.offset(i) + 8;
            long length = index.contentLength(i);
            if (length < 4 || start + 4L > b.limit()) {
                continue;
            }
            ShapeType type = ShapeType.fromCode(b.getInt(start)).orElse(null);
            if (type == null) {
                continue;
            }
            switch (type.kind()) {
                case POINT -> points++;
                case MULTIPOINT -> {
                    if (length >= 40) {
                        long n = b.getInt(start + 36);
                        points += n >= 0 && 40 + 16 * n <= length ? n : 0;
                    }
                }
                case LINE, POLYGON -> {
                    if (length >= 44) {
                        long p = b.getInt(start + 36);
                        long n = b.getInt(start + 40);
                        if (p >= 0 && n >= 0 && 44 + 4 * p + 16 * n <= length) {
                            parts += p;
                            points += n;
                        }
                    }
                }
                default -> {
                    // other kinds are refused by the header check or the decoder
                }
            }
            largest = Math.max(largest, points - before);
        }
        return new LayerSize(points, parts, index.count(), dbf.fieldCount(), dbf.records() * dbf.recordLength(),
                largest);
    }
}
