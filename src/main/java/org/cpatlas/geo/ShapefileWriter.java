package org.cpatlas.geo;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * Writes features as a shapefile layer: shells clockwise and holes counter-clockwise as the specification asks,
 * attributes in a .dbf with a .cpg naming its encoding (UTF-8 by default) and a WGS84 .prj. Builds test fixtures and
 * fuzzing seeds; Z/M variants write zero Z and M so readers of those variants can be tested.
 */
public final class ShapefileWriter {

    /** ESRI's WKT for WGS84 lon/lat, as GDAL and QGIS write it. */
    public static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
            + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    /** Encoding of the .dbf, whether to write the .cpg and .prj, and a shape type (else the 2D type of the data). */
    public record Options(Charset charset, boolean writeCpg, boolean writePrj, Optional<ShapeType> shapeType) {

        public Options {
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(shapeType, "shapeType");
        }

        public static Options defaults() {
            return new Options(StandardCharsets.UTF_8, true, true, Optional.empty());
        }

        public Options withCharset(Charset encoding) {
            return new Options(encoding, writeCpg, writePrj, shapeType);
        }

        public Options withoutCpg() {
            return new Options(charset, false, writePrj, shapeType);
        }

        public Options withShapeType(ShapeType type) {
            return new Options(charset, writeCpg, writePrj, Optional.of(type));
        }
    }

    private final Options options;

    public ShapefileWriter() {
        this(Options.defaults());
    }

    public ShapefileWriter(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Writes {@code dir/layerName.shp} and its parts; returns the path of the .shp. */
    public Path write(Path dir, String layerName, List<String> fieldNames, List<Feature> features) throws IOException {
        return encode(layerName, fieldNames, features).writeTo(dir);
    }

    public Path write(Path dir, FeatureLayer layer) throws IOException {
        return write(dir, layer.name(), layer.fieldNames(), layer.features());
    }

    /** The layer's files in memory, e.g. to mutate them for fuzzing without touching the disk. */
    public ShapefileParts encode(String layerName, List<String> fieldNames, List<Feature> features) {
        ShapeType type = options.shapeType().orElseGet(() -> inferType(features));
        List<byte[]> contents = new ArrayList<>(features.size());
        Envelope bounds = new Envelope();
        for (Feature feature : features) {
            contents.add(shape(feature.geometry(), type));
            bounds.expandToInclude(feature.geometry().getEnvelopeInternal());
        }
        byte[] shp = shpFile(type, bounds, contents);
        byte[] shx = shxFile(type, bounds, contents);
        byte[] dbf = dbfFile(fieldNames, features);
        Optional<ShapefilePart> cpg = options.writeCpg()
                ? Optional.of(new ShapefilePart(layerName + ".cpg", options.charset().name().getBytes(StandardCharsets.US_ASCII)))
                : Optional.empty();
        Optional<ShapefilePart> prj = options.writePrj()
                ? Optional.of(new ShapefilePart(layerName + ".prj", WGS84_PRJ.getBytes(StandardCharsets.US_ASCII)))
                : Optional.empty();
        return new ShapefileParts(layerName, new ShapefilePart(layerName + ".shp", shp),
                new ShapefilePart(layerName + ".shx", shx), new ShapefilePart(layerName + ".dbf", dbf), cpg, prj);
    }

    private static ShapeType inferType(List<Feature> features) {
        for (Feature feature : features) {
            Geometry g = feature.geometry();
            if (g.isEmpty()) {
                continue;
            }
            if (g instanceof Polygonal) {
                return ShapeType.POLYGON;
            }
            if (g instanceof Lineal) {
                return ShapeType.POLYLINE;
            }
            if (g instanceof Point) {
                return ShapeType.POINT;
            }
            if (g instanceof MultiPoint) {
                return ShapeType.MULTIPOINT;
            }
            throw new IllegalArgumentException("cannot write a " + g.getGeometryType() + " to a shapefile");
        }
        return ShapeType.POLYGON;
    }

    // ---- .shp and .shx

    private static byte[] shpFile(ShapeType type, Envelope bounds, List<byte[]> contents) {
        int length = ShpHeader.SIZE;
        for (byte[] content : contents) {
            length += 8 + content.length;
        }
        ByteBuffer b = header(type, bounds, length);
        for (int i = 0; i < contents.size(); i++) {
            b.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(contents.get(i).length / 2);
            b.put(contents.get(i));
        }
        return b.array();
    }

    private static byte[] shxFile(ShapeType type, Envelope bounds, List<byte[]> contents) {
        ByteBuffer b = header(type, bounds, ShpHeader.SIZE + 8 * contents.size());
        int offset = ShpHeader.SIZE;
        b.order(ByteOrder.BIG_ENDIAN);
        for (byte[] content : contents) {
            b.putInt(offset / 2).putInt(content.length / 2);
            offset += 8 + content.length;
        }
        return b.array();
    }

    private static ByteBuffer header(ShapeType type, Envelope bounds, int length) {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.BIG_ENDIAN);
        b.putInt(9994).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt(length / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type.code());
        Envelope e = bounds.isNull() ? new Envelope(0, 0, 0, 0) : bounds;
        b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        b.putDouble(0).putDouble(0).putDouble(0).putDouble(0);
        return b;
    }

    private static byte[] shape(Geometry g, ShapeType type) {
        if (g.isEmpty()) {
            return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0).array();
        }
        return switch (type.kind()) {
            case POINT -> point((Point) requireKind(g, Point.class, type), type);
            case MULTIPOINT -> multiPoint(g, type);
            case LINE -> parts(lineParts(requireKind(g, Lineal.class, type)), g.getEnvelopeInternal(), type);
            case POLYGON -> parts(ringParts(requireKind(g, Polygonal.class, type)), g.getEnvelopeInternal(), type);
            default -> throw new IllegalArgumentException("cannot write shape type " + type);
        };
    }

    private static Geometry requireKind(Geometry g, Class<?> kind, ShapeType type) {
        if (!kind.isInstance(g)) {
            throw new IllegalArgumentException("a " + g.getGeometryType() + " cannot go in a layer of " + type.describe());
        }
        return g;
    }

    private static byte[] point(Point p, ShapeType type) {
        int size = 20 + (type.hasZ() ? 16 : type.hasM() ? 8 : 0);
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(type.code()).putDouble(p.getX()).putDouble(p.getY());
        if (type.hasZ()) {
            b.putDouble(0);
        }
        if (type.hasM()) {
            b.putDouble(0);
        }
        return b.array();
    }

    private static byte[] multiPoint(Geometry g, ShapeType type) {
        int n = g.getNumPoints();
        ByteBuffer b = ByteBuffer.allocate(40 + 16 * n + zmSize(type, n)).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(type.code());
        putBox(b, g.getEnvelopeInternal());
        b.putInt(n);
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Point p = (Point) g.getGeometryN(i);
            b.putDouble(p.getX()).putDouble(p.getY());
        }
        putZm(b, type, n);
        return b.array();
    }

    private static List<CoordinateSequence> lineParts(Geometry g) {
        List<CoordinateSequence> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            parts.add(((LineString) g.getGeometryN(i)).getCoordinateSequence());
        }
        return parts;
    }

    private static List<CoordinateSequence> ringParts(Geometry g) {
        List<CoordinateSequence> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) g.getGeometryN(i);
            if (polygon.isEmpty()) {
                continue;
            }
            parts.add(oriented(polygon.getExteriorRing().getCoordinateSequence(), false));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                parts.add(oriented(polygon.getInteriorRingN(h).getCoordinateSequence(), true));
            }
        }
        return parts;
    }

    /** Shells clockwise, holes counter-clockwise: the one convention a shapefile reader may rely on. */
    private static CoordinateSequence oriented(CoordinateSequence ring, boolean counterClockwise) {
        if (ring.size() < 4 || Orientation.isCCW(ring) == counterClockwise) {
            return ring;
        }
        CoordinateSequence reversed = ring.copy();
        org.locationtech.jts.geom.CoordinateSequences.reverse(reversed);
        return reversed;
    }

    private static byte[] parts(List<CoordinateSequence> parts, Envelope box, ShapeType type) {
        int n = 0;
        for (CoordinateSequence part : parts) {
            n += part.size();
        }
        ByteBuffer b = ByteBuffer.allocate(44 + 4 * parts.size() + 16 * n + zmSize(type, n))
                .order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(type.code());
        putBox(b, box);
        b.putInt(parts.size()).putInt(n);
        int start = 0;
        for (CoordinateSequence part : parts) {
            b.putInt(start);
            start += part.size();
        }
        for (CoordinateSequence part : parts) {
            for (int i = 0; i < part.size(); i++) {
                b.putDouble(part.getX(i)).putDouble(part.getY(i));
            }
        }
        putZm(b, type, n);
        return b.array();
    }

    private static int zmSize(ShapeType type, int n) {
        return (type.hasZ() ? 16 + 8 * n : 0) + (type.hasM() ? 16 + 8 * n : 0);
    }

    private static void putZm(ByteBuffer b, ShapeType type, int n) {
        if (type.hasZ()) {
            b.putDouble(0).putDouble(0);
            b.put(new byte[8 * n]);
        }
        if (type.hasM()) {
            b.putDouble(0).putDouble(0);
            b.put(new byte[8 * n]);
        }
    }

    private static void putBox(ByteBuffer b, Envelope e) {
        b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
    }

    // ---- .dbf

    private byte[] dbfFile(List<String> fieldNames, List<Feature> features) {
        DBFField[] fields = new DBFField[fieldNames.size()];
        for (int f = 0; f < fields.length; f++) {
            fields[f] = field(fieldNames.get(f), features);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DBFWriter writer = new DBFWriter(out, options.charset());
        writer.setFields(fields);
        for (Feature feature : features) {
            Object[] row = new Object[fields.length];
            for (int f = 0; f < fields.length; f++) {
                Object value = feature.attributes().get(fieldNames.get(f));
                row[f] = value != null && fields[f].getType() == DBFDataType.CHARACTER ? value.toString() : dbfValue(value);
            }
            writer.addRecord(row);
        }
        writer.close();
        return out.toByteArray();
    }

    private DBFField field(String name, List<Feature> features) {
        if (name.length() > 10) {
            throw new IllegalArgumentException("dBASE field names have at most 10 characters: " + name);
        }
        boolean text = false;
        boolean decimal = false;
        boolean number = false;
        boolean logical = false;
        boolean date = false;
        int width = 1;
        for (Feature feature : features) {
            Object v = feature.attributes().get(name);
            if (v == null) {
                continue;
            }
            if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof BigInteger) {
                number = true;
            } else if (v instanceof Number) {
                number = true;
                decimal = true;
            } else if (v instanceof Boolean) {
                logical = true;
            } else if (v instanceof LocalDate) {
                date = true;
            } else {
                text = true;
            }
            width = Math.max(width, v.toString().getBytes(options.charset()).length);
        }
        if (text || (number ? 1 : 0) + (logical ? 1 : 0) + (date ? 1 : 0) > 1) {
            if (width > 254) {
                throw new IllegalArgumentException("field " + name + " needs " + width + " bytes; dBASE allows 254");
            }
            return new DBFField(name, DBFDataType.CHARACTER, width);
        }
        if (logical) {
            return new DBFField(name, DBFDataType.LOGICAL);
        }
        if (date) {
            return new DBFField(name, DBFDataType.DATE);
        }
        if (number) {
            return decimal ? new DBFField(name, DBFDataType.NUMERIC, 24, 10) : new DBFField(name, DBFDataType.NUMERIC, 18, 0);
        }
        return new DBFField(name, DBFDataType.CHARACTER, 1);
    }

    private static Object dbfValue(Object v) {
        if (v instanceof LocalDate d) {
            return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        return v;
    }
}
