package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SvgPageWriterTest {

    @Test
    void svgThatKeepsItsTextIsWellFormedXmlWithTextElementsInPoints() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgPageWriter(SvgPageWriter.TextMode.TEXT).write(new MapPage(PrintFixtures.mapSheet(5), PageSetup.of(Paper.A4,
                Orientation.PORTRAIT), PrintFixtures.STYLE), out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // Well-formedness only: do not fetch the SVG DTD from the network (tests run offline).
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).startsWith("595.27").endsWith("pt");
        String[] viewBox = doc.getDocumentElement().getAttribute("viewBox").trim().split("\\s+");
        assertThat(Double.parseDouble(viewBox[2])).isCloseTo(595.276, org.assertj.core.api.Assertions.within(0.01));
        assertThat(Double.parseDouble(viewBox[3])).isCloseTo(841.890, org.assertj.core.api.Assertions.within(0.01));
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        assertThat(texts.getLength()).isGreaterThan(10);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        assertThat(all.toString()).contains("中国集中连片特困地区").contains("Not reported 未报告")
                .contains("测试山区2");
    }

    @Test
    void theFontIsEmbeddedAsASubsetOfTheCharactersUsed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgPageWriter(SvgPageWriter.TextMode.TEXT).write(new MapPage(PrintFixtures.mapSheet(5), PageSetup.of(Paper.A4,
                Orientation.PORTRAIT), PrintFixtures.STYLE), out);
        String svg = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "@font-face\\{font-family:\"Noto Sans SC\";font-weight:400;src:url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)")
                .matcher(svg);
        assertThat(m.find()).as("an embedded @font-face").isTrue();
        byte[] subset = java.util.Base64.getDecoder().decode(m.group(1));
        assertThat(subset.length).as("a subset, not the 1.2 MB font").isBetween(1_000, 200_000);
        try (org.apache.fontbox.ttf.TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(subset))) {
            var cmap = font.getUnicodeCmapLookup();
            assertThat(cmap.getGlyphId('未')).as("a character of the page's regular text").isPositive();
            assertThat(cmap.getGlyphId('疆')).as("a character not on the page").isZero();
        }
    }

    @Test
    void byDefaultTextIsDrawnAsOutlinesSoThePageNeedsNoFontToLookTheSame() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgPageWriter().write(new MapPage(PrintFixtures.mapSheet(5), PageSetup.of(Paper.A4,
                Orientation.PORTRAIT), PrintFixtures.STYLE), out);
        String svg = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svg).doesNotContain("<text").doesNotContain("font-family").doesNotContain("@font-face");
        // The text's glyphs are there as paths: far more path data than the map and halos alone have.
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        new SvgPageWriter(SvgPageWriter.TextMode.TEXT).write(new MapPage(PrintFixtures.mapSheet(5),
                PageSetup.of(Paper.A4, Orientation.PORTRAIT), PrintFixtures.STYLE), text);
        assertThat(pathData(svg)).isGreaterThan(2 * pathData(text.toString(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static long pathData(String svg) {
        java.util.regex.Matcher d = java.util.regex.Pattern.compile(" d='([^']*)'").matcher(svg);
        long n = 0;
        while (d.find()) {
            n += d.group(1).length();
        }
        return n;
    }

    @Test
    void keptTextIsWrittenInItsWeightAndExactSizeWithBothSubsetsEmbedded() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgPageWriter(SvgPageWriter.TextMode.TEXT).write(new MapPage(PrintFixtures.mapSheet(5),
                PageSetup.of(Paper.A4, Orientation.PORTRAIT), PrintFixtures.STYLE), out);
        String svg = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svg).contains("font-weight:400").contains("font-weight:700");
        java.util.regex.Matcher title = java.util.regex.Pattern.compile("<text[^>]*>中国集中连片特困地区</text>")
                .matcher(svg);
        assertThat(title.find()).isTrue();
        assertThat(title.group()).contains("font-weight: bold").contains("font-size: 18");
        // The legend's 7.5 pt entries: JFreeSVG writes whole sizes, so 8 scaled by 7.5 / 8.
        java.util.regex.Matcher entry = java.util.regex.Pattern.compile(
                "<g transform='matrix\\(0\\.9375,[^']*'>\\s*<text[^>]*font-size: 8[^>]*>Not reported 未报告</text>")
                .matcher(svg);
        assertThat(entry.find()).as("the 7.5 pt legend entry scaled to size").isTrue();
        java.util.regex.Matcher bold = java.util.regex.Pattern.compile(
                "font-weight:700;src:url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)").matcher(svg);
        assertThat(bold.find()).isTrue();
        try (org.apache.fontbox.ttf.TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(java.util.Base64.getDecoder()
                        .decode(bold.group(1))))) {
            for (char c : "中国集中连片特困地区".toCharArray()) {
                assertThat(font.getUnicodeCmapLookup().getGlyphId(c)).as("bold %s", c).isPositive();
            }
        }
    }
}
