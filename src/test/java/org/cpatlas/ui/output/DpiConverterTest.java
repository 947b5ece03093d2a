package org.cpatlas.ui.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DpiConverterTest {

    private final ExportDialog.DpiConverter converter = new ExportDialog.DpiConverter(() -> 300);

    @Test
    void typedTextThatIsNotANumberKeepsTheLastValidDpi() {
        assertThat(converter.fromString("lots")).isEqualTo(300);
        assertThat(converter.fromString("")).isEqualTo(300);
        assertThat(converter.fromString("-5")).isEqualTo(300);
        assertThat(converter.fromString(null)).isEqualTo(300);
    }

    @Test
    void typedNumbersAreClampedToTheSupportedRange() {
        assertThat(converter.fromString("150")).isEqualTo(150);
        assertThat(converter.fromString(" 600 ")).isEqualTo(600);
        assertThat(converter.fromString("100000")).isEqualTo(600);
        assertThat(converter.fromString("10")).isEqualTo(72);
    }
}
