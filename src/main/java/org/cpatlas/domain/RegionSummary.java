package org.cpatlas.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A region with its headline figure: the 2010 urbanization rate of Table 1 (possibly "not reported").
 *
 * @param region               the region
 * @param urbanizationRate2010 Table 1's rate with its source; never null, but may be not reported
 */
public record RegionSummary(Region region, Figure urbanizationRate2010) {

    public RegionSummary {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(urbanizationRate2010, "urbanizationRate2010");
    }

    public String code() {
        return region.code();
    }

    public String nameZh() {
        return region.nameZh();
    }

    public String nameEn() {
        return region.nameEn();
    }

    /** Each region's 2010 rate by code; regions whose rate is not reported are left out, never set to 0. */
    public static Map<String, BigDecimal> urbanizationRates2010(List<RegionSummary> regions) {
        Map<String, BigDecimal> rates = new HashMap<>();
        for (RegionSummary region : regions) {
            if (region.urbanizationRate2010().isNumeric()) {
                rates.put(region.code(), region.urbanizationRate2010().value());
            }
        }
        return Map.copyOf(rates);
    }
}
