package org.cpatlas.geo;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Layers that declare or hold more than the atlas can read, written to disk cheaply: where a file is larger than its
 * content matters (it must be refused before it is read), it is sparse and takes no disk blocks.
 */
public final class HugeLayers {

    private HugeLayers() {
    }

    /**
     * Replaces {@code dir/layer.dbf} with a table whose header declares {@code records} records of {@code fields}
     * text fields of 240 characters each, and whose size matches (sparse): a whole, consistent table of that size.
     */
    public static void dbfDeclaring(Path dir, String layer, long records, int fields) throws IOException {
        int headerLength = 32 + 32 * fields + 1;
        int recordLength = 1 + 240 * fields;
        ByteBuffer header = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        header.put((byte) 0x03).put((byte) 125).put((byte) 1).put((byte) 1).putInt((int) records)
                .putShort((short) headerLength).putShort((short) recordLength);
        header.position(32);
        for (int f = 0; f < fields; f++) {
            byte[] name = new byte[11];
            byte[] text = ("f" + f).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(text, 0, name, 0, text.length);
            header.put(name).put((byte) 'C').putInt(0).put((byte) 240).put((byte) 0).put(new byte[14]);
        }
        header.put((byte) 0x0D);
        Path dbf = dir.resolve(layer + ".dbf");
        Files.write(dbf, header.array());
        try (RandomAccessFile file = new RandomAccessFile(dbf.toFile(), "rw")) {
            file.setLength(headerLength + records * recordLength + 1);
        }
    }

    /**
     * Writes {@code dir/layer.shp}, .shx and .dbf: one polygon record of {@code parts} rings of {@code pointsPerRing}
     * points each (0 for parts that hold no point). Rings of up to 5 points are (the first points of) closed squares
     * of 0.001 degrees in a grid over central China, each a shell of its own, so the polygon is valid however many
     * there are; longer rings are circles (one of 4 degrees when there is one part).
     */
    public static void onePolygonOfManyParts(Path dir, String layer, int parts, int pointsPerRing) throws IOException {
        long points = (long) parts * pointsPerRing;
        long content = 44 + 4L * parts + 16 * points;
        ByteBuffer record = ByteBuffer.allocate((int) (8 + content)).order(ByteOrder.BIG_ENDIAN);
        record.putInt(1).putInt((int) (content / 2)).order(ByteOrder.LITTLE_ENDIAN);
        record.putInt(5).putDouble(100).putDouble(25).putDouble(110).putDouble(35).putInt(parts).putInt((int) points);
        for (int p = 0; p < parts; p++) {
            record.putInt(p * pointsPerRing);
        }
        for (int p = 0; p < parts; p++) {
            double x = 100 + (p % 5000) * 0.002;
            double y = 25 + (p / 5000) * 0.002;
            if (pointsPerRing <= 5) {
                // clockwise: a shell
                double[] square = {x, y, x, y + 0.001, x + 0.001, y + 0.001, x + 0.001, y, x, y};
                for (int k = 0; k < pointsPerRing; k++) {
                    record.putDouble(square[2 * k]).putDouble(square[2 * k + 1]);
                }
            } else {
                // a circle of radius 0.0008 degrees (a whole ring when there is one part: radius 4 degrees), clockwise
                double radius = parts == 1 ? 4 : 0.0004;
                double cx = parts == 1 ? 105 : x + 0.0005;
                double cy = parts == 1 ? 30 : y + 0.0005;
                for (int k = 0; k < pointsPerRing - 1; k++) {
                    double t = -2 * Math.PI * k / (pointsPerRing - 1);
                    record.putDouble(cx + radius * Math.cos(t)).putDouble(cy + radius * Math.sin(t));
                }
                record.putDouble(cx + radius).putDouble(cy);
            }
        }
        writeOneRecordLayer(dir, layer, record.array(), 100 + record.capacity());
    }

    /**
     * Writes {@code dir/layer.shp}, .shx and .dbf: one polygon record whose only ring is a comb of about
     * {@code points} points, 10 degrees wide, its teeth nearly as tall as the ring: valid, and the worst shape for
     * anything that indexes edges by height or cuts rings into monotone chains (every edge is a chain of its own).
     */
    public static void oneCombRing(Path dir, String layer, int points) throws IOException {
        int teeth = (points - 4) / 2;
        int n = 2 * teeth + 4;
        long content = 44 + 4 + 16L * n;
        ByteBuffer record = ByteBuffer.allocate((int) (8 + content)).order(ByteOrder.BIG_ENDIAN);
        record.putInt(1).putInt((int) (content / 2)).order(ByteOrder.LITTLE_ENDIAN);
        record.putInt(5).putDouble(100).putDouble(25).putDouble(110).putDouble(26).putInt(1).putInt(n).putInt(0);
        double width = 10.0 / teeth;
        // clockwise: up the teeth from west to east, down the east side, back along the south
        record.putDouble(100).putDouble(25);
        for (int t = 0; t < teeth; t++) {
            record.putDouble(100 + t * width).putDouble(26);
            record.putDouble(100 + t * width + width / 2).putDouble(25.1 + 0.4 * (t % 2));
        }
        record.putDouble(110).putDouble(26);
        record.putDouble(110).putDouble(25);
        record.putDouble(100).putDouble(25);
        writeOneRecordLayer(dir, layer, record.array(), 100 + record.capacity());
    }

    /**
     * Writes {@code dir/layer.shp}, .shx and .dbf: {@code records} small squares, each with {@code fields} text fields
     * of about 24 characters.
     */
    public static void manyRecords(Path dir, String layer, int records, int fields) throws IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        names.add("code");
        for (int f = 1; f < fields; f++) {
            names.add("f" + f);
        }
        java.util.List<Feature> features = new java.util.ArrayList<>(records);
        for (int i = 0; i < records; i++) {
            double x = 100 + (i % 2000) * 0.004;
            double y = 25 + (i / 2000) * 0.004;
            java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
            for (String name : names) {
                values.put(name, name + "-" + i + "-abcdefghijklmnop");
            }
            features.add(new Feature(GeoFixtures.square(x, y, x + 0.002, y + 0.002), values));
        }
        new ShapefileWriter().write(dir, layer, names, features);
    }

    /**
     * Writes {@code dir/layer.shp}, .shx and .dbf of one polygon record, the .shp {@code bytes} long (sparse) with its
     * header and the record's header declaring that length: a consistent layer of that size, empty inside.
     */
    public static void shpOfSize(Path dir, String layer, long bytes) throws IOException {
        long content = bytes - 108;
        ByteBuffer record = ByteBuffer.allocate(52).order(ByteOrder.BIG_ENDIAN);
        record.putInt(1).putInt((int) (content / 2)).order(ByteOrder.LITTLE_ENDIAN);
        record.putInt(5).putDouble(100).putDouble(25).putDouble(110).putDouble(35).putInt(0).putInt(0);
        writeOneRecordLayer(dir, layer, record.array(), bytes);
    }

    private static void writeOneRecordLayer(Path dir, String layer, byte[] record, long shpLength) throws IOException {
        Path shp = dir.resolve(layer + ".shp");
        try (FileChannel out = FileChannel.open(shp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(header(shpLength));
            out.write(ByteBuffer.wrap(record));
        }
        try (RandomAccessFile file = new RandomAccessFile(shp.toFile(), "rw")) {
            file.setLength(shpLength);
        }
        ByteBuffer shx = header(108);
        ByteBuffer entry = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putInt(50).putInt((int) ((shpLength - 108) / 2));
        entry.flip();
        try (FileChannel out = FileChannel.open(dir.resolve(layer + ".shx"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(shx);
            out.write(entry);
        }
        dbfOfOneCode(dir, layer);
        Files.writeString(dir.resolve(layer + ".cpg"), "UTF-8");
    }

    private static void dbfOfOneCode(Path dir, String layer) throws IOException {
        ByteBuffer dbf = ByteBuffer.allocate(32 + 32 + 1 + 11 + 1).order(ByteOrder.LITTLE_ENDIAN);
        dbf.put((byte) 0x03).put((byte) 125).put((byte) 1).put((byte) 1).putInt(1).putShort((short) 65)
                .putShort((short) 11);
        dbf.position(32);
        byte[] name = new byte[11];
        System.arraycopy("code".getBytes(StandardCharsets.US_ASCII), 0, name, 0, 4);
        dbf.put(name).put((byte) 'C').putInt(0).put((byte) 10).put((byte) 0).put(new byte[14]);
        dbf.put((byte) 0x0D);
        dbf.put((byte) ' ').put("huge      ".getBytes(StandardCharsets.US_ASCII));
        dbf.put((byte) 0x1A);
        Files.write(dir.resolve(layer + ".dbf"), dbf.array());
    }

    private static ByteBuffer header(long length) {
        ByteBuffer b = ByteBuffer.allocate(100);
        b.order(ByteOrder.BIG_ENDIAN).putInt(9994).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0)
                .putInt((int) (length / 2));
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(5).putDouble(100).putDouble(25).putDouble(110)
                .putDouble(35);
        b.position(100);
        b.flip();
        return b;
    }
}
