package org.cpatlas.geo;

import java.util.Locale;
import java.util.Optional;
import org.cpatlas.geo.ShapefileException.Reason;

/**
 * The headers of a layer's .shp, .shx and .dbf, each checked against its file's size and against each other before
 * any record is read: a part that is empty, truncated or of another kind, and parts that do not belong together (the
 * .shx indexes another number of shapes than the .dbf has records), are refused from their first bytes. The same
 * checks run on files not yet read ({@link ShapefileParts#open}) and on parts in memory ({@link ShapefileReader}).
 *
 * @param shp       the .shp's header (shape type, declared length)
 * @param shxCount  the number of records the .shx indexes
 * @param dbf       the .dbf's header (record count and lengths)
 */
record LayerHeaders(ShpHeader shp, int shxCount, DbfTable.Header dbf) {

    static LayerHeaders check(PartHead shp, PartHead shx, PartHead dbf, Optional<ShapeType.Kind> requiredKind) {
        requireNotEmpty(shp, shx, dbf);
        ShpHeader header = ShpHeader.parse(shp);
        requireKind(header, shp, requiredKind);
        int count = ShxIndex.count(shx, shp.label());
        DbfTable.Header table = DbfTable.checkHeader(dbf);
        if (table.records() != count) {
            throw new ShapefileException(Reason.RECORD_COUNT_MISMATCH, shp.label(), shp.label() + " has " + count
                    + " shapes but " + dbf.label() + " has " + table.records() + " records: the parts do not belong"
                    + " together (one was replaced or cut short); export the layer again so that all its files come"
                    + " from one save");
        }
        if (count == 0) {
            throw new ShapefileException(Reason.EMPTY_LAYER, shp.label(), shp.label()
                    + " has no features; export the layer again, or check that the right file was chosen");
        }
        return new LayerHeaders(header, count, table);
    }

    static void requireNotEmpty(PartHead... parts) {
        for (PartHead part : parts) {
            if (part.size() == 0) {
                throw new ShapefileException(Reason.EMPTY_FILE, part.label(), part.label()
                        + " is empty (0 bytes); the copy is incomplete: copy or export the layer again");
            }
        }
    }

    private static void requireKind(ShpHeader header, PartHead shp, Optional<ShapeType.Kind> required) {
        if (required.isPresent() && header.shapeType().kind() != required.get()) {
            String kind = required.get().name().toLowerCase(Locale.ROOT);
            throw new ShapefileException(Reason.WRONG_GEOMETRY_TYPE, shp.label(), shp.label() + " holds "
                    + header.shapeType().describe() + " (shape type " + header.shapeType().code() + ") but "
                    + kind + "s are needed here; choose the " + kind + " layer");
        }
    }
}
