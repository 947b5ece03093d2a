package org.cpatlas.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.cpatlas.domain.Flag;
import org.junit.jupiter.api.Test;

/** Every word of the tables exists in both languages, and the Chinese ones are not English left untranslated. */
class TableWordsTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("words_zh.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("words.properties").stringPropertyNames());
    }

    @Test
    void everyFlagHasALabelAndAMeaningInBothLanguages() {
        for (TableLanguage language : TableLanguage.values()) {
            FigureWords words = new FigureWords(language);
            for (Flag flag : Flag.values()) {
                assertThat(words.flag(flag)).doesNotStartWith("!");
                assertThat(words.meaning(flag)).doesNotStartWith("!");
            }
        }
        assertThat(new FigureWords(TableLanguage.CHINESE).flag(Flag.UPPER_BOUND)).isEqualTo("不足（上限）");
    }

    @Test
    void chineseWordsAreChineseWhateverTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
            assertThat(TableLanguage.ENGLISH.text("notReported")).isEqualTo("not reported");
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            assertThat(TableLanguage.CHINESE.text("notReported")).isEqualTo("未报告");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TableWordsTest.class.getResourceAsStream("/org/cpatlas/tables/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
