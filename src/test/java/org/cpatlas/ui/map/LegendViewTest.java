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

    @Test
    void anIndicatorShownWithItsClassesBuildsTheLegendOnceWithBoth() {
        I18n i18n = new I18n(I18n.ENGLISH);
        LegendView legend = new LegendView(i18n);
        legend.scaleProperty().set(scale());
        java.util.List<String> titlesBuilt = new java.util.ArrayList<>();
        legend.getChildren().addListener((javafx.collections.ListChangeListener<Node>) change -> {
            while (change.next()) {
                if (change.wasAdded() && change.getFrom() == 0) {
                    titlesBuilt.add(shownTexts(legend).get(0));
                }
            }
        });
        org.cpatlas.render.IndicatorMap constant = constant();

        legend.show(constant, constant.scale());

        assertThat(titlesBuilt).as("the legend built once, titled by the indicator").containsExactly(constant.title());
        assertThat(shownTexts(legend)).contains("5 (3)");
        titlesBuilt.clear();
        legend.show(constant, constant.scale());
        assertThat(titlesBuilt).as("nothing changed, nothing built").isEmpty();
        legend.show(null, scale());
        assertThat(titlesBuilt).containsExactly(i18n.get("legend.title"));
    }

    @Test
    void theFoldButtonGetsItsTooltipOnlyOnceTooltipsAreInstalledItsHelpAtOnce() throws Exception {
        // A tooltip is a popup window: made on the JavaFX thread, as in the window.
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            I18n i18n = new I18n(I18n.ENGLISH);
            LegendView legend = new LegendView(i18n);
            legend.scaleProperty().set(scale());
            javafx.scene.control.Button fold = foldButton(legend);
            assertThat(fold.getTooltip()).as("no popup window made before the first frame").isNull();
            assertThat(fold.getAccessibleHelp()).isEqualTo(i18n.get("legend.collapse"));

            legend.installTooltips();
            assertThat(fold.getTooltip().getText()).isEqualTo(i18n.get("legend.collapse"));
            legend.setCollapsed(true);
            assertThat(foldButton(legend).getTooltip().getText()).as("a rebuilt legend's at once")
                    .isEqualTo(i18n.get("legend.expand"));
            return null;
        }).get();
    }

    private static javafx.scene.control.Button foldButton(LegendView legend) {
        return (javafx.scene.control.Button) ((javafx.scene.layout.HBox) legend.getChildren().get(0)).getChildren()
                .get(1);
    }

    /** A county indicator of one value in three of four counties. */
    private static org.cpatlas.render.IndicatorMap constant() {
        org.cpatlas.domain.Source source = new org.cpatlas.domain.Source("t", "A table", "", "", "");
        java.util.Map<String, org.cpatlas.domain.UnitFigure> figures = new java.util.HashMap<>();
        for (String code : List.of("520101", "520102", "520103")) {
            figures.put(code, new org.cpatlas.domain.UnitFigure(code, code, org.cpatlas.domain.Figure.of(
                    BigDecimal.valueOf(5), "", null, source, java.util.Set.of()), ""));
        }
        return org.cpatlas.render.IndicatorMap.of(new org.cpatlas.domain.IndicatorData(
                new org.cpatlas.domain.IndicatorInfo("d1.1", "Constant", "", null, org.cpatlas.domain.Level.COUNTY,
                        1L, "t", 3), figures), org.cpatlas.render.ClassSpec.defaults(),
                org.cpatlas.render.Rgb.hex("#cccccc"), List.of("520101", "520102", "520103", "520111"));
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
