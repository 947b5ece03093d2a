package org.cpatlas.geo;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * A decoded polygon layer as bytes and back: its name, fields, extent, and per feature its attributes and rings of
 * packed x/y doubles. Reading it back builds the same features as {@link ShapefileReader} made, without decoding the
 * .dbf's text, checking coordinates or assembling rings into polygons again, which were most of every start's
 * loading ({@link LayerSnapshots}). Only what the reader produces is written: polygons and multipolygons of 2D packed
 * rings, and text, whole numbers, decimals, dates and logicals; {@link #canEncode} says whether a layer is that.
 */
public final class LayerSnapshotCodec {

    /** Changes whenever the layout below changes: a snapshot of another version is not read. */
    static final int VERSION = 1;
    private static final int MAGIC = 0x43504c53; // "CPLS"
    private static final byte POLYGON = 'P';
    private static final byte MULTIPOLYGON = 'M';
    private static final byte TEXT = 'S';
    private static final byte WHOLE = 'L';
    private static final byte DECIMAL = 'D';
    private static final byte DATE = 'T';
    private static final byte LOGICAL = 'Z';

    private LayerSnapshotCodec() {
    }

    /** Whether every feature is a (multi)polygon of 2D packed rings with attributes of the reader's types. */
    public static boolean canEncode(FeatureLayer layer) {
        for (Feature f : layer.features()) {
            Geometry g = f.geometry();
            if (!(g instanceof Polygon || g instanceof MultiPolygon)) {
                return false;
            }
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Polygon p = (Polygon) g.getGeometryN(i);
                if (!packed2d(p.getExteriorRing())) {
                    return false;
                }
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    if (!packed2d(p.getInteriorRingN(h))) {
                        return false;
                    }
                }
            }
            for (Object value : f.attributes().values()) {
                if (!(value instanceof String || value instanceof Long || value instanceof Double
                        || value instanceof LocalDate || value instanceof Boolean)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean packed2d(LinearRing ring) {
        CoordinateSequence seq = ring.getCoordinateSequence();
        return seq instanceof PackedCoordinateSequence.Double && seq.getDimension() == 2 && seq.getMeasures() == 0;
    }

    /** The layer as bytes, headed by {@code key} (what the bytes were read from), for {@link #decode}. */
    public static byte[] encode(String key, FeatureLayer layer) {
        if (!canEncode(layer)) {
            throw new IllegalArgumentException("layer " + layer.name() + " holds what a snapshot cannot keep");
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
                    new java.util.zip.CheckedOutputStream(bytes, crc), 1 << 16));
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            text(out, key);
            text(out, layer.name());
            out.writeInt(layer.fieldNames().size());
            for (String field : layer.fieldNames()) {
                text(out, field);
            }
            Envelope bounds = layer.bounds();
            out.writeDouble(bounds.getMinX());
            out.writeDouble(bounds.getMaxX());
            out.writeDouble(bounds.getMinY());
            out.writeDouble(bounds.getMaxY());
            out.writeInt(layer.size());
            Map<String, Integer> fieldIndex = new HashMap<>();
            for (int i = 0; i < layer.fieldNames().size(); i++) {
                fieldIndex.putIfAbsent(layer.fieldNames().get(i), i);
            }
            for (Feature f : layer.features()) {
                attributes(out, f.attributes(), fieldIndex);
                geometry(out, f.geometry());
            }
            out.flush();
            // A checksum of all that precedes it: a bit flipped on disk in a coordinate would otherwise move a
            // boundary without a word.
            new DataOutputStream(bytes).writeInt((int) crc.getValue());
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    private static void attributes(DataOutputStream out, Map<String, Object> attributes,
            Map<String, Integer> fieldIndex) throws IOException {
        out.writeInt(attributes.size());
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            Integer index = fieldIndex.get(e.getKey());
            if (index == null) {
                // Attributes are named by the layer's fields; one that is not cannot be found again by index.
                out.writeInt(-1);
                text(out, e.getKey());
            } else {
                out.writeInt(index);
            }
            Object v = e.getValue();
            if (v instanceof String s) {
                out.writeByte(TEXT);
                text(out, s);
            } else if (v instanceof Long l) {
                out.writeByte(WHOLE);
                out.writeLong(l);
            } else if (v instanceof Double d) {
                out.writeByte(DECIMAL);
                out.writeDouble(d);
            } else if (v instanceof LocalDate date) {
                out.writeByte(DATE);
                out.writeLong(date.toEpochDay());
            } else {
                out.writeByte(LOGICAL);
                out.writeBoolean((Boolean) v);
            }
        }
    }

    private static void geometry(DataOutputStream out, Geometry g) throws IOException {
        out.writeByte(g instanceof MultiPolygon ? MULTIPOLYGON : POLYGON);
        out.writeInt(g.getNumGeometries());
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            out.writeInt(p.getNumInteriorRing() + 1);
            ring(out, p.getExteriorRing());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                ring(out, p.getInteriorRingN(h));
            }
        }
    }

    private static void ring(DataOutputStream out, LinearRing ring) throws IOException {
        double[] xy = ((PackedCoordinateSequence.Double) ring.getCoordinateSequence()).getRawCoordinates();
        out.writeInt(xy.length);
        for (double v : xy) {
            out.writeDouble(v);
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /**
     * The layer these bytes hold, its geometries made by {@code factory}; fails with an unchecked exception when the
     * bytes are not a snapshot of this version made from {@code key} (another file's, older, cut short or damaged).
     */
    public static FeatureLayer decode(byte[] bytes, String key, GeometryFactory factory) {
        if (bytes.length < 12) {
            throw new IllegalArgumentException("a snapshot of " + bytes.length + " bytes");
        }
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, bytes.length - Integer.BYTES);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - Integer.BYTES);
        if (ByteBuffer.wrap(bytes, bytes.length - Integer.BYTES, Integer.BYTES).getInt() != (int) crc.getValue()) {
            throw new IllegalArgumentException("a snapshot whose checksum does not match: damaged");
        }
        if (in.getInt() != MAGIC || in.getInt() != VERSION) {
            throw new IllegalArgumentException("not a layer snapshot of version " + VERSION);
        }
        if (!key.equals(text(in))) {
            throw new IllegalArgumentException("a snapshot of other files");
        }
        String name = text(in);
        List<String> fields = new ArrayList<>();
        for (int i = count(in, bytes.length); i > 0; i--) {
            fields.add(text(in));
        }
        double minX = in.getDouble();
        double maxX = in.getDouble();
        double minY = in.getDouble();
        double maxY = in.getDouble();
        int size = count(in, bytes.length);
        List<Feature> features = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Map<String, Object> attributes = attributes(in, fields, bytes.length);
            features.add(new Feature(geometry(in, factory, bytes.length), attributes));
        }
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("bytes after the last feature");
        }
        return new FeatureLayer(name, fields, features, new Envelope(minX, maxX, minY, maxY));
    }

    private static Map<String, Object> attributes(ByteBuffer in, List<String> fields, int limit) {
        int n = count(in, limit);
        @SuppressWarnings("unchecked")
        Map.Entry<String, Object>[] attributes = new Map.Entry[n];
        for (int i = 0; i < n; i++) {
            int index = in.getInt();
            String field = index == -1 ? text(in) : fields.get(index);
            byte tag = in.get();
            Object value = switch (tag) {
                case TEXT -> text(in);
                case WHOLE -> in.getLong();
                case DECIMAL -> in.getDouble();
                case DATE -> LocalDate.ofEpochDay(in.getLong());
                case LOGICAL -> in.get() != 0;
                default -> throw new IllegalArgumentException("unknown attribute type " + tag);
            };
            attributes[i] = Map.entry(field, value);
        }
        // Immutable already, so the feature keeps this map instead of copying it.
        return Map.ofEntries(attributes);
    }

    private static Geometry geometry(ByteBuffer in, GeometryFactory factory, int limit) {
        byte kind = in.get();
        if (kind != POLYGON && kind != MULTIPOLYGON) {
            throw new IllegalArgumentException("unknown geometry type " + kind);
        }
        Polygon[] polygons = new Polygon[count(in, limit)];
        for (int i = 0; i < polygons.length; i++) {
            LinearRing[] rings = new LinearRing[count(in, limit)];
            for (int r = 0; r < rings.length; r++) {
                double[] xy = new double[count(in, limit)];
                in.asDoubleBuffer().get(xy);
                in.position(in.position() + xy.length * Double.BYTES);
                rings[r] = factory.createLinearRing(new PackedCoordinateSequence.Double(xy, 2, 0));
            }
            polygons[i] = rings.length == 0 ? factory.createPolygon()
                    : factory.createPolygon(rings[0], java.util.Arrays.copyOfRange(rings, 1, rings.length));
        }
        if (kind == POLYGON) {
            if (polygons.length != 1) {
                throw new IllegalArgumentException("a polygon of " + polygons.length + " parts");
            }
            return polygons[0];
        }
        return factory.createMultiPolygon(polygons);
    }

    /** A count read from the bytes, refused when it could not fit in what is left: damage never allocates much. */
    private static int count(ByteBuffer in, int limit) {
        int n = in.getInt();
        if (n < 0 || n > limit) {
            throw new IllegalArgumentException("a count of " + n + " in a snapshot of " + limit + " bytes");
        }
        return n;
    }

    private static String text(ByteBuffer in) {
        int length = count(in, in.remaining());
        String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
