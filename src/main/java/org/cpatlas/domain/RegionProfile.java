package org.cpatlas.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the atlas knows about one region: its Table 1 rate, its province comparisons and its other figures.
 *
 * @param summary     the region and its 2010 urbanization rate
 * @param provinces   Table 1 rows of the region, in the paper's order
 * @param otherFigures every other figure about the region (county counts, roads, incomes, ...), each with its source
 */
public record RegionProfile(RegionSummary summary, List<ProvinceComparison> provinces, List<Observation> otherFigures) {

    public RegionProfile {
        Objects.requireNonNull(summary, "summary");
        provinces = List.copyOf(provinces);
        otherFigures = List.copyOf(otherFigures);
    }

    public Region region() {
        return summary.region();
    }

    /** Every distinct source behind what this profile shows, in first-use order. */
    public List<Source> sources() {
        Map<String, Source> byId = new LinkedHashMap<>();
        add(byId, summary.urbanizationRate2010());
        for (ProvinceComparison row : provinces) {
            add(byId, row.provinceRate());
            add(byId, row.gapPrinted());
            add(byId, row.gapComputed());
        }
        for (Observation observation : otherFigures) {
            add(byId, observation.figure());
        }
        return List.copyOf(byId.values());
    }

    private static void add(Map<String, Source> byId, Figure figure) {
        byId.putIfAbsent(figure.source().id(), figure.source());
    }
}
