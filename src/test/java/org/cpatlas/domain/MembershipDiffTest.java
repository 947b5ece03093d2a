package org.cpatlas.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipDiffTest {

    private static CountyMembership row(String county, String region) {
        return new CountyMembership(county, region, MembershipBasis.EXPLICIT, "", "", 0);
    }

    @Test
    void aCountyMovedBetweenRegionsIsAddedToOneAndRemovedFromTheOther() {
        MembershipList bundled = new MembershipList("bundled", List.of(row("1", "a"), row("2", "a"), row("3", "b")));
        MembershipList mine = new MembershipList("mine", List.of(row("1", "a"), row("2", "b"), row("3", "b"),
                row("4", "b")));
        MembershipDiff diff = MembershipDiff.between(bundled, mine, List.of("a", "b", "c"));
        assertThat(diff.regions()).extracting(MembershipDiff.RegionChange::regionCode).containsExactly("a", "b", "c");
        MembershipDiff.RegionChange a = diff.regions().get(0);
        MembershipDiff.RegionChange b = diff.regions().get(1);
        assertThat(a.removed()).containsExactly("2");
        assertThat(a.added()).isEmpty();
        assertThat(a.before()).isEqualTo(2);
        assertThat(a.after()).isEqualTo(1);
        assertThat(b.added()).containsExactly("2", "4");
        assertThat(b.removed()).isEmpty();
        assertThat(diff.regions().get(2).unchanged()).isTrue();
        assertThat(diff.unchanged()).isFalse();
    }

    @Test
    void theSameListChangesNothing() {
        MembershipList bundled = new MembershipList("bundled", List.of(row("1", "a"), row("3", "b")));
        assertThat(MembershipDiff.between(bundled, bundled, List.of("a", "b")).unchanged()).isTrue();
    }

    @Test
    void aRegionOnlyTheNewListNamesIsShownAfterTheKnownOnes() {
        MembershipList bundled = new MembershipList("bundled", List.of(row("1", "a")));
        MembershipList mine = new MembershipList("mine", List.of(row("1", "a"), row("5", "zz")));
        MembershipDiff diff = MembershipDiff.between(bundled, mine, List.of("a"));
        assertThat(diff.regions()).extracting(MembershipDiff.RegionChange::regionCode).containsExactly("a", "zz");
        assertThat(diff.regions().get(1).added()).containsExactly("5");
    }
}
