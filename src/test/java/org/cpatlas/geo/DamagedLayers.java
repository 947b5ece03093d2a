package org.cpatlas.geo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Real layers on disk with one record's rings replaced by rings given as x,y pairs, for shapes no writer makes. */
public final class DamagedLayers {

    private DamagedLayers() {
    }

    /**
     * Rewrites {@code dir/layer.shp} and .shx so that record {@code record} (0-based) is a polygon of exactly these
     * rings, in the order and orientation given (a ring of 2 points, an unclosed ring, a bow tie...); every other
     * record and the .dbf stay as they were.
     */
    public static void replaceRings(Path dir, String layer, int record, double[]... rings) throws IOException {
        byte[][] replaced = replaceRings(Files.readAllBytes(dir.resolve(layer + ".shp")),
                Files.readAllBytes(dir.resolve(layer + ".shx")), record, polygon(rings));
        Files.write(dir.resolve(layer + ".shp"), replaced[0]);
        Files.write(dir.resolve(layer + ".shx"), replaced[1]);
    }

    /** The same layer in memory with record {@code record} (0-based) replaced by a polygon of these rings. */
    public static ShapefileParts replaceRings(ShapefileParts parts, int record, double[]... rings) {
        return replaceContent(parts, record, polygon(rings));
    }

    /** The same layer in memory with record {@code record}'s content (after its 8-byte header) replaced. */
    static ShapefileParts replaceContent(ShapefileParts parts, int record, byte[] content) {
        byte[][] replaced = replaceRings(parts.shp().bytes(), parts.shx().bytes(), record, content);
        return parts.with("shp", replaced[0]).with("shx", replaced[1]);
    }

    /** A polygon record of {@code parts} rings of {@code points} points each: squares, or their first points. */
    static byte[] manySquares(int parts, int points) {
        double[][] rings = new double[parts][];
        for (int p = 0; p < parts; p++) {
            double x = 100 + (p % 1000) * 0.002;
            double y = 25 + (p / 1000) * 0.002;
            double[] square = {x, y, x, y + 0.001, x + 0.001, y + 0.001, x + 0.001, y, x, y};
            rings[p] = Arrays.copyOf(square, 2 * points);
        }
        return polygon(rings);
    }

    private static byte[][] replaceRings(byte[] shp, byte[] shx, int record, byte[] replacement) {
        ByteBuffer index = ByteBuffer.wrap(shx).order(ByteOrder.BIG_ENDIAN);
        int count = (shx.length - 100) / 8;
        List<byte[]> contents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int offset = index.getInt(100 + 8 * i) * 2;
            int length = index.getInt(104 + 8 * i) * 2;
            contents.add(Arrays.copyOfRange(shp, offset + 8, offset + 8 + length));
        }
        contents.set(record, replacement);
        int length = 100 + contents.stream().mapToInt(c -> 8 + c.length).sum();
        ByteBuffer newShp = ByteBuffer.allocate(length).order(ByteOrder.BIG_ENDIAN);
        ByteBuffer newShx = ByteBuffer.allocate(100 + 8 * count).order(ByteOrder.BIG_ENDIAN);
        newShp.put(shp, 0, 100).putInt(24, length / 2);
        newShx.put(shx, 0, 100).putInt(24, newShx.capacity() / 2);
        int offset = 100;
        for (int i = 0; i < count; i++) {
            byte[] content = contents.get(i);
            newShp.putInt(i + 1).putInt(content.length / 2).put(content);
            newShx.putInt(offset / 2).putInt(content.length / 2);
            offset += 8 + content.length;
        }
        return new byte[][] {newShp.array(), newShx.array()};
    }

    private static byte[] polygon(double[]... rings) {
        int points = Arrays.stream(rings).mapToInt(r -> r.length / 2).sum();
        ByteBuffer b = ByteBuffer.allocate(44 + 4 * rings.length + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] ring : rings) {
            for (int k = 0; k < ring.length; k += 2) {
                box[0] = Math.min(box[0], ring[k]);
                box[1] = Math.min(box[1], ring[k + 1]);
                box[2] = Math.max(box[2], ring[k]);
                box[3] = Math.max(box[3], ring[k + 1]);
            }
        }
        b.putInt(5).putDouble(box[0]).putDouble(box[1]).putDouble(box[2]).putDouble(box[3])
                .putInt(rings.length).putInt(points);
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
        return b.array();
    }
}
