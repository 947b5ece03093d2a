package org.cpatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParserTest {

    @ParameterizedTest(name = "''{0}'' reads {1}")
    @CsvSource(delimiter = '|', value = {
        "1,234.5|1234.5", "12.3%|12.3", "１２３．４|123.4", " 42 |42", "1 234 567|1234567", "−5.5|-5.5", "-5|-5",
        "+7|7", "0|0", "0.00|0.00", "1.2E+05|120000", "３５．００|35.00", "2 150,5|", "12.30|12.30", "1,234,567.891|1234567.891"})
    void readsNumbersAsPeopleWriteThem(String text, String expected) {
        CellValue value = ValueParser.parse(text);
        if (expected == null) {
            assertThat(value.isNumber()).isFalse();
        } else {
            assertThat(value.value()).isEqualByComparingTo(new BigDecimal(expected));
            assertThat(value.value().toPlainString()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "''{0}'' is {1}, never 0")
    @CsvSource(delimiter = '|', value = {"''|BLANK", "'   '|BLANK", "—|MARKED", "-|MARKED", "n/a|MARKED", "N/A|MARKED",
        "无|MARKED", "#DIV/0!|ERROR", "#N/A|ERROR", "#VALUE!|ERROR", "abc|TEXT", "=SUM(A1:A3)|TEXT", "@cmd|TEXT",
        "+cmd|TEXT", "-cmd|TEXT", "2015-03-01|DATE", "2015/3/1|DATE", "2015年3月|DATE", "12.3.4|TEXT", "1,23|TEXT"})
    void saysWhyACellIsNotANumber(String text, MissingReason reason) {
        CellValue value = ValueParser.parse(text);
        assertThat(value.isNumber()).isFalse();
        assertThat(value.missing()).isEqualTo(reason);
    }

    @Test
    void aPercentSignIsRemembered() {
        assertThat(ValueParser.parse("12.3%").percent()).isTrue();
        assertThat(ValueParser.parse("12.3").percent()).isFalse();
    }

    @Test
    void workbookCellsKeepTheirType() {
        assertThat(ValueParser.parse(new RawCell("45292", CellKind.DATE, null)).missing()).isEqualTo(MissingReason.DATE);
        assertThat(ValueParser.parse(new RawCell("#DIV/0!", CellKind.ERROR, null)).missing())
                .isEqualTo(MissingReason.ERROR);
        assertThat(ValueParser.parse(new RawCell("3.5", CellKind.NUMBER, new BigDecimal("3.5"))).value())
                .isEqualByComparingTo("3.5");
        assertThat(ValueParser.parse(new RawCell("TRUE", CellKind.BOOLEAN, null)).missing())
                .isEqualTo(MissingReason.TEXT);
    }
}
