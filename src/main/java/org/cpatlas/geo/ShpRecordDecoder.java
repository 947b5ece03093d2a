package org.cpatlas.geo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.geo.ShapefileException.Reason;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * Decodes the records of a .shp into JTS geometries in lon/lat, reading Z and M variants as 2D.
 *
 * <p>Every count and offset read from the file is checked against the record's length before it is used, so a
 * damaged file fails with a message naming the record rather than with an index or buffer exception.
 */
final class ShpRecordDecoder {

    /** Rounding in exporters can put a vertex a hair beyond the antimeridian or a pole. */
    private static final double LON_LAT_SLACK = 1e-6;

    private final GeometryFactory factory;
    private final ShapefilePart shp;
    private final ShapeType layerType;
    private final ByteBuffer buffer;
    private final ByteBuffer bigEndian;

    /** The result for one record: its geometry and, if parts had to be dropped, why (for the validity policy). */
    record Decoded(Geometry geometry, String problem) {
    }

    ShpRecordDecoder(GeometryFactory factory, ShapefilePart shp, ShapeType layerType) {
        this.factory = factory;
        this.shp = shp;
        this.layerType = layerType;
        this.buffer = shp.buffer().order(ByteOrder.LITTLE_ENDIAN);
        this.bigEndian = shp.buffer().order(ByteOrder.BIG_ENDIAN);
    }

    /**
     * Decodes the record whose 8-byte header is at {@code offset}; {@code index} is 0-based, messages count from 1.
     */
    Decoded decode(int index, int offset, int indexedLength) {
        int number = index + 1;
        int declared = bigEndian.getInt(offset + 4);
        long length = Math.min((declared & 0xFFFFFFFFL) * 2, indexedLength);
        int start = offset + 8;
        if (length < 4) {
            throw corrupt(number, "it is too short to hold a shape type");
        }
        int typeCode = buffer.getInt(start);
        if (typeCode == 0) {
            return new Decoded(empty(), null);
        }
        ShapeType type = ShapeType.fromCode(typeCode)
                .orElseThrow(() -> corrupt(number, "its shape type " + typeCode + " is not defined by the specification"));
        if (type.kind() != layerType.kind()) {
            throw corrupt(number, "it holds " + type.describe() + " in a layer of " + layerType.describe());
        }
        int len = (int) length;
        return switch (type.kind()) {
            case POINT -> new Decoded(point(number, start, len), null);
            case MULTIPOINT -> new Decoded(multiPoint(number, start, len), null);
            case LINE -> lines(number, start, len);
            case POLYGON -> polygon(number, start, len);
            default -> throw corrupt(number, "its shape type " + type + " cannot be read");
        };
    }

    /** The empty geometry of the layer's kind, for null-shape records, so features stay aligned with the .dbf. */
    Geometry empty() {
        return switch (layerType.kind()) {
            case POINT -> factory.createPoint();
            case MULTIPOINT -> factory.createMultiPoint();
            case LINE -> factory.createLineString();
            default -> factory.createPolygon();
        };
    }

    private Geometry point(int number, int start, int len) {
        if (len < 20) {
            throw corrupt(number, "it has " + len + " bytes, too few for a point");
        }
        double[] xy = {buffer.getDouble(start + 4), buffer.getDouble(start + 12)};
        checkLonLat(xy, number);
        return factory.createPoint(new PackedCoordinateSequence.Double(xy, 2, 0));
    }

    private Geometry multiPoint(int number, int start, int len) {
        if (len < 40) {
            throw corrupt(number, "it has " + len + " bytes, too few for a multipoint");
        }
        int numPoints = buffer.getInt(start + 36);
        if (numPoints < 0 || 40L + 16L * numPoints > len) {
            throw corrupt(number, "it declares " + numPoints + " points, more than its " + len + " bytes hold");
        }
        double[] xy = coordinates(start + 40, numPoints);
        checkLonLat(xy, number);
        return factory.createMultiPoint(new PackedCoordinateSequence.Double(xy, 2, 0));
    }

    private Decoded lines(int number, int start, int len) {
        Parts parts = parts(number, start, len);
        List<LineString> lines = new ArrayList<>(parts.count());
        String problem = null;
        for (int p = 0; p < parts.count(); p++) {
            int n = parts.end(p) - parts.start(p);
            if (n == 1) {
                problem = "part " + (p + 1) + " is a line of a single point";
            } else if (n > 1) {
                double[] coords = new double[2 * n];
                System.arraycopy(parts.xy(), 2 * parts.start(p), coords, 0, 2 * n);
                lines.add(factory.createLineString(new PackedCoordinateSequence.Double(coords, 2, 0)));
            }
        }
        Geometry geometry = lines.isEmpty() ? factory.createLineString()
                : lines.size() == 1 ? lines.get(0)
                : factory.createMultiLineString(lines.toArray(LineString[]::new));
        return new Decoded(geometry, problem);
    }

    private Decoded polygon(int number, int start, int len) {
        Parts parts = parts(number, start, len);
        RingAssembler assembler = new RingAssembler(factory);
        String problem = null;
        double[] xy = parts.xy();
        for (int p = 0; p < parts.count(); p++) {
            int s = parts.start(p);
            int n = parts.end(p) - s;
            if (n == 0) {
                continue;
            }
            int last = parts.end(p) - 1;
            boolean closed = xy[2 * s] == xy[2 * last] && xy[2 * s + 1] == xy[2 * last + 1];
            int size = closed ? n : n + 1;
            if (size < 4) {
                problem = "ring " + (p + 1) + " has only " + n + " points, too few to enclose an area";
                continue;
            }
            double[] coords = new double[2 * size];
            System.arraycopy(xy, 2 * s, coords, 0, 2 * n);
            if (!closed) {
                // An unclosed ring is closed by repeating its first point: nothing is lost, and JTS requires it.
                coords[2 * n] = xy[2 * s];
                coords[2 * n + 1] = xy[2 * s + 1];
            }
            assembler.add(coords);
        }
        return new Decoded(assembler.build(), problem);
    }

    /** The part start indices and all x,y pairs of a polyline or polygon record, checked for consistency. */
    private record Parts(int[] starts, int numPoints, double[] xy) {
        int count() {
            return starts.length;
        }

        int start(int p) {
            return starts[p];
        }

        int end(int p) {
            return p + 1 < starts.length ? starts[p + 1] : numPoints;
        }
    }

    private Parts parts(int number, int start, int len) {
        if (len < 44) {
            throw corrupt(number, "it has " + len + " bytes, too few for a " + layerType.describe() + " record");
        }
        int numParts = buffer.getInt(start + 36);
        int numPoints = buffer.getInt(start + 40);
        if (numParts < 0 || numPoints < 0 || 44L + 4L * numParts + 16L * numPoints > len) {
            throw corrupt(number, "it declares " + numParts + " parts and " + numPoints + " points, more than its "
                    + len + " bytes hold");
        }
        int[] starts = new int[numParts];
        for (int p = 0; p < numParts; p++) {
            starts[p] = buffer.getInt(start + 44 + 4 * p);
            if (starts[p] < 0 || starts[p] > numPoints || (p > 0 && starts[p] < starts[p - 1])) {
                throw corrupt(number, "part " + (p + 1) + " starts at point " + starts[p]
                        + ", outside its " + numPoints + " points or before the previous part");
            }
        }
        double[] xy = coordinates(start + 44 + 4 * numParts, numPoints);
        checkLonLat(xy, number);
        return new Parts(starts, numPoints, xy);
    }

    /** One bulk read of the x,y pairs (the Z and M arrays that may follow are skipped: the atlas is 2D). */
    private double[] coordinates(int at, int numPoints) {
        double[] xy = new double[2 * numPoints];
        buffer.slice(at, 16 * numPoints).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(xy);
        return xy;
    }

    private void checkLonLat(double[] xy, int number) {
        for (int i = 0; i < xy.length; i += 2) {
            double x = xy[i];
            double y = xy[i + 1];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                throw corrupt(number, "a coordinate is not a number");
            }
            if (!(x >= -180 - LON_LAT_SLACK && x <= 180 + LON_LAT_SLACK && y >= -90 - LON_LAT_SLACK
                    && y <= 90 + LON_LAT_SLACK)) {
                String file = shp.label();
                throw new ShapefileException(Reason.NOT_LON_LAT, file, file + " has coordinates outside the lon/lat"
                        + " range (" + x + ", " + y + " in record " + number + "), so it is probably in a projected CRS;"
                        + " reproject it to WGS84 lon/lat (EPSG:4326), e.g. ogr2ogr -t_srs EPSG:4326 out.shp " + file);
            }
        }
    }

    private ShapefileException corrupt(int number, String what) {
        String file = shp.label();
        return new ShapefileException(Reason.CORRUPT_RECORD, file, "Record " + number + " of " + file
                + " is corrupt: " + what + "; export the layer again from its source");
    }
}
