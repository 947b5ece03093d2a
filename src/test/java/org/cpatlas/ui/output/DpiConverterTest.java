package org.cpatlas.ui.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Spinner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DpiConverterTest {

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by another test
        }
    }

    @Test
    void typedTextThatIsNotANumberKeepsTheLastValidDpi() throws Exception {
        assertThat(onFx("lots")).isEqualTo(300);
        assertThat(onFx("")).isEqualTo(300);
        assertThat(onFx("-5")).isEqualTo(300);
    }

    @Test
    void typedNumbersAreClampedToTheSupportedRange() throws Exception {
        assertThat(onFx("150")).isEqualTo(150);
        assertThat(onFx(" 600 ")).isEqualTo(600);
        assertThat(onFx("100000")).isEqualTo(600);
        assertThat(onFx("10")).isEqualTo(72);
    }

    private static Integer onFx(String typed) throws Exception {
        CompletableFuture<Integer> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            Spinner<Integer> spinner = new Spinner<>(72, 600, 300, 50);
            result.complete(new ExportDialog.DpiConverter(spinner).fromString(typed));
        });
        return result.get(10, TimeUnit.SECONDS);
    }
}
