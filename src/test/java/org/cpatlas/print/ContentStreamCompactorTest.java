package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class ContentStreamCompactorTest {

    private static String compact(String content) {
        byte[] out = ContentStreamCompactor.compact(content.getBytes(StandardCharsets.ISO_8859_1));
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    @Test
    void pathCoordinatesGoToHundredthsOfAPointWithoutTrailingZeros() {
        String out = compact("q\n10.12345 20.5 m\n30.0001 -40.0049 l\n-0.004 0.996 l\n1.5 2.25 3 4.125 5.6789 6 c\n"
                + "12.3456 7 100.0 50.25 re\nS\nQ\n");
        assertThat(out).isEqualTo("q\n10.12 20.5 m\n30 -40 l\n0 1 l\n1.5 2.25 3 4.13 5.68 6 c\n12.35 7 100 50.25 re\n"
                + "S\nQ\n");
    }

    @Test
    void everythingButPathsIsCopiedByteForByte() {
        String text = "q\n/DeviceRGB cs\n0.1059 0.1216 0.1373 sc\n/gs1 gs\n0 J\n1 j\n4 M\n0.8 w\n[2.5 2 ] 0 d\n"
                + "BT\n1 0 0 -1 34.0157 789.874 Tm\n/F1 18 Tf\n(a \\) b \\( c (nested)\n\u0001 ) Tj\n<03B90A68> Tj\n"
                + "[(A) -120.5 (B)] TJ\nET\n/Span << /ActualText (x y) /MCID 3 >> BDC\nEMC\nQ\n";
        assertThat(compact(text)).isEqualTo(text);
    }

    @Test
    void aLineToWhereThePathIsAndTheLastLineBackToTheStartAreDropped() {
        String out = compact("1 1 m\n5.001 1 l\n5 1.004 l\n5 5 l\n1 1 l\nh\nf\n2 2 m\n2.001 2 l\nS\n");
        // The degenerate "2 2 m 2 2 l" stays: with round caps it is a dot.
        assertThat(out).isEqualTo("1 1 m\n5 1 l\n5 5 l\nh\nf\n2 2 m\n2 2 l\nS\n");
    }

    @Test
    void aFillThenAStrokeOfTheSamePathBecomeOneFillAndStroke() {
        String path = "21.7086 326.2086 m\n21.7086 420.7538 l\n24.4178 421.1443 l\nh\n";
        String fill = "q\n/DeviceRGB CS\n0.9 0.9 0.9 SC\n/DeviceRGB cs\n0.9843 0.9804 0.9686 sc\n" + path + "f*\nQ\n";
        String stroke = "q\n/DeviceRGB CS\n0.549 0.549 0.549 SC\n/DeviceRGB cs\n0.549 0.549 0.549 sc\n1 J\n1 j\n"
                + "10 M\n0.6 w\n" + path + "S\nQ\n";
        assertThat(compact(fill + stroke)).isEqualTo("q\n/DeviceRGB cs\n0.9843 0.9804 0.9686 sc\n/DeviceRGB CS\n"
                + "0.549 0.549 0.549 SC\n1 J\n1 j\n10 M\n0.6 w\n21.71 326.21 m\n21.71 420.75 l\n24.42 421.14 l\nh\n"
                + "B*\nQ\n");
    }

    @Test
    void fillAndStrokeStaySeparateWhenPathOrAlphaDiffer() {
        String fill = "q\n0.5 g\n/gs1 gs\n1 1 m\n2 2 l\n3 1 l\nh\nf\nQ\n";
        String otherPath = "q\n0 G\n1 1 m\n2 2 l\n3 1.5 l\nh\nS\nQ\n";
        String otherAlpha = "q\n0 G\n1 1 m\n2 2 l\n3 1 l\nh\nS\nQ\n";
        assertThat(compact(fill + otherPath)).doesNotContain("B\n").contains("f\n").contains("S\n");
        assertThat(compact(fill + otherAlpha)).doesNotContain("B\n").contains("f\n").contains("S\n");
    }

    @Test
    void noRoundingWhereCmEnlargesUserSpace() {
        String out = compact("q\n10 0 0 10 0 0 cm\n1.23456 2.34567 m\n3.45678 4.5 l\nS\nQ\n5.55555 6 m\n7 8 l\nS\n");
        assertThat(out).contains("1.23456 2.34567 m").contains("3.45678 4.5 l").contains("5.56 6 m");
    }

    @Test
    void streamsItDoesNotExpectAreLeftAlone() {
        for (String odd : new String[] {"1.23456 2 m\n% a comment\n3 4 l\nS\n",
            "q\nBI /W 1 /H 1 /CS /G /BPC 8 ID \u00ff EI\nQ\n1.23456 2 m\n", "1.23456 2 m\n3 4 l\n5 6"}) {
            assertThat(compact(odd)).isEqualTo(odd);
        }
    }

    /** A real page through pdfbox-graphics2d, rendered by PDFBox before and after compacting its content. */
    @Test
    void aCompactedMapPageRendersAsTheOriginal() throws Exception {
        PrintPage page = new MapPage(PrintFixtures.mapSheet(5), PageSetup.of(Paper.A4, Orientation.LANDSCAPE),
                PrintFixtures.STYLE);
        try (PDDocument doc = new PDDocument()) {
            float w = (float) page.setup().widthPt();
            float h = (float) page.setup().heightPt();
            PDPage pdPage = new PDPage(new PDRectangle(w, h));
            doc.addPage(pdPage);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            page.paint(g, Dpi.VECTOR_DETAIL);
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(doc, pdPage)) {
                content.drawForm(form);
            }
            long originalBytes = contentLength(form);
            BufferedImage before = render(doc);

            ContentStreamCompactor.compact(form);

            // Text is drawn as glyph outlines here (no fonts registered): curves, whose six numbers shrink less.
            assertThat(contentLength(form)).isLessThan(originalBytes * 85 / 100);
            BufferedImage after = render(doc);
            long differing = 0;
            for (int y = 0; y < before.getHeight(); y++) {
                for (int x = 0; x < before.getWidth(); x++) {
                    if (channelDifference(before.getRGB(x, y), after.getRGB(x, y)) > 64) {
                        differing++;
                    }
                }
            }
            // Anti-aliasing may tip at a few edge pixels where a coordinate moved by less than 0.005 pt.
            assertThat(differing).isLessThan((long) before.getWidth() * before.getHeight() / 2000);
        }
    }

    private static long contentLength(PDFormXObject form) throws Exception {
        try (InputStream in = form.getContents()) {
            return in.readAllBytes().length;
        }
    }

    private static BufferedImage render(PDDocument doc) throws Exception {
        PDFRenderer renderer = new PDFRenderer(doc);
        RenderingHints hints = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        renderer.setRenderingHints(hints);
        return renderer.renderImageWithDPI(0, 150, ImageType.RGB);
    }

    private static int channelDifference(int a, int b) {
        int max = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            max = Math.max(max, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return max;
    }
}
