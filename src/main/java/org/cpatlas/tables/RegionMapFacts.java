package org.cpatlas.tables;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cpatlas.geo.BoundaryQuality;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.FeatureLayer;

/**
 * What the map layer says about a region (regions.shp): how many member counties it was built from and how well its
 * boundary is known.
 *
 * @param code            region code
 * @param countiesInLayer member counties in the layer, or null when the layer does not say
 * @param quality         how well the boundary is known
 */
public record RegionMapFacts(String code, Integer countiesInLayer, BoundaryQuality quality) {

    public RegionMapFacts {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(quality, "quality");
    }

    /** The facts of every region of the layer, by code. */
    public static Map<String, RegionMapFacts> of(FeatureLayer regions) {
        Map<String, RegionMapFacts> facts = new LinkedHashMap<>();
        for (Feature feature : regions.features()) {
            String code = feature.text("code");
            if (code == null || code.isBlank()) {
                continue;
            }
            Double counties = feature.number("n_counties");
            facts.put(code, new RegionMapFacts(code, counties == null ? null : counties.intValue(),
                    BoundaryQuality.parse(feature.text("quality"))));
        }
        return facts;
    }

    /** For a region the layer does not have: no count, and approximate, the cautious reading. */
    public static RegionMapFacts unknown(String code) {
        return new RegionMapFacts(code, null, BoundaryQuality.APPROXIMATE);
    }
}
