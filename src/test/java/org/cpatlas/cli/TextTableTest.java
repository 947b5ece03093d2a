package org.cpatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns line up in a terminal when cells mix Chinese and Latin text. */
class TextTableTest {

    @Test
    void chineseCharactersTakeTwoColumns() {
        assertThat(DisplayWidth.of("六盘山区")).isEqualTo(8);
        assertThat(DisplayWidth.of("Liupan")).isEqualTo(6);
        assertThat(DisplayWidth.of("燕山-太行山区")).isEqualTo(13);
        assertThat(DisplayWidth.of("Lü")).isEqualTo(2);
        assertThat(DisplayWidth.of("Lu\u0308")).isEqualTo(2);
    }

    @Test
    void columnsAlignByDisplayWidth() {
        List<String> lines = new TextTable("Name", ">Rate")
                .row("六盘山区", "28.72")
                .row("Tibet", "23.79")
                .row("大兴安岭南麓山区", "34.10")
                .lines();

        assertThat(lines).containsExactly(
                "Name               Rate",
                "----------------  -----",
                "六盘山区          28.72",
                "Tibet             23.79",
                "大兴安岭南麓山区  34.10");
    }

    @Test
    void jsonKeepsDecimalsAsPrintedAndEscapesText() {
        String json = Json.write(java.util.Map.of("gap", new java.math.BigDecimal("9.30")));
        assertThat(json).isEqualTo("{\n  \"gap\": 9.30\n}");
        assertThat(Json.write(List.of("say \"hi\"\n", "六盘山"))).isEqualTo("[\n  \"say \\\"hi\\\"\\n\",\n  \"六盘山\"\n]");
        assertThat(Json.write(java.util.Collections.singletonMap("rate", null))).isEqualTo("{\n  \"rate\": null\n}");
    }
}
