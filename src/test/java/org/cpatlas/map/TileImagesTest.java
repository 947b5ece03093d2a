package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.IntBuffer;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Tiles reach the screen as premultiplied ARGB ints, the software pipeline's texture format, with the pixels they
 * were drawn or stored with.
 */
class TileImagesTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // images are decoded by the JavaFX toolkit
    }

    @Test
    void aStoredBasemapTileExpandsToArgbIntsWithItsPixels() {
        BufferedImage drawn = TileRunsFileTest.tile(new Color(170, 200, 230));

        Image image = TileImages.ofRuns(TileRunsFile.runsOf(
                TileRunsFile.bytesOf(RunLengthTile.encode(TileImages.pixels(drawn)))));

        assertThat(image.getPixelReader().getPixelFormat().getType()).isEqualTo(PixelFormat.Type.INT_ARGB_PRE);
        for (int[] at : new int[][] {{0, 0}, {128, 100}, {255, 255}, {40, 200}}) {
            assertThat(image.getPixelReader().getArgb(at[0], at[1])).isEqualTo(drawn.getRGB(at[0], at[1]));
        }
    }

    @Test
    void aDrawnRegionTileIsShownFromItsOwnPixelsWithoutACopy() {
        BufferedImage drawn = TileRunsFileTest.tile(new Color(0, 0, 0, 0));

        Image image = TileImages.of(drawn);

        assertThat(image.getPixelReader().getPixelFormat().getType()).isEqualTo(PixelFormat.Type.INT_ARGB_PRE);
        assertThat(image.getPixelReader().getArgb(128, 100)).isEqualTo(drawn.getRGB(128, 100));
        assertThat(image.getPixelReader().getArgb(10, 200) >>> 24).isZero();
        // Drawing into the tile's own pixels shows through: the image wraps them.
        ((java.awt.image.DataBufferInt) drawn.getRaster().getDataBuffer()).getData()[5] = 0xff112233;
        int[] row = new int[8];
        image.getPixelReader().getPixels(0, 0, 8, 1, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(row), 8);
        assertThat(row[5]).isEqualTo(0xff112233);
    }
}
