package org.cpatlas.tables;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.FeatureLayer;

/**
 * A county of a region's county list, as the counties layer records it: which county, and on what evidence it is
 * counted in the region.
 *
 * @param code         2012 county code (GB/T 2260)
 * @param nameZh       county name
 * @param prefectureZh prefecture it lies in
 * @param provinceZh   province it lies in
 * @param basis        how its membership is known: explicit, whole prefecture, inferred or approximate
 * @param source       where its membership comes from (documents and addresses, as the county list gives them)
 */
public record MemberCounty(String code, String nameZh, String prefectureZh, String provinceZh, String basis,
        String source) {

    public MemberCounty {
        Objects.requireNonNull(code, "code");
        nameZh = Objects.requireNonNullElse(nameZh, "");
        prefectureZh = Objects.requireNonNullElse(prefectureZh, "");
        provinceZh = Objects.requireNonNullElse(provinceZh, "");
        basis = Objects.requireNonNullElse(basis, "");
        source = Objects.requireNonNullElse(source, "");
    }

    /** The counties of the layer that belong to the region, by code. */
    public static List<MemberCounty> of(FeatureLayer counties, String regionCode) {
        return counties.features().stream()
                .filter(f -> regionCode.equals(f.text("region")))
                .map(MemberCounty::of)
                .sorted(Comparator.comparing(MemberCounty::code))
                .toList();
    }

    private static MemberCounty of(Feature f) {
        return new MemberCounty(f.text("code"), f.text("name_zh"), f.text("pref_zh"), f.text("prov_zh"),
                f.text("basis"), f.text("source"));
    }
}
