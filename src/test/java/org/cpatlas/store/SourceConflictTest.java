package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two sources that give the same region figure with different values are both flagged CONFLICT. */
class SourceConflictTest {

    @TempDir
    Path tmp;

    @Test
    void webRatesThatAgreeWithTable1AtTheirPrecisionAreNoConflict() {
        try (AtlasStore store = TestStores.inMemory()) {
            List<Observation> wumengRates = rates(store, "wumeng");
            // Table 1 prints 26.00; the encyclopedia page says 26: the same figure.
            assertThat(wumengRates).extracting(o -> o.figure().value()).containsExactly(
                    new BigDecimal("26.00"), new BigDecimal("26"));
            assertThat(wumengRates).allSatisfy(o -> assertThat(o.figure().flags()).doesNotContain(Flag.CONFLICT));
            assertThat(store.repository().observations()).filteredOn(o -> o.figure().has(Flag.CONFLICT))
                    .extracting(Observation::id)
                    .containsExactlyInAnyOrder("t1_tibet_54_gap_printed", "t1_tibet_54_gap_computed");
        }
    }

    @Test
    void webRateThatDiffersFromTable1FlagsBothFigures() {
        DataFolder data = DataFolder.copyOfRepositoryData(tmp.resolve("data"));
        int line = data.lineStartingWith("figures.csv", "web_wumeng_urbanization_rate,");
        data.editLine("figures.csv", line, l -> l.replace(",2010,26,", ",2010,27,"));

        try (AtlasStore store = new AtlasStoreOpener(data.bundle(), TestStores.CLOCK).openInMemory(new ArrayList<>())) {
            List<Observation> wumengRates = rates(store, "wumeng");
            assertThat(wumengRates).allSatisfy(o -> assertThat(o.figure().flags()).contains(Flag.CONFLICT));
            assertThat(wumengRates.get(0).note()).contains("differs from 27 in 360百科: 乌蒙山区, web page");
            assertThat(store.repository().findRegion("wumeng").orElseThrow().urbanizationRate2010().flags())
                    .contains(Flag.CONFLICT);
        }
    }

    @Test
    void precisionDecidesWhatDisagrees() {
        assertThat(ConflictMarker.disagree(new BigDecimal("30.50"), new BigDecimal("30.5"))).isFalse();
        assertThat(ConflictMarker.disagree(new BigDecimal("26.00"), new BigDecimal("26"))).isFalse();
        assertThat(ConflictMarker.disagree(new BigDecimal("30.54"), new BigDecimal("30.5"))).isFalse();
        assertThat(ConflictMarker.disagree(new BigDecimal("30.56"), new BigDecimal("30.5"))).isTrue();
        assertThat(ConflictMarker.disagree(new BigDecimal("15.27"), new BigDecimal("16.6"))).isTrue();
    }

    private static List<Observation> rates(AtlasStore store, String region) {
        return store.repository().figuresOfRegion(region).stream()
                .filter(o -> o.indicator().code().equals("urbanization_rate"))
                .filter(o -> o.subject().regionCode().equals(region) && o.subject().provinceCode() == null)
                .toList();
    }
}
