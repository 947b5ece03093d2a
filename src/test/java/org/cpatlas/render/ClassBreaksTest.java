package org.cpatlas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClassBreaksTest {

    private static List<BigDecimal> values(double... v) {
        return java.util.Arrays.stream(v).mapToObj(BigDecimal::valueOf).toList();
    }

    private static List<String> texts(List<BigDecimal> bounds) {
        return bounds.stream().map(BigDecimal::toPlainString).toList();
    }

    @Test
    void naturalBreaksFindTheGapsBetweenGroups() {
        List<BigDecimal> data = values(1, 2, 3, 10, 11, 12, 20, 21, 22, 2.5, 11.5);
        ClassSpec spec = new ClassSpec(ClassificationScheme.NATURAL_BREAKS, 3, "Blues", List.of());
        assertThat(texts(ClassBreaks.bounds(data, spec))).containsExactly("1", "10", "20", "22");
    }

    @Test
    void everyValueTheSameMakesOneClassFromTheValueToItselfInEveryScheme() {
        List<BigDecimal> data = values(5, 5, 5, 5);
        for (ClassificationScheme scheme : List.of(ClassificationScheme.QUANTILES,
                ClassificationScheme.NATURAL_BREAKS, ClassificationScheme.EQUAL_INTERVALS)) {
            ClassSpec spec = new ClassSpec(scheme, 5, "Blues", List.of());
            List<BigDecimal> bounds = ClassBreaks.bounds(data, spec);
            assertThat(bounds.size()).as(scheme.name()).isGreaterThanOrEqualTo(2);
            assertThat(bounds.get(0)).as(scheme.name()).isEqualByComparingTo("5");
        }
        // What the window and 'export --indicator' do with such a column: one class, every county in it.
        org.cpatlas.domain.Source source = new org.cpatlas.domain.Source("s", "A table (2026)", "row 2", "", "");
        java.util.Map<String, org.cpatlas.domain.UnitFigure> figures = new java.util.HashMap<>();
        for (String code : List.of("520101", "520102", "520103")) {
            figures.put(code, new org.cpatlas.domain.UnitFigure(code, code, org.cpatlas.domain.Figure.of(
                    BigDecimal.valueOf(5), "", null, source, java.util.Set.of()), ""));
        }
        IndicatorMap map = IndicatorMap.of(new org.cpatlas.domain.IndicatorData(new org.cpatlas.domain.IndicatorInfo(
                "d1.1", "常数", "", null, org.cpatlas.domain.Level.COUNTY, 1L, "t", 3), figures),
                ClassSpec.defaults(), Rgb.hex("#cccccc"), List.of("520101", "520102", "520103", "520111"));
        assertThat(map.scale().classOf(BigDecimal.valueOf(5))).isZero();
        assertThat(map.scale().counts()).containsExactly(3, 1);
        assertThat(map.scale().entries("not reported").get(0).label()).isEqualTo("5 (3)");
    }

    @Test
    void quantilesPutAboutAsManyUnitsInEachClass() {
        List<BigDecimal> data = IntStream.rangeClosed(1, 10).mapToObj(BigDecimal::valueOf).toList();
        ClassSpec spec = new ClassSpec(ClassificationScheme.QUANTILES, 5, "Blues", List.of());
        List<BigDecimal> bounds = ClassBreaks.bounds(data, spec);
        assertThat(texts(bounds)).containsExactly("1", "3", "5", "7", "9", "10");
        ChoroplethScale scale = ChoroplethScale.withBounds(bounds, spec.colours(), Rgb.hex("#cccccc"), "")
                .withCounts(data, 0);
        assertThat(scale.counts()).containsExactly(2, 2, 2, 2, 2, 0);
    }

    @Test
    void equalIntervalsKeepTheAtlasWholeNumberClassesWhenTheRangeAllows() {
        List<BigDecimal> data = values(23.08, 34.10, 28.72);
        ClassSpec spec = ClassSpec.table1();
        assertThat(texts(ClassBreaks.bounds(data, spec))).containsExactly("23", "26", "29", "32", "35");
        ChoroplethScale old = ChoroplethScale.equalIntervals(data, spec.colours(), Rgb.hex("#cccccc"), "%");
        assertThat(ClassBreaks.bounds(data, spec)).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(old.bounds());
        assertThat(texts(ClassBreaks.bounds(values(0.1, 0.4), spec.withClasses(3)))).containsExactly("0.1", "0.2",
                "0.3", "0.4");
    }

    @Test
    void typedBreaksAreUsedAsGivenAndMustIncrease() {
        ClassSpec spec = ClassSpec.defaults().withBreaks(values(10, 20, 30));
        assertThat(spec.classes()).isEqualTo(4);
        assertThat(texts(ClassBreaks.bounds(values(5, 15, 40), spec))).containsExactly("5", "10", "20", "30", "40");
        assertThatThrownBy(() -> ClassSpec.defaults().withBreaks(values(10, 5))).hasMessageContaining("must increase");
        assertThatThrownBy(() -> ClassSpec.defaults().withClasses(12)).hasMessage("classes must be 3 to 9, got 12");
        assertThatThrownBy(() -> ClassSpec.defaults().withPalette("Rainbow")).hasMessageStartingWith(
                "unknown palette 'Rainbow'");
    }

    @Test
    void everyPaletteIsColourBlindSafeAndHasThreeToNineClasses() {
        assertThat(ColorBrewer.names()).contains("YlGnBu", "GnBu", "Blues", "RdBu", "BrBG", "PuOr")
                .doesNotContain("Spectral", "RdYlGn", "RdGy", "Set1");
        for (ColorBrewer.Palette palette : ColorBrewer.palettes()) {
            for (int k = 3; k <= 9; k++) {
                assertThat(palette.colours(k)).hasSize(k).doesNotHaveDuplicates();
            }
        }
        assertThat(ColorBrewer.palette("gnbu").orElseThrow().colours(4)).containsExactlyElementsOf(
                MapTheme.light().choropleth());
    }

    @Test
    void legendLabelsUseTheFewestDecimalsThatTellBoundsApartAndCountEveryClass() {
        List<BigDecimal> bounds = values(1234.5678, 1250, 1250.04, 2000);
        ChoroplethScale scale = ChoroplethScale.withBounds(bounds, ClassSpec.defaults().withClasses(3).colours(),
                Rgb.hex("#cccccc"), "元").withCounts(values(1240, 1250.01, 1999, 2000), 5);
        assertThat(scale.entries("not reported")).extracting(ChoroplethScale.Entry::label).containsExactly(
                "1234.57–<1250.00 元 (1)", "1250.00–<1250.04 元 (1)", "1250.04–2000.00 元 (2)", "not reported (5)");
    }
}
