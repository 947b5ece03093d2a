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
    void svgIsWellFormedXmlWithTextElementsInPoints() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgPageWriter().write(new MapPage(PrintFixtures.mapSheet(5), PageSetup.of(Paper.A4,
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
}
