package org.cpatlas.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.cpatlas.testing.LogLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    private static final Setting<String> LANGUAGE = Setting.oneOf("ui.language", "en", Set.of("en", "zh"));
    private static final Setting<Double> WIDTH = Setting.number("window.width", null, 200, 20000);
    private static final Setting<Boolean> MAXIMISED = Setting.flag("window.maximised", false);

    @TempDir
    Path dir;

    @Test
    void settingsWrittenAreReadBackByTheNextStart() {
        SettingsFile file = new SettingsFile(dir.resolve("cpatlas/settings.properties"));
        Settings settings = new Settings();
        settings.set(LANGUAGE, "zh");
        settings.set(WIDTH, 1234.0);
        settings.set(MAXIMISED, true);
        settings.set(Setting.text("export.folder", null), "/home/李/地图 exports");

        assertThat(file.save(settings)).isTrue();
        Settings again = new SettingsFile(dir.resolve("cpatlas/settings.properties")).load();

        assertThat(again.get(LANGUAGE)).isEqualTo("zh");
        assertThat(again.get(WIDTH)).isEqualTo(1234.0);
        assertThat(again.get(MAXIMISED)).isTrue();
        assertThat(again.get(Setting.text("export.folder", null))).isEqualTo("/home/李/地图 exports");
    }

    @Test
    void theFileIsUtf8TextOneSortedKeyALineWithoutTheDateLine() throws Exception {
        Path path = dir.resolve("settings.properties");
        Settings settings = new Settings();
        settings.set(WIDTH, 1234.0);
        settings.set(LANGUAGE, "zh");
        settings.set(Setting.text("map.selection", null), "六盘山区");
        new SettingsFile(path).save(settings);

        java.util.List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("#Atlas of China's contiguous poor regions: settings");
        assertThat(lines.subList(1, lines.size())).containsExactly("map.selection=六盘山区", "ui.language=zh",
                "window.width=1234");
    }

    @Test
    void noFileMeansDefaultsAndNoLogLine() {
        try (LogLines log = LogLines.of(SettingsFile.class)) {
            Settings settings = new SettingsFile(dir.resolve("none/settings.properties")).load();
            assertThat(settings.isEmpty()).isTrue();
            assertThat(settings.get(LANGUAGE)).isEqualTo("en");
            assertThat(log.lines()).isEmpty();
        }
    }

    @Test
    void binaryGarbageIsIgnoredWithALogLineAndKeptAsideAtTheNextSave() throws Exception {
        Path path = dir.resolve("settings.properties");
        byte[] garbage = new byte[600];
        new java.util.Random(21).nextBytes(garbage);
        Files.write(path, garbage);
        SettingsFile file = new SettingsFile(path);

        try (LogLines log = LogLines.of(SettingsFile.class)) {
            Settings settings = file.load();
            assertThat(settings.isEmpty()).isTrue();
            assertThat(log.lines()).singleElement().asString()
                    .contains("the settings file " + path + " was ignored: it is not UTF-8 text")
                    .contains("starts with its default settings")
                    .contains("kept as settings.properties.damaged");
        }
        settings(file, "zh");
        assertThat(Files.readAllBytes(dir.resolve("settings.properties.damaged"))).isEqualTo(garbage);
        assertThat(new SettingsFile(path).load().get(LANGUAGE)).isEqualTo("zh");
    }

    @Test
    void aMalformedEscapeIsIgnoredWithALogLine() throws Exception {
        Path path = dir.resolve("settings.properties");
        Files.writeString(path, "ui.language=zh\nwindow.width=\\u12G4\n");
        try (LogLines log = LogLines.of(SettingsFile.class)) {
            assertThat(new SettingsFile(path).load().isEmpty()).isTrue();
            assertThat(log.lines()).singleElement().asString().contains("a line is malformed");
        }
    }

    @Test
    void nulBytesInOtherwiseValidTextAreDamage() throws Exception {
        Path path = dir.resolve("settings.properties");
        Files.write(path, new byte[4096]);
        try (LogLines log = LogLines.of(SettingsFile.class)) {
            assertThat(new SettingsFile(path).load().isEmpty()).isTrue();
            assertThat(log.lines()).singleElement().asString().contains("it holds binary data, not text");
        }
    }

    @Test
    void aHugeFileIsNotReadWhole() throws Exception {
        Path path = dir.resolve("settings.properties");
        Files.write(path, ("ui.language=zh\n" + "x".repeat(300_000)).getBytes(StandardCharsets.UTF_8));
        try (LogLines log = LogLines.of(SettingsFile.class)) {
            assertThat(new SettingsFile(path).load().isEmpty()).isTrue();
            assertThat(log.lines()).singleElement().asString().contains("far more than settings take");
        }
    }

    @Test
    void aFolderInPlaceOfTheFileIsIgnoredAndLeftAlone() throws Exception {
        Path path = dir.resolve("settings.properties");
        Files.createDirectories(path.resolve("inside"));
        SettingsFile file = new SettingsFile(path);
        try (LogLines log = LogLines.of(SettingsFile.class)) {
            assertThat(file.load().isEmpty()).isTrue();
            assertThat(log.lines()).singleElement().asString().contains("it is a folder, not a file");
            assertThat(settings(file, "zh")).isFalse();
            assertThat(log.lines()).last().asString().contains("the settings were not saved: " + path
                    + " is not a regular file");
        }
        assertThat(path.resolve("inside")).isDirectory();
    }

    @Test
    void aFolderThatCannotBeMadeLosesTheSettingsWithALogLineAndNoError() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("cpatlas"), "a file where the settings folder should be");
        Path path = notAFolder.resolve("settings.properties");
        try (LogLines log = LogLines.of(SettingsFile.class)) {
            assertThat(new SettingsFile(path).load().isEmpty()).isTrue();
            assertThat(settings(new SettingsFile(path), "zh")).isFalse();
            assertThat(log.lines()).singleElement().asString().isEqualTo("the settings were not saved to " + path + ": " + notAFolder
                    + " is a file where a folder is needed");
        }
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the settings folder should be");
    }

    @Test
    void aValueNotValidForItsSettingFallsBackToTheDefaultWithOneLogLine() throws Exception {
        Path path = dir.resolve("settings.properties");
        Files.writeString(path, "ui.language=klingon\nwindow.width=-5e9\nwindow.maximised=yes\n");
        Settings settings = new SettingsFile(path).load();
        try (LogLines log = LogLines.of(Settings.class)) {
            assertThat(settings.get(LANGUAGE)).isEqualTo("en");
            assertThat(settings.get(LANGUAGE)).isEqualTo("en");
            assertThat(settings.find(WIDTH)).isEmpty();
            assertThat(settings.get(MAXIMISED)).isFalse();
            assertThat(log.lines()).containsExactly(
                    "setting ui.language has the value 'klingon', which is not valid for it; using the default (en)",
                    "setting window.width has the value '-5e9', which is not valid for it; using the default (null)",
                    "setting window.maximised has the value 'yes', which is not valid for it; using the default"
                            + " (false)");
        }
    }

    @Test
    void keysOfANewerAtlasAreKeptWhenTheFileIsWrittenAgain() throws Exception {
        Path path = dir.resolve("settings.properties");
        Files.writeString(path, "map.indicator=gdp_per_capita_2015\nui.language=en\n");
        SettingsFile file = new SettingsFile(path);
        Settings settings = file.load();
        settings.set(LANGUAGE, "zh");
        file.save(settings);
        assertThat(Files.readAllLines(path)).contains("map.indicator=gdp_per_capita_2015", "ui.language=zh");
    }

    @Test
    void resetLeavesAFileWithNoSettings() {
        Path path = dir.resolve("settings.properties");
        SettingsFile file = new SettingsFile(path);
        settings(file, "zh");
        Settings loaded = file.load();
        loaded.clear();
        file.save(loaded);
        assertThat(new SettingsFile(path).load().isEmpty()).isTrue();
    }

    private static boolean settings(SettingsFile file, String language) {
        Settings settings = new Settings();
        settings.set(LANGUAGE, language);
        return file.save(settings);
    }
}
