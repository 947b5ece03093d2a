package org.cpatlas.map;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Encodes a drawn basemap tile as PNG, the form in which tiles are kept on disk. A tile is opaque (the sea fills it
 * first), so it is written without alpha: the file is smaller and decodes faster.
 */
final class TilePng {

    private TilePng() {
    }

    static byte[] encode(BufferedImage tile) {
        BufferedImage written = isOpaqueArgb(tile) ? rgbCopy(tile) : tile;
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            if (!ImageIO.write(written, "png", out)) {
                throw new IllegalStateException("no PNG writer for tile type " + tile.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory: cannot happen
        }
        return out.toByteArray();
    }

    private static boolean isOpaqueArgb(BufferedImage image) {
        int type = image.getType();
        if (type != BufferedImage.TYPE_INT_ARGB && type != BufferedImage.TYPE_INT_ARGB_PRE) {
            return false;
        }
        for (int p : pixels(image)) {
            if (p >>> 24 != 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** For opaque pixels premultiplied and straight ARGB are the same, and TYPE_INT_RGB ignores the alpha byte. */
    private static BufferedImage rgbCopy(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        int[] from = pixels(image);
        System.arraycopy(from, 0, pixels(rgb), 0, from.length);
        return rgb;
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
