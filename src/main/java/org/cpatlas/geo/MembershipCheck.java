package org.cpatlas.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cpatlas.domain.CountyMembership;
import org.cpatlas.domain.MembershipList;

/**
 * What a county-to-region list holds before it is used to draw the regions: per region its members beside the
 * official count where a source gives one, and every row that needs the user's attention (a county the map does not
 * have, a county counted in two regions, a county listed twice, a region the atlas does not know, a region with no
 * county). Nothing here decides or drops anything: the report is shown, and the user chooses.
 */
public final class MembershipCheck {

    /** One region's count in the list, the members drawn on the map, and the official count (0: none found). */
    public record RegionCount(String code, String nameZh, String nameEn, int listed, int drawn, int official) {

        /** True when a source gives the official count and the list has a different number of counties. */
        public boolean differsFromOfficial() {
            return official > 0 && listed != official;
        }
    }

    /** A county code and the rows (1-based, in the list's file) that name it. */
    public record Rows(String key, List<Integer> rows, List<String> regions) {
    }

    /**
     * The check's findings.
     *
     * @param regions              the atlas's regions in order, with counts
     * @param countiesNotOnTheMap  counties the county layer has no polygon for
     * @param countiesInTwoRegions counties counted in more than one region
     * @param duplicateRows        the same county listed more than once for the same region
     * @param unknownRegions       region codes of the list the atlas does not know
     * @param regionsWithoutCounty the atlas's regions the list gives no county
     */
    public record Report(List<RegionCount> regions, List<Rows> countiesNotOnTheMap, List<Rows> countiesInTwoRegions,
            List<Rows> duplicateRows, List<Rows> unknownRegions, List<String> regionsWithoutCounty) {

        /** True when nothing needs the user's attention. */
        public boolean clean() {
            return countiesNotOnTheMap.isEmpty() && countiesInTwoRegions.isEmpty() && duplicateRows.isEmpty()
                    && unknownRegions.isEmpty() && regionsWithoutCounty.isEmpty();
        }
    }

    private final FeatureLayer regionLayer;
    private final RegionLayerBuilder builder;

    /** Checks lists against the atlas's regions (names, order, official counts) and the county layer. */
    public MembershipCheck(FeatureLayer regionLayer, RegionLayerBuilder builder) {
        this.regionLayer = regionLayer;
        this.builder = builder;
    }

    public Report check(MembershipList list) {
        Map<String, List<CountyMembership>> byRegion = list.byRegion();
        Set<String> known = new LinkedHashSet<>();
        List<RegionCount> counts = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (Feature region : regionLayer.features()) {
            String code = region.text("code");
            known.add(code);
            List<CountyMembership> rows = byRegion.getOrDefault(code, List.of());
            Set<String> distinct = new LinkedHashSet<>();
            rows.forEach(r -> distinct.add(r.countyCode()));
            int drawn = (int) distinct.stream().filter(builder::hasCounty).count();
            Double official = region.number("n_official");
            counts.add(new RegionCount(code, region.text("name_zh"), region.text("name_en"), distinct.size(), drawn,
                    official == null ? 0 : official.intValue()));
            if (distinct.isEmpty()) {
                empty.add(code);
            }
        }
        List<Rows> notOnMap = new ArrayList<>();
        List<Rows> inTwo = new ArrayList<>();
        List<Rows> duplicates = new ArrayList<>();
        for (Map.Entry<String, List<CountyMembership>> county : list.byCounty().entrySet()) {
            List<CountyMembership> rows = county.getValue();
            if (!builder.hasCounty(county.getKey())) {
                notOnMap.add(rows(county.getKey(), rows));
            }
            Set<String> regions = new LinkedHashSet<>();
            rows.forEach(r -> regions.add(r.regionCode()));
            if (regions.size() > 1) {
                inTwo.add(rows(county.getKey(), rows));
            }
            if (regions.size() < rows.size()) {
                duplicates.add(rows(county.getKey(), rows));
            }
        }
        Map<String, List<CountyMembership>> unknown = new LinkedHashMap<>();
        byRegion.forEach((code, rows) -> {
            if (!known.contains(code)) {
                unknown.put(code, rows);
            }
        });
        List<Rows> unknownRegions = new ArrayList<>();
        unknown.forEach((code, rows) -> unknownRegions.add(rows(code, rows)));
        return new Report(counts, notOnMap, inTwo, duplicates, unknownRegions, empty);
    }

    private static Rows rows(String key, List<CountyMembership> rows) {
        return new Rows(key, rows.stream().map(CountyMembership::row).toList(),
                rows.stream().map(CountyMembership::regionCode).distinct().toList());
    }
}
