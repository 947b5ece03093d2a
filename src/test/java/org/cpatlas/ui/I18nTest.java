package org.cpatlas.ui;

import org.cpatlas.ui.kit.I18n;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class I18nTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties en = load("messages_en.properties");
        Properties zh = load("messages_zh.properties");
        Properties base = load("messages.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(base.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void switchingLanguageChangesBoundTexts() {
        I18n i18n = new I18n(I18n.ENGLISH);
        var title = i18n.text("app.title");
        assertThat(title.get()).isEqualTo("Atlas of China's Contiguous Poor Regions");
        i18n.localeProperty().set(I18n.CHINESE);
        assertThat(title.get()).isEqualTo("中国集中连片特困地区地图集");
        assertThat(i18n.get("panel.conflictExplained", "2.21", "23.80", "23.79", "0.01"))
                .isEqualTo("原文为2.21个百分点，但23.80－23.79＝0.01个百分点");
    }

    @Test
    void unknownKeysAreVisibleNotBlank() {
        assertThat(new I18n(I18n.ENGLISH).get("no.such.key")).isEqualTo("!no.such.key!");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/org/cpatlas/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
