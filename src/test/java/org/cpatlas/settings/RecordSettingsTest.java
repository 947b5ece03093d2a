package org.cpatlas.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cpatlas.testing.LogLines;
import org.junit.jupiter.api.Test;

class RecordSettingsTest {

    enum Format { PNG, PDF, SVG }

    /** A resolution that checks its range, as print.Dpi does. */
    record Resolution(int value) {
        Resolution {
            if (value < 72 || value > 600) {
                throw new IllegalArgumentException("DPI must be between 72 and 600 (got " + value + ")");
            }
        }
    }

    record Margins(double top, double left) {
    }

    record Choices(Format format, Resolution dpi, boolean landscape, String title, Path folder, Margins margins) {
    }

    /** The same record after a field was added: what an older settings file meets. */
    record ChoicesWithSize(Format format, Resolution dpi, boolean landscape, String title, Path folder,
            Margins margins, Integer widthMm) {
    }

    private static final Choices DEFAULTS = new Choices(Format.PDF, new Resolution(300), true, "map", null,
            new Margins(10, 10));

    @Test
    void everyFieldIsStoredAndReadBack() {
        Settings settings = new Settings();
        Choices chosen = new Choices(Format.PNG, new Resolution(600), false, "武陵山区", Path.of("/home/li/maps"),
                new Margins(5.5, 7));
        RecordSettings.write(settings, "export", chosen);

        assertThat(settings.asMap()).containsEntry("export.format", "PNG").containsEntry("export.dpi", "600")
                .containsEntry("export.landscape", "false").containsEntry("export.title", "武陵山区")
                .containsEntry("export.folder", "/home/li/maps").containsEntry("export.margins.top", "5.5");
        assertThat(RecordSettings.read(settings, "export", DEFAULTS)).isEqualTo(chosen);
    }

    @Test
    void nothingStoredGivesTheDefaults() {
        assertThat(RecordSettings.read(new Settings(), "export", DEFAULTS)).isEqualTo(DEFAULTS);
    }

    @Test
    void aFieldAddedLaterTakesItsDefaultAndIsRememberedFromThenOn() {
        Settings settings = new Settings();
        RecordSettings.write(settings, "export", new Choices(Format.SVG, new Resolution(150), false, "t", null,
                new Margins(1, 2)));
        ChoicesWithSize defaults = new ChoicesWithSize(Format.PDF, new Resolution(300), true, "map", null,
                new Margins(10, 10), 84);

        ChoicesWithSize read = RecordSettings.read(settings, "export", defaults);
        assertThat(read).isEqualTo(new ChoicesWithSize(Format.SVG, new Resolution(150), false, "t", null,
                new Margins(1, 2), 84));
        RecordSettings.write(settings, "export", new ChoicesWithSize(Format.SVG, new Resolution(150), false, "t",
                null, new Margins(1, 2), 174));
        assertThat(RecordSettings.read(settings, "export", defaults).widthMm()).isEqualTo(174);
    }

    @Test
    void valuesTheRecordRefusesFallBackToTheDefaultFieldByFieldWithALogLine() {
        Settings settings = new Settings();
        settings.putRaw("export.format", "TIFF");
        settings.putRaw("export.dpi", "5000");
        settings.putRaw("export.landscape", "false");
        settings.putRaw("export.margins.top", "NaN");
        try (LogLines log = LogLines.of(RecordSettings.class)) {
            Choices read = RecordSettings.read(settings, "export", DEFAULTS);
            assertThat(read).isEqualTo(new Choices(Format.PDF, new Resolution(300), false, "map", null,
                    new Margins(10, 10)));
            assertThat(log.lines()).containsExactly(
                    "setting export.format has the value 'TIFF', which is not valid for it; using the default",
                    "setting export.dpi has the value '5000', which is not valid for it; using the default",
                    "setting export.margins.top has the value 'NaN', which is not valid for it; using the default");
        }
    }
}
