package org.cpatlas.print;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A streaming 8-bit RGB PNG encoder: rows are fed band by band, so a 600 DPI A3 page (7016 x 9921 px) never has
 * to exist as one image. Writes the pHYs chunk so image tools and printers know the page's DPI.
 */
final class PngEncoder implements AutoCloseable {

    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};
    private static final int IDAT_CHUNK = 1 << 16;

    private final OutputStream out;
    private final int width;
    private final int height;
    private final ChunkStream idat;
    private final DeflaterOutputStream deflated;
    private final Deflater deflater = new Deflater(6);
    private byte[] previous;
    private byte[] current;
    private final byte[] sub;
    private final byte[] up;
    private int rows;

    PngEncoder(OutputStream out, int width, int height, int dpi) throws IOException {
        this.out = out;
        this.width = width;
        this.height = height;
        out.write(SIGNATURE);
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(width);
        d.writeInt(height);
        d.writeByte(8); // bit depth
        d.writeByte(2); // colour type: truecolour RGB
        d.writeByte(0);
        d.writeByte(0);
        d.writeByte(0);
        chunk("IHDR", ihdr.toByteArray());
        ByteArrayOutputStream phys = new ByteArrayOutputStream();
        DataOutputStream p = new DataOutputStream(phys);
        int perMetre = (int) Math.round(dpi / 0.0254);
        p.writeInt(perMetre);
        p.writeInt(perMetre);
        p.writeByte(1); // unit: metre
        chunk("pHYs", phys.toByteArray());
        idat = new ChunkStream();
        deflated = new DeflaterOutputStream(idat, deflater, IDAT_CHUNK);
        previous = new byte[width * 3];
        current = new byte[width * 3];
        sub = new byte[width * 3];
        up = new byte[width * 3];
    }

    /** Appends rows given as packed 0xRRGGBB ints, {@code count} rows of {@code width} starting at offset 0. */
    void writeRows(int[] rgb, int count) throws IOException {
        for (int r = 0; r < count; r++) {
            if (rows == height) {
                throw new IllegalStateException("more rows than the image height " + height);
            }
            int base = r * width;
            for (int x = 0; x < width; x++) {
                int v = rgb[base + x];
                current[3 * x] = (byte) (v >> 16);
                current[3 * x + 1] = (byte) (v >> 8);
                current[3 * x + 2] = (byte) v;
            }
            writeFiltered();
            byte[] swap = previous;
            previous = current;
            current = swap;
            rows++;
        }
    }

    /**
     * Picks the Sub or Up filter per row by the smallest sum of absolute residuals (the heuristic libpng uses):
     * flat map fills then compress to almost nothing.
     */
    private void writeFiltered() throws IOException {
        long sumSub = 0;
        long sumUp = 0;
        for (int i = 0; i < current.length; i++) {
            int left = i >= 3 ? current[i - 3] : 0;
            sub[i] = (byte) (current[i] - left);
            up[i] = (byte) (current[i] - previous[i]);
            sumSub += Math.abs(sub[i]);
            sumUp += Math.abs(up[i]);
        }
        boolean useUp = rows > 0 && sumUp < sumSub;
        deflated.write(useUp ? 2 : 1);
        deflated.write(useUp ? up : sub);
    }

    @Override
    public void close() throws IOException {
        if (rows != height) {
            throw new IllegalStateException("PNG has " + rows + " of " + height + " rows");
        }
        deflated.finish();
        idat.flushChunk();
        deflater.end();
        chunk("IEND", new byte[0]);
        out.flush();
    }

    private void chunk(String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        d.write(typeBytes);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    /** Collects compressed bytes and emits them as IDAT chunks of a bounded size. */
    private final class ChunkStream extends OutputStream {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(IDAT_CHUNK);

        @Override
        public void write(int b) throws IOException {
            buffer.write(b);
            if (buffer.size() >= IDAT_CHUNK) {
                flushChunk();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            buffer.write(b, off, len);
            if (buffer.size() >= IDAT_CHUNK) {
                flushChunk();
            }
        }

        void flushChunk() throws IOException {
            if (buffer.size() > 0) {
                chunk("IDAT", buffer.toByteArray());
                buffer.reset();
            }
        }
    }
}
