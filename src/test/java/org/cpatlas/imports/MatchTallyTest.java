package org.cpatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cpatlas.domain.Level;
import org.junit.jupiter.api.Test;

class MatchTallyTest {

    @Test
    void sortsEveryRowIntoTheBucketItsMatchBelongsToAndCountsAMatchWithANoteAsMapped() {
        MatchTally tally = new MatchTally();
        tally.add(new RowMatch(2, "522631", KeyMatch.matched("522631", "黎平县", "")));
        tally.add(new RowMatch(3, "黎平", KeyMatch.matched("522631", "黎平县", "name without its suffix")));
        tally.add(new RowMatch(4, "522601", KeyMatch.mapped("522601", "凯里市", "code of 2000 followed to 2012")));
        tally.add(new RowMatch(5, "nowhere", KeyMatch.unknown("no county of that name")));
        tally.add(new RowMatch(6, "城关", KeyMatch.ambiguous("several counties", List.of("a", "b"))));
        tally.add(new RowMatch(7, "710000", KeyMatch.outside("not on the layer")));
        tally.add(new RowMatch(8, "", KeyMatch.blank()));
        tally.add(new RowMatch(9, "522632", KeyMatch.matched("522632", "榕江县", "")));

        MatchReport report = tally.report(Level.COUNTY, Map.of("522631", List.of(2, 3)), List.of("a conflict"),
                Map.of("522631", "黎平县"));

        assertThat(report.rows()).isEqualTo(8);
        assertThat(report.matched()).isEqualTo(2);
        assertThat(report.mapped()).extracting(RowMatch::row).containsExactly(3, 4);
        assertThat(report.unknown()).extracting(RowMatch::row).containsExactly(5);
        assertThat(report.ambiguous()).extracting(RowMatch::row).containsExactly(6);
        assertThat(report.outside()).extracting(RowMatch::row).containsExactly(7);
        assertThat(report.blank()).containsExactly(8);
        assertThat(report.found()).isEqualTo(4);
        assertThat(report.leftOut()).isEqualTo(4);
        assertThat(report.duplicated()).containsEntry("522631", List.of(2, 3));
        assertThat(report.conflicts()).containsExactly("a conflict");
        assertThat(report.level()).isEqualTo(Level.COUNTY);
    }
}
