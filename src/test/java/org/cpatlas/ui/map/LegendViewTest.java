package org.cpatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.cpatlas.render.ChoroplethScale;
import org.cpatlas.render.MapTheme;
import org.cpatlas.ui.kit.I18n;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The legend's row for shaded provinces comes and goes with a selection without the legend being made again. */
class LegendViewTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theShadingRowIsShownAndHiddenNotRebuilt() {
        I18n i18n = new I18n(I18n.ENGLISH);
        LegendView legend = new LegendView(i18n);
        legend.scaleProperty().set(scale());
        List<Node> made = List.copyOf(legend.getChildren());
        assertThat(legend.provinceShadingShown()).isFalse();
        assertThat(shownTexts(legend)).doesNotContain(i18n.get("legend.provinceGap"));

        legend.showProvinceShading(true);
        assertThat(legend.provinceShadingShown()).isTrue();
        assertThat(shownTexts(legend)).contains(i18n.get("legend.provinceGap"));
        legend.showProvinceShading(false);
        legend.showProvinceShading(true);
        assertThat(legend.getChildren()).as("the same nodes, styled once").containsExactlyElementsOf(made);

        // A new scale rebuilds the legend, keeping the row as it was.
        legend.scaleProperty().set(scale());
        assertThat(legend.provinceShadingShown()).isTrue();
        assertThat(legend.getChildren()).doesNotContainAnyElementsOf(made);
    }

    private static ChoroplethScale scale() {
        MapTheme theme = MapTheme.light();
        return ChoroplethScale.equalIntervals(List.of(new BigDecimal("23.79"), new BigDecimal("34.2")),
                theme.choropleth(), theme.notReported(), "%");
    }

    private static List<String> shownTexts(javafx.scene.Parent parent) {
        return parent.getChildrenUnmodifiable().stream().filter(Node::isVisible).flatMap(n -> n instanceof Label l
                ? java.util.stream.Stream.of(l.getText())
                : n instanceof javafx.scene.Parent p ? shownTexts(p).stream() : java.util.stream.Stream.empty())
                .toList();
    }
}
