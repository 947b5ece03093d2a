package org.cpatlas.geo;

import java.util.Objects;
import java.util.Optional;

/** What lies at a lon/lat point: the region (if the point is in one), the province and the county. */
public record Place(double lon, double lat, Optional<RegionInfo> region, Optional<ProvinceInfo> province,
                    Optional<CountyInfo> county) {

    public Place {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(county, "county");
    }

    /** The region's boundary quality, empty when the point is in no region or the layer does not say. */
    public Optional<String> boundaryQuality() {
        return region.map(RegionInfo::boundaryQuality).filter(q -> !q.isEmpty());
    }
}
