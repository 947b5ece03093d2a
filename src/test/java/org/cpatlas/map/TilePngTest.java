package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TilePngTest {

    /** A tile of one background colour with a red line across it (also used by {@link TileImagesTest}). */
    static BufferedImage tile(Color background) {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setComposite(java.awt.AlphaComposite.Src);
        g.setColor(background);
        g.fillRect(0, 0, 256, 256);
        g.setColor(new Color(200, 40, 10));
        g.drawLine(0, 0, 255, 200);
        g.dispose();
        return image;
    }

    @Test
    void anOpaqueTileIsWrittenWithoutAlphaAndReadsBackPixelForPixel() throws IOException {
        BufferedImage drawn = tile(new Color(170, 200, 230));

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(TilePng.encode(drawn)));

        assertThat(read.getColorModel().hasAlpha()).isFalse();
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                assertThat(read.getRGB(x, y)).isEqualTo(drawn.getRGB(x, y));
            }
        }
    }

    @Test
    void aTileWithTransparencyKeepsItsAlpha() throws IOException {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(TilePng.encode(tile(new Color(0, 0, 0, 0)))));

        assertThat(read.getColorModel().hasAlpha()).isTrue();
        assertThat(read.getRGB(128, 10) >>> 24).isZero();
    }
}
