package org.cpatlas.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Overlay tiles kept as runs of pixels come back pixel for pixel, in a fraction of their size. */
class RunLengthTileTest {

    private static final int SIZE = 256 * 256;

    /** A tile as the region layer draws one: a translucent fill with anti-aliased edges, a dashed outline. */
    static int[] regionLikeTile() {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Path2D.Double shape = new Path2D.Double();
        shape.moveTo(-20, 40);
        shape.lineTo(180, 10);
        shape.lineTo(270, 150);
        shape.lineTo(90, 280);
        shape.closePath();
        g.setColor(new Color(214, 96, 77, 180));
        g.fill(shape);
        g.setColor(new Color(90, 30, 20));
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4, new float[] {6, 3}, 0));
        g.draw(shape);
        g.dispose();
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    @Test
    void aDrawnTileComesBackPixelForPixelInATenthOfItsSize() {
        int[] pixels = regionLikeTile();

        byte[] encoded = RunLengthTile.encode(pixels);

        assertThat(RunLengthTile.decode(encoded, SIZE)).isEqualTo(pixels);
        assertThat(encoded.length).isLessThan(SIZE * Integer.BYTES / 10);
    }

    @Test
    void aTileWithNothingDrawnIsNothing() {
        assertThat(RunLengthTile.encode(new int[SIZE])).isSameAs(RunLengthTile.NOTHING);
        assertThat(RunLengthTile.decode(RunLengthTile.NOTHING, SIZE)).isEmpty();
    }

    @Test
    void aTileOfOneOpaqueColourIsOneRunAndNotNothing() {
        int[] pixels = new int[SIZE];
        Arrays.fill(pixels, 0xff336699);

        byte[] encoded = RunLengthTile.encode(pixels);

        assertThat(encoded).hasSize(2 * Integer.BYTES);
        assertThat(RunLengthTile.decode(encoded, SIZE)).isEqualTo(pixels);
    }

    @Test
    void aTileOfNoiseStillComesBackExactly() {
        int[] pixels = new Random(7).ints(SIZE).toArray();

        assertThat(RunLengthTile.decode(RunLengthTile.encode(pixels), SIZE)).isEqualTo(pixels);
    }

    @Test
    void runsThatDoNotMakeATileAreRefused() {
        byte[] encoded = RunLengthTile.encode(regionLikeTile());

        assertThatThrownBy(() -> RunLengthTile.decode(Arrays.copyOf(encoded, encoded.length - 8), SIZE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs end at");
        assertThatThrownBy(() -> RunLengthTile.decode(encoded, SIZE / 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run of");
        assertThatThrownBy(() -> RunLengthTile.decode(Arrays.copyOf(encoded, encoded.length - 3), SIZE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bytes");
    }

    @Test
    void runsWrittenByAPainterAreKeptAsTheSameBytesAsThePixelsTheyMake() {
        int[] pixels = regionLikeTile();
        org.cpatlas.render.PixelRuns runs = new org.cpatlas.render.PixelRuns();
        for (int p = 0; p < pixels.length; p++) {
            runs.add(1, pixels[p]); // pixel by pixel: equal neighbours make one run
        }

        assertThat(RunLengthTile.encode(runs)).isEqualTo(RunLengthTile.encode(pixels));
        runs.clear();
        runs.add(SIZE, 0);
        assertThat(RunLengthTile.encode(runs)).isSameAs(RunLengthTile.NOTHING);
    }
}
