package org.cpatlas.geo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.cpatlas.geo.ShapefileException.Reason;

/** The 100-byte header shared by a .shp and its .shx: file code, declared length and shape type, checked. */
record ShpHeader(ShapeType shapeType, long declaredLength) {

    static final int SIZE = 100;
    private static final int FILE_CODE = 9994;

    static ShpHeader parse(ShapefilePart part) {
        return parse(part.head());
    }

    /** Checks the header in the first 100 bytes against the size of the whole file, which need not be read yet. */
    static ShpHeader parse(PartHead part) {
        String file = part.label();
        if (part.size() < SIZE || part.available() < SIZE) {
            throw new ShapefileException(Reason.TRUNCATED, file, file + " is truncated: it has " + part.size()
                    + " bytes, fewer than the 100-byte shapefile header; copy the file again from its source");
        }
        ByteBuffer b = part.bytes().duplicate().order(ByteOrder.BIG_ENDIAN);
        int code = b.getInt(0);
        if (code != FILE_CODE) {
            throw new ShapefileException(Reason.BAD_HEADER, file, file + " is not a shapefile: its file code is "
                    + code + " instead of 9994; it may be another kind of file renamed, or damaged; export the layer again");
        }
        long declared = (b.getInt(24) & 0xFFFFFFFFL) * 2;
        int typeCode = b.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
        ShapeType type = ShapeType.fromCode(typeCode).orElseThrow(() -> new ShapefileException(Reason.BAD_HEADER,
                file, file + " declares shape type " + typeCode + ", which the shapefile specification does not define;"
                        + " the file is damaged; export the layer again"));
        if (type == ShapeType.MULTIPATCH) {
            throw new ShapefileException(Reason.UNSUPPORTED_SHAPE_TYPE, file, file + " holds 3D multipatches, which"
                    + " the atlas cannot draw; convert the layer to polygons (e.g. ogr2ogr -nlt MULTIPOLYGON)");
        }
        if (declared > part.size()) {
            throw new ShapefileException(Reason.TRUNCATED, file, file + " is truncated: its header declares "
                    + declared + " bytes but the file has only " + part.size()
                    + "; the copy is incomplete: copy or export the layer again");
        }
        return new ShpHeader(type, declared);
    }
}
