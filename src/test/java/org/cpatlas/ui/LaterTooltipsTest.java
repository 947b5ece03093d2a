package org.cpatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import org.cpatlas.ui.kit.LaterTooltips;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Tooltips made after the window's first frame: the accessible help at once, the tooltip at install, same text. */
class LaterTooltipsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aControlHasItsHelpAtOnceAndItsTooltipOnceInstalledFollowingTheLanguage() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            LaterTooltips tooltips = new LaterTooltips();
            SimpleStringProperty text = new SimpleStringProperty("Print the map (Ctrl+P)");
            Button print = new Button("Print");
            tooltips.add(print, text);
            assertThat(print.getTooltip()).isNull();
            assertThat(print.getAccessibleHelp()).isEqualTo("Print the map (Ctrl+P)");

            tooltips.install();
            assertThat(print.getTooltip().getText()).isEqualTo("Print the map (Ctrl+P)");
            text.set("打印地图 (Ctrl+P)");
            assertThat(print.getTooltip().getText()).isEqualTo("打印地图 (Ctrl+P)");
            assertThat(print.getAccessibleHelp()).isEqualTo("打印地图 (Ctrl+P)");

            Button later = new Button("Export");
            tooltips.add(later, new SimpleStringProperty("Export the map"));
            assertThat(later.getTooltip().getText()).isEqualTo("Export the map");
            tooltips.install();
            assertThat(print.getTooltip().getText()).isEqualTo("打印地图 (Ctrl+P)");
            return null;
        }).get();
    }
}
