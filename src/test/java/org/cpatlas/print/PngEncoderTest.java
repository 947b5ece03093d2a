package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The page encoder writes a lossless 8-bit RGB PNG with its DPI, in bands, and flat pages stay small. */
class PngEncoderTest {

    @Test
    void everyPixelComesBackAsItWasWrittenAcrossBandsAndChunks() throws Exception {
        int width = 300;
        int height = 240;
        int[] pixels = new int[width * height];
        Random random = new Random(3);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // Noise in the top half (more than one IDAT chunk), then a flat fill beside a gradient, then rows
                // each the same as the one above.
                int flat = x < width / 3 ? 0x3182bd : (x * 255 / width) << 8;
                pixels[y * width + x] = y < height / 2 ? random.nextInt(1 << 24) : y < 200 ? flat | y : flat;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PngEncoder encoder = new PngEncoder(out, width, height, 300)) {
            for (int top = 0; top < height; top += 70) {
                int rows = Math.min(70, height - top);
                int[] band = new int[rows * width];
                System.arraycopy(pixels, top * width, band, 0, band.length);
                encoder.writeRows(band, rows);
            }
        }

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertThat(image.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y).isEqualTo(pixels[y * width + x]);
            }
        }
        List<String> chunks = chunks(out.toByteArray());
        assertThat(chunks.get(0)).isEqualTo("IHDR");
        assertThat(chunks).contains("pHYs").endsWith("IEND");
        assertThat(chunks.stream().filter("IDAT"::equals).count()).isGreaterThan(1);
        byte[] header = out.toByteArray();
        assertThat(header[24]).as("bit depth").isEqualTo((byte) 8);
        assertThat(header[25]).as("colour type: truecolour RGB").isEqualTo((byte) 2);
    }

    @Test
    void aPageOfFlatFillsCompressesToASmallFile() throws Exception {
        // An A4 page at 300 DPI: white, with a coloured block and a thin dark line, as a map page's margins and fills.
        int width = 2480;
        int height = 3508;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] row = new int[width];
        try (PngEncoder encoder = new PngEncoder(out, width, height, 300)) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    row[x] = y > 400 && y < 3000 && x > 200 && x < 2200 ? (x == 1000 ? 0x333333 : 0xc6dbef) : 0xffffff;
                }
                encoder.writeRows(row, 1);
            }
        }
        assertThat(out.size()).isLessThan(200_000); // of 26 MB of pixels
        assertThat(ImageIO.read(new ByteArrayInputStream(out.toByteArray())).getRGB(1000, 1000) & 0xffffff)
                .isEqualTo(0x333333);
    }

    private static List<String> chunks(byte[] png) throws Exception {
        List<String> types = new ArrayList<>();
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png, 8, png.length - 8));
        while (in.available() > 0) {
            int length = in.readInt();
            byte[] type = new byte[4];
            in.readFully(type);
            types.add(new String(type, java.nio.charset.StandardCharsets.US_ASCII));
            in.skipBytes(length + 4);
        }
        return types;
    }
}
