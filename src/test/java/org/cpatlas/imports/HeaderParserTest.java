package org.cpatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "人均GDP(元,2015)|人均GDP|元|2015",
        "人均GDP（元，2015年）|人均GDP|元|2015",
        "人口（万人）|人口|万人|null",
        "城镇化率(%)|城镇化率|%|null",
        "2015年人均GDP|人均GDP||2015",
        "GDP per capita (yuan, 2015)|GDP per capita|yuan|2015",
        "城镇化率_2010 (%)|城镇化率|%|2010",
        "Population 2015|Population||2015",
        "land area (km²)|land area|km²|null",
        "人口(万人)(2010)|人口|万人|2010",
        "plain|plain||null",
        "GDP2015|GDP||2015",
        "面积[平方公里]|面积|平方公里|null"})
    void readsNameUnitAndYear(String header, String name, String unit, Integer year) {
        ColumnHeader parsed = HeaderParser.parse(header);
        assertThat(parsed.name()).isEqualTo(name);
        assertThat(parsed.unit()).isEqualTo(unit == null ? "" : unit);
        assertThat(parsed.year()).isEqualTo(year);
        assertThat(parsed.raw()).isEqualTo(header);
    }
}
