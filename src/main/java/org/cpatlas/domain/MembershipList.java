package org.cpatlas.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A county-to-region list: the bundled one, or one a user imported (the June-2012 list of 680 counties, a
 * province's list, a later plan's scope). The regions the atlas draws are dissolved from the list in force.
 *
 * @param name    how the user calls it ({@code bundled} for the atlas's own)
 * @param members its rows, in file order
 */
public record MembershipList(String name, List<CountyMembership> members) {

    /** The name of the list the atlas ships with, which is always there. */
    public static final String BUNDLED = "bundled";

    public MembershipList {
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
    }

    /** True for the atlas's own list. */
    public boolean isBundled() {
        return BUNDLED.equals(name);
    }

    /** The rows of each region, keyed by region code, in file order. */
    public Map<String, List<CountyMembership>> byRegion() {
        Map<String, List<CountyMembership>> regions = new LinkedHashMap<>();
        for (CountyMembership member : members) {
            regions.computeIfAbsent(member.regionCode(), k -> new ArrayList<>()).add(member);
        }
        regions.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(regions);
    }

    /** The rows of each county, keyed by county code: more than one where a list counts a county in two regions. */
    public Map<String, List<CountyMembership>> byCounty() {
        Map<String, List<CountyMembership>> counties = new LinkedHashMap<>();
        for (CountyMembership member : members) {
            counties.computeIfAbsent(member.countyCode(), k -> new ArrayList<>()).add(member);
        }
        counties.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(counties);
    }
}
