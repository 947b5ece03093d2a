package org.cpatlas.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A figure always travels with its source, and a missing value is "not reported", never 0. */
class FigureTest {

    private static final Source TABLE1 = new Source("t1", "Wang, Li & He (2014)", "Table 1, row Tibet Region – Tibet",
            "Tibet Region Tibet 23.79% Tibet 23.80% 2.21%", null);

    @Test
    void printedDecimalKeepsItsScale() {
        Figure gap = Figure.of(new BigDecimal("9.30"), "percentage points", 2010, TABLE1, Set.of());
        assertThat(gap.display()).isEqualTo("9.30");
        assertThat(Figure.of(new BigDecimal("2.21"), "pp", 2010, TABLE1, null).display()).isEqualTo("2.21");
    }

    @Test
    void missingValueIsAlwaysFlaggedNotReported() {
        Figure missing = Figure.notReported("%", 2010, TABLE1, Set.of());
        assertThat(missing.flags()).containsExactly(Flag.NOT_REPORTED);
        assertThat(missing.isReported()).isFalse();
        assertThat(missing.display()).isEqualTo("not reported");
        assertThat(new Figure(null, null, "%", null, TABLE1, Set.of(Flag.COMPUTED)).flags())
                .containsExactlyInAnyOrder(Flag.COMPUTED, Flag.NOT_REPORTED);
    }

    @Test
    void figureWithoutSourceIsRefused() {
        assertThatThrownBy(() -> Figure.of(BigDecimal.ONE, "%", 2010, null, Set.of()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("source");
    }

    @Test
    void valueFlaggedNotReportedIsRefused() {
        assertThatThrownBy(() -> Figure.of(BigDecimal.ONE, "%", 2010, TABLE1, Set.of(Flag.NOT_REPORTED)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparisonFlagsComeFromItsGaps() {
        Figure printed = Figure.of(new BigDecimal("2.21"), "pp", 2010, TABLE1, Set.of(Flag.CONFLICT));
        Figure computed = Figure.of(new BigDecimal("0.01"), "pp", 2010, TABLE1, Set.of(Flag.CONFLICT, Flag.COMPUTED));
        assertThat(ProvinceComparison.rowFlags(printed, computed)).containsExactly(Flag.CONFLICT);
        Figure none = Figure.notReported("pp", 2010, TABLE1, List.of());
        assertThat(ProvinceComparison.rowFlags(none, none)).containsExactly(Flag.NOT_REPORTED);
    }

    @Test
    void profileListsEachSourceOnce() {
        Figure rate = Figure.of(new BigDecimal("23.79"), "%", 2010, TABLE1, Set.of());
        Figure gap = Figure.of(new BigDecimal("2.21"), "pp", 2010, TABLE1, Set.of());
        RegionProfile profile = new RegionProfile(new RegionSummary(new Region("tibet", 12, "西藏区", "Tibet", ""), rate),
                List.of(new ProvinceComparison("54", "西藏", "Tibet", rate, gap, gap, Set.of())), List.of());
        assertThat(profile.sources()).containsExactly(TABLE1);
    }
}
