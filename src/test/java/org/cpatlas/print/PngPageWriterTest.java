package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class PngPageWriterTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"96,PORTRAIT,794,1123", "96,LANDSCAPE,1123,794", "300,PORTRAIT,2480,3508",
        "300,LANDSCAPE,3508,2480"})
    void a4PngHasThePixelSizeOfItsDpi(int dpi, Orientation orientation, int width, int height) throws Exception {
        MapPage page = new MapPage(PrintFixtures.mapSheet(5), PageSetup.of(Paper.A4, orientation),
                PrintFixtures.STYLE);
        Path file = dir.resolve("page.png");
        new PngPageWriter().write(page, new Dpi(dpi), file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        assertThat(dpiOf(Files.readAllBytes(file))).isCloseTo(dpi, org.assertj.core.api.Assertions.within(0.5));
    }

    @Test
    void bandedRenderingMatchesTheWholePage() throws Exception {
        MapPage page = new MapPage(PrintFixtures.mapSheet(5), PageSetup.of(Paper.A4, Orientation.PORTRAIT),
                PrintFixtures.STYLE);
        Dpi dpi = new Dpi(96);
        BufferedImage whole = PngPageWriter.render(page, dpi);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // 100 rows per band: twelve bands, seams through the title, the map and the legend.
        new PngPageWriter(794L * 100).write(page, dpi, out);
        BufferedImage banded = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        long differing = 0;
        for (int y = 0; y < whole.getHeight(); y++) {
            for (int x = 0; x < whole.getWidth(); x++) {
                if ((whole.getRGB(x, y) & 0xffffff) != (banded.getRGB(x, y) & 0xffffff)) {
                    differing++;
                }
            }
        }
        assertThat(differing).isLessThan(whole.getWidth() * (long) whole.getHeight() / 1000);
    }

    @Test
    void theMapIsDrawnInsideItsFrameAndTheMarginStaysWhite() {
        PageSetup setup = PageSetup.of(Paper.A4, Orientation.PORTRAIT);
        MapPage page = new MapPage(PrintFixtures.mapSheet(5), setup, PrintFixtures.STYLE);
        Dpi dpi = new Dpi(96);
        BufferedImage image = PngPageWriter.render(page, dpi);
        var frame = page.layout(dpi).map().framePt();
        int cx = (int) (frame.getCenterX() * dpi.pxPerPt());
        int cy = (int) (frame.getCenterY() * dpi.pxPerPt());
        assertThat(image.getRGB(cx, cy) & 0xffffff).isNotEqualTo(0xffffff);
        assertThat(image.getRGB(3, 3) & 0xffffff).isEqualTo(0xffffff);
    }

    private static double dpiOf(byte[] png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("Dimension")) {
                    for (Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
                        if (d.getNodeName().equals("HorizontalPixelSize")) {
                            double mmPerPixel = Double.parseDouble(((Element) d).getAttribute("value"));
                            return 25.4 / mmPerPixel;
                        }
                    }
                }
            }
        }
        return -1;
    }

    @Test
    void bandsFollowTheHeapCapWithinBounds() {
        assertThat(PngPageWriter.bandPixelsFor(6L << 30)).isEqualTo(PngPageWriter.BAND_PIXELS);
        assertThat(PngPageWriter.bandPixelsFor(256L << 20)).isEqualTo(8L << 20);
        assertThat(PngPageWriter.bandPixelsFor(16L << 20)).isEqualTo(PngPageWriter.MIN_BAND_PIXELS);
    }
}
