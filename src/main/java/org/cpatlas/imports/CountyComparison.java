package org.cpatlas.imports;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cpatlas.domain.Aggregate;
import org.cpatlas.domain.Aggregation;
import org.cpatlas.domain.Aggregator;

/**
 * A region compared with its provinces and with the whole country on a county indicator, every value computed the
 * same way from counties: the region's from its member counties, each province's from all its counties on the map,
 * the country's from all mainland counties on the map ({@link Gazetteer#mainlandCounties()}). The window's indicator
 * section and {@code atlas region NAME --indicator CODE} both show this, so they cannot disagree.
 *
 * @param region    the region's value from its member counties
 * @param provinces each province the region touches (in the order its members are listed), by province code
 * @param nation    the whole mainland's value from every county of the map
 */
public record CountyComparison(Aggregate region, Map<String, Aggregate> provinces, Aggregate nation) {

    public CountyComparison {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(nation, "nation");
        provinces = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provinces));
    }

    /**
     * @param values  county values by 2012 code (absent = not reported)
     * @param how     the method the user chose
     * @param weights for a weighted mean, the weights by county, else ignored
     * @param weight  the weighting indicator's title, for the description ("" if none)
     */
    public static CountyComparison of(Gazetteer gazetteer, String regionCode, Map<String, BigDecimal> values,
            Aggregation how, Map<String, BigDecimal> weights, String weight) {
        List<String> members = gazetteer.countiesOfRegion(regionCode);
        Aggregate region = Aggregator.compute(members, values, how, weights, weight);
        Map<String, Aggregate> provinces = new LinkedHashMap<>();
        for (String p : gazetteer.provincesOfRegion(regionCode)) {
            provinces.put(p, Aggregator.compute(gazetteer.countiesOfProvince(p), values, how, weights, weight));
        }
        Aggregate nation = Aggregator.compute(gazetteer.mainlandCounties(), values, how, weights, weight);
        return new CountyComparison(region, provinces, nation);
    }

    /**
     * "mean of 2,601 of 2,855 mainland counties on the map; 254 not reported; Taiwan, Hong Kong and Macao (no 2012
     * county code) not counted": the country's coverage in words, for the command line.
     */
    public static String describeNation(Aggregate nation) {
        return nation.describe("mainland counties on the map") + "; Taiwan, Hong Kong and Macao (no 2012 county"
                + " code) not counted";
    }
}
