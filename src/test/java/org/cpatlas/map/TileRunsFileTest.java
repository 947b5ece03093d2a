package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tile kept on disk as its runs comes back pixel for pixel, and a damaged file is never taken for a tile. */
class TileRunsFileTest {

    @TempDir
    Path dir;

    /** A tile of one background colour with a red line across it (also used by other tile tests). */
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

    private static int[] pixels(BufferedImage image) {
        return TileImages.pixels(image).clone();
    }

    @Test
    void aTileWrittenAndReadBackHasEveryPixelItWasDrawnWith() throws Exception {
        for (Color background : new Color[] {
                new Color(170, 200, 230), new Color(0, 0, 0, 0), new Color(9, 9, 9, 128)}) {
            int[] drawn = pixels(tile(background));
            Path file = dir.resolve("t.runs");
            Files.write(file, TileRunsFile.bytesOf(RunLengthTile.encode(drawn)));

            byte[] runs = TileRunsFile.read(file);

            assertThat(runs).as("%s", background).isNotNull();
            assertThat(RunLengthTile.decode(runs, drawn.length)).as("%s", background).isEqualTo(drawn);
        }
    }

    @Test
    void aTileWithNothingDrawnComesBackAsNothing() {
        assertThat(TileRunsFile.runsOf(TileRunsFile.bytesOf(RunLengthTile.NOTHING))).isSameAs(RunLengthTile.NOTHING);
    }

    @Test
    void aFileCutShortWithAFlippedBitOrOfAnotherKindIsNoTile() throws Exception {
        byte[] whole = TileRunsFile.bytesOf(RunLengthTile.encode(pixels(tile(new Color(170, 200, 230)))));
        for (int length : new int[] {0, 3, 11, 12, whole.length / 2, whole.length - 1}) {
            assertThat(TileRunsFile.runsOf(Arrays.copyOf(whole, length))).as("cut at %d", length).isNull();
        }
        for (int at : new int[] {0, 5, 12, whole.length / 2, whole.length - 1}) {
            byte[] flipped = whole.clone();
            flipped[at] ^= 0x10;
            assertThat(TileRunsFile.runsOf(flipped)).as("bit flipped at %d", at).isNull();
        }
        assertThat(TileRunsFile.runsOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 1}))
                .as("a PNG").isNull();
        assertThat(TileRunsFile.read(dir.resolve("absent.runs"))).isNull();
        assertThat(TileRunsFile.read(dir)).as("a folder").isNull();
    }
}
