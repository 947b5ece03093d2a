package org.cpatlas.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a county list changes against another (usually the bundled one), region by region: the counties it adds and
 * the counties it drops. Counties are compared by 2012 code; a county moved between regions is added to one and
 * removed from the other.
 *
 * @param base    the list compared against (e.g. {@code bundled})
 * @param other   the list whose changes are shown
 * @param regions one entry per region that either list names, in the order given to {@link #between}
 */
public record MembershipDiff(String base, String other, List<RegionChange> regions) {

    /** One region's changes: codes added and removed, each in the order of the list that has them. */
    public record RegionChange(String regionCode, int before, int after, List<String> added, List<String> removed) {

        public RegionChange {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }

        /** True when the region has exactly the same counties in both lists. */
        public boolean unchanged() {
            return added.isEmpty() && removed.isEmpty();
        }
    }

    public MembershipDiff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(other, "other");
        regions = List.copyOf(regions);
    }

    /**
     * The changes from {@code base} to {@code other} for the regions in {@code regionOrder}, then any other region
     * either list names (so a list naming an unknown region still shows it).
     */
    public static MembershipDiff between(MembershipList base, MembershipList other, List<String> regionOrder) {
        Map<String, List<CountyMembership>> before = base.byRegion();
        Map<String, List<CountyMembership>> after = other.byRegion();
        Set<String> codes = new LinkedHashSet<>(regionOrder);
        codes.addAll(before.keySet());
        codes.addAll(after.keySet());
        List<RegionChange> changes = new ArrayList<>();
        for (String code : codes) {
            Set<String> was = counties(before.get(code));
            Set<String> now = counties(after.get(code));
            List<String> added = now.stream().filter(c -> !was.contains(c)).toList();
            List<String> removed = was.stream().filter(c -> !now.contains(c)).toList();
            changes.add(new RegionChange(code, was.size(), now.size(), added, removed));
        }
        return new MembershipDiff(base.name(), other.name(), changes);
    }

    /** True when no region changes. */
    public boolean unchanged() {
        return regions.stream().allMatch(RegionChange::unchanged);
    }

    private static Set<String> counties(List<CountyMembership> rows) {
        Set<String> codes = new LinkedHashSet<>();
        if (rows != null) {
            rows.forEach(r -> codes.add(r.countyCode()));
        }
        return codes;
    }
}
