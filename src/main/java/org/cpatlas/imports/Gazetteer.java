package org.cpatlas.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.FeatureLayer;

/**
 * What a table's keys are matched against: the counties of the map's county layer (however many it holds), its
 * provinces and regions, and the history of the county codes. Built from the layers the atlas shows, so that what
 * is imported is exactly what can be drawn.
 */
public final class Gazetteer {

    /** Province codes of Taiwan, Hong Kong and Macao in GB/T 2260, which has no county codes under them. */
    private static final java.util.Set<String> NOT_MAINLAND = java.util.Set.of("71", "81", "82");

    private final List<County> counties;
    private final Map<String, County> countiesByCode;
    private final List<NamedUnit> provinces;
    private final List<NamedUnit> regions;
    private final CodeHistory history;

    public Gazetteer(List<County> counties, List<NamedUnit> provinces, List<NamedUnit> regions, CodeHistory history) {
        this.counties = List.copyOf(counties);
        this.provinces = List.copyOf(provinces);
        this.regions = List.copyOf(regions);
        this.history = Objects.requireNonNull(history, "history");
        Map<String, County> byCode = new LinkedHashMap<>();
        for (County county : this.counties) {
            byCode.putIfAbsent(county.code(), county);
        }
        this.countiesByCode = byCode;
    }

    /**
     * From the map's layers: counties (fields code, name_zh, prov_code, prov_zh, pref_zh, region), provinces and
     * regions (code, name_zh, name_en). County polygons without a code (land of no 2012 unit) are left out.
     */
    public static Gazetteer of(FeatureLayer counties, FeatureLayer provinces, FeatureLayer regions,
            CodeHistory history) {
        List<County> units = new ArrayList<>();
        for (Feature f : counties.features()) {
            String code = f.text("code");
            if (code.matches("\\d{6}")) {
                List<String> memberOf = Arrays.stream(f.text("region").split(";")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                units.add(new County(code, f.text("name_zh"), f.text("prov_code"), f.text("prov_zh"),
                        f.text("pref_zh"), memberOf));
            }
        }
        return new Gazetteer(units, named(provinces), named(regions), history);
    }

    private static List<NamedUnit> named(FeatureLayer layer) {
        List<NamedUnit> out = new ArrayList<>();
        for (Feature f : layer.features()) {
            if (!f.text("code").isEmpty()) {
                out.add(new NamedUnit(f.text("code"), f.text("name_zh"), f.text("name_en")));
            }
        }
        return out;
    }

    /** Every county of the layer that has a 2012 code, in layer order (one per code). */
    public List<County> counties() {
        return List.copyOf(countiesByCode.values());
    }

    public Optional<County> county(String code) {
        return Optional.ofNullable(countiesByCode.get(code));
    }

    public boolean hasCounty(String code) {
        return countiesByCode.containsKey(code);
    }

    public List<NamedUnit> provinces() {
        return provinces;
    }

    /** The 2012 codes of the layer's counties that belong to a region (the layer's own membership). */
    public List<String> countiesOfRegion(String regionCode) {
        return countiesByCode.values().stream().filter(c -> c.regions().contains(regionCode)).map(County::code)
                .toList();
    }

    /** The province codes of a region's member counties, in the order its members are listed, each once. */
    public List<String> provincesOfRegion(String regionCode) {
        return countiesByCode.values().stream().filter(c -> c.regions().contains(regionCode))
                .map(County::provinceCode).distinct().toList();
    }

    /**
     * The 2012 codes of every mainland county of the layer: the whole country as counties can compute it. The units
     * drawn for Taiwan, Hong Kong and Macao have no 2012 county code (GB/T 2260 gives none) and are not among them;
     * neither are the 2012 units that have no polygon of their own.
     */
    public List<String> mainlandCounties() {
        return countiesByCode.values().stream().filter(c -> !NOT_MAINLAND.contains(c.provinceCode()))
                .map(County::code).toList();
    }

    /** The 2012 codes of every county of the layer in a province. */
    public List<String> countiesOfProvince(String provinceCode) {
        return countiesByCode.values().stream().filter(c -> c.provinceCode().equals(provinceCode))
                .map(County::code).toList();
    }

    public Optional<NamedUnit> province(String code) {
        return provinces.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public List<NamedUnit> regions() {
        return regions;
    }

    public Optional<NamedUnit> region(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public CodeHistory history() {
        return history;
    }
}
