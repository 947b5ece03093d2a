package org.cpatlas.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** User text repeated in a message can neither act on the terminal nor fill the screen. */
class EchoedTextTest {

    @Test
    void plainTextIncludingChineseIsShownAsItIs() {
        assertThat(EchoedText.of("六盘山区 Liupan Mountains")).isEqualTo("六盘山区 Liupan Mountains");
        assertThat(EchoedText.path(Path.of("/home/李/exports/wuling map.pdf"))).isEqualTo("/home/李/exports/wuling map.pdf");
    }

    @Test
    void newlinesTabsAndEscapeCodesAreShownEscaped() {
        assertThat(EchoedText.of("Lupan\natlas: fake line")).isEqualTo("Lupan\\natlas: fake line");
        assertThat(EchoedText.of("a\r\tb")).isEqualTo("a\\r\\tb");
        assertThat(EchoedText.of("\u001B[2J\u001B]0;title\u0007")).isEqualTo("\\x1B[2J\\x1B]0;title\\x07");
        assertThat(EchoedText.of("nul\u0000del\u007Fc1\u009B")).isEqualTo("nul\\x00del\\x7Fc1\\x9B");
    }

    @Test
    void invisibleCharactersThatReorderTextAreShownEscaped() {
        assertThat(EchoedText.of("abc\u202Efdp.exe")).isEqualTo("abc\\u202Efdp.exe");
        assertThat(EchoedText.of("x\u2066y\u2069\u200F\uFEFF")).isEqualTo("x\\u2066y\\u2069\\u200F\\uFEFF");
        assertThat(EchoedText.of("line\u2028sep")).isEqualTo("line\\u2028sep");
    }

    @Test
    void aLoneSurrogateIsShownEscapedAndAPairKept() {
        assertThat(EchoedText.of("a\uD800b")).isEqualTo("a\\uD800b");
        assertThat(EchoedText.of("😀")).isEqualTo("😀");
    }

    @Test
    void aTenThousandCharacterNameIsShortenedWithAnEllipsis() {
        String name = "x".repeat(5_000) + "y".repeat(5_000);
        String shown = EchoedText.of(name);
        assertThat(shown.codePointCount(0, shown.length())).isEqualTo(EchoedText.MAX_TEXT);
        assertThat(shown).startsWith("xxxx").contains("…").endsWith("yyyy");
        assertThat(EchoedText.of("z".repeat(EchoedText.MAX_TEXT))).isEqualTo("z".repeat(EchoedText.MAX_TEXT));
    }

    @Test
    void aLongPathKeepsItsStartAndItsFileName() {
        String path = "/home/user/" + "deep/".repeat(200) + "wuling.pdf";
        String shown = EchoedText.path(path);
        assertThat(shown).hasSize(EchoedText.MAX_PATH).startsWith("/home/user/deep/").endsWith("/wuling.pdf")
                .contains("…");
    }

    @Test
    void escapingComesBeforeShorteningSoNoEscapeIsCutInHalfIntoACode() {
        String shown = EchoedText.of("\u001B".repeat(1_000));
        assertThat(shown).doesNotContain("\u001B").contains("…");
    }

    @Test
    void aMessageLineHasItsQuotedPartsShortenedAndItsControlsEscaped() {
        String message = "Unmatched argument at index 1: '" + "a".repeat(10_000) + "'\nsecond";
        String line = EchoedText.line(message);
        assertThat(line).startsWith("Unmatched argument at index 1: 'aaa").contains("…").endsWith("aaa'\\nsecond")
                .hasSizeLessThan(200);
        assertThat(EchoedText.line(line)).as("made safe once is safe").isEqualTo(line);
        assertThat(EchoedText.line("x".repeat(5_000))).hasSize(1_000);
    }
}
