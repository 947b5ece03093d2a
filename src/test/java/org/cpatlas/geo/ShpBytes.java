package org.cpatlas.geo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds polygon layers ring by ring, in the order and orientation given, for cases the writer never produces
 * (hole before shell, reversed or unclosed rings), and patches header fields of .shp/.shx/.dbf bytes.
 */
final class ShpBytes {

    private ShpBytes() {
    }

    /** A polygon layer whose record {@code i} has exactly the rings {@code records.get(i)} (flat x,y arrays). */
    static ShapefileParts rawPolygons(List<List<double[]>> records) {
        List<Feature> placeholders = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            placeholders.add(GeoFixtures.feature(GeoFixtures.square(0, 0, 1, 1), "code", "r" + (i + 1)));
        }
        ShapefileParts base = new ShapefileWriter().encode("raw", List.of("code"), placeholders);
        List<byte[]> contents = new ArrayList<>();
        for (List<double[]> rings : records) {
            int n = rings.stream().mapToInt(r -> r.length / 2).sum();
            ByteBuffer b = ByteBuffer.allocate(44 + 4 * rings.size() + 16 * n).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(5).putDouble(0).putDouble(0).putDouble(0).putDouble(0).putInt(rings.size()).putInt(n);
            int start = 0;
            for (double[] ring : rings) {
                b.putInt(start);
                start += ring.length / 2;
            }
            for (double[] ring : rings) {
                for (double v : ring) {
                    b.putDouble(v);
                }
            }
            contents.add(b.array());
        }
        int length = 100 + contents.stream().mapToInt(c -> 8 + c.length).sum();
        ByteBuffer shp = ByteBuffer.allocate(length);
        ByteBuffer shx = ByteBuffer.allocate(100 + 8 * contents.size());
        header(shp, length);
        header(shx, shx.capacity());
        int offset = 100;
        for (int i = 0; i < contents.size(); i++) {
            shp.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(contents.get(i).length / 2).put(contents.get(i));
            shx.order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(contents.get(i).length / 2);
            offset += 8 + contents.get(i).length;
        }
        return base.with("shp", shp.array()).with("shx", shx.array());
    }

    private static void header(ByteBuffer b, int length) {
        b.order(ByteOrder.BIG_ENDIAN).putInt(9994).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt(length / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(5);
        for (int i = 0; i < 8; i++) {
            b.putDouble(0);
        }
    }

    /** A ring as flat x,y pairs. */
    static double[] ring(double... xy) {
        return xy;
    }

    static byte[] putIntBE(byte[] bytes, int at, int value) {
        byte[] copy = bytes.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.BIG_ENDIAN).putInt(at, value);
        return copy;
    }

    static byte[] putIntLE(byte[] bytes, int at, int value) {
        byte[] copy = bytes.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
        return copy;
    }
}
