package org.cpatlas.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;
import org.cpatlas.domain.CountyMembership;
import org.cpatlas.domain.MembershipBasis;
import org.cpatlas.domain.MembershipList;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Draws the 14 regions from a county-to-region list: each region is its member counties dissolved along their shared
 * edges ({@link CountyDissolver}), with its county counts and boundary quality recomputed from the rows' basis, and
 * the county layer's {@code region}, {@code basis} and {@code source} fields set from the same list, so the map, the
 * hit test, the panels and every export read one list.
 *
 * <p>The regions' names, order and official county counts are the atlas's own (the bundled region layer); only the
 * membership changes. Boundary quality follows the map build's rule (maps/README.md): {@code approximate} if any
 * member is approximate; else {@code partial} if any is inferred, or the region has fewer members than its official
 * count, or none at all; else {@code sourced}.
 */
public final class RegionLayerBuilder {

    /** What was built: the two layers, and per region how it was made, in the bundled layer's order. */
    public record Built(FeatureLayer regions, FeatureLayer counties, List<RegionOutcome> outcomes) {
    }

    /**
     * One region as built from the list.
     *
     * @param code       the region's code
     * @param members    rows of the list naming this region
     * @param drawn      members that have a polygon in the county layer
     * @param unmapped   codes of members without a polygon (not a county of the layer)
     * @param official   the official count, or 0 where no source gives one
     * @param quality    boundary quality recomputed from the rows
     * @param method     how the outline was dissolved
     */
    public record RegionOutcome(String code, int members, int drawn, List<String> unmapped, int official,
            BoundaryQuality quality, CountyDissolver.Method method) {
    }

    private final FeatureLayer bundledRegions;
    private final FeatureLayer counties;
    private final CountyDissolver dissolver;
    private final Map<String, Integer> countyIndex = new HashMap<>();

    /**
     * @param bundledRegions the atlas's region layer: names, order and official counts of the regions
     * @param counties       the county layer whose polygons are dissolved (field {@code code}: 2012 code)
     */
    public RegionLayerBuilder(FeatureLayer bundledRegions, FeatureLayer counties, GeometryFactory factory) {
        this.bundledRegions = Objects.requireNonNull(bundledRegions, "bundledRegions");
        this.counties = Objects.requireNonNull(counties, "counties");
        this.dissolver = new CountyDissolver(factory);
        for (int i = 0; i < counties.size(); i++) {
            countyIndex.putIfAbsent(counties.features().get(i).text("code"), i);
        }
    }

    /**
     * The list the county layer was built from (its {@code region}, {@code basis} and {@code source} fields): the
     * bundled list, as the map build wrote it. Rows have no file row; a basis the atlas does not know reads as
     * approximate, the cautious reading.
     */
    public static MembershipList listOf(FeatureLayer counties, String name) {
        List<CountyMembership> rows = new ArrayList<>();
        for (Feature county : counties.features()) {
            String regions = county.text("region");
            if (regions.isEmpty()) {
                continue;
            }
            String[] codes = regions.split(";");
            String[] bases = county.text("basis").split(";", -1);
            for (int i = 0; i < codes.length; i++) {
                String basisText = i < bases.length ? bases[i] : "";
                MembershipBasis basis = MembershipBasis.parse(basisText).orElse(MembershipBasis.APPROXIMATE);
                rows.add(new CountyMembership(county.text("code"), codes[i].trim(), basis, county.text("source"), "", 0));
            }
        }
        return new MembershipList(name, rows);
    }

    /** True when the county layer has a polygon with this 2012 code. */
    public boolean hasCounty(String code) {
        return countyIndex.containsKey(code);
    }

    /**
     * Builds both layers from the list; reports progress from 0 to 1 as regions are dissolved. Rows naming a region
     * the atlas does not know are ignored here: the list's import reports them before a list is ever stored.
     */
    public Built build(MembershipList list, DoubleConsumer progress) {
        Map<String, List<CountyMembership>> byRegion = list.byRegion();
        List<Feature> regionFeatures = new ArrayList<>(bundledRegions.size());
        List<RegionOutcome> outcomes = new ArrayList<>(bundledRegions.size());
        Envelope bounds = new Envelope();
        int done = 0;
        for (Feature bundled : bundledRegions.features()) {
            String code = bundled.text("code");
            List<CountyMembership> rows = byRegion.getOrDefault(code, List.of());
            List<Geometry> polygons = new ArrayList<>();
            List<String> unmapped = new ArrayList<>();
            for (CountyMembership row : rows) {
                Integer at = countyIndex.get(row.countyCode());
                if (at == null) {
                    unmapped.add(row.countyCode());
                } else {
                    polygons.add(counties.features().get(at).geometry());
                }
            }
            CountyDissolver.Result outline = dissolver.dissolve(polygons);
            Double officialNumber = bundled.number("n_official");
            int official = officialNumber == null ? 0 : officialNumber.intValue();
            BoundaryQuality quality = quality(rows, official);
            Map<String, Object> attributes = new LinkedHashMap<>(bundled.attributes());
            attributes.put("n_counties", (long) rows.size());
            attributes.put("n_unmapped", (long) unmapped.size());
            attributes.put("quality", quality.code());
            regionFeatures.add(new Feature(outline.geometry(), attributes));
            bounds.expandToInclude(outline.geometry().getEnvelopeInternal());
            outcomes.add(new RegionOutcome(code, rows.size(), polygons.size(), List.copyOf(unmapped), official,
                    quality, outline.method()));
            progress.accept(++done / (double) bundledRegions.size());
        }
        FeatureLayer regions = new FeatureLayer(bundledRegions.name(), bundledRegions.fieldNames(), regionFeatures,
                bounds.isNull() ? bundledRegions.bounds() : bounds);
        return new Built(regions, countiesFor(list), List.copyOf(outcomes));
    }

    /** The boundary quality a region's rows give it. */
    static BoundaryQuality quality(List<CountyMembership> rows, int official) {
        if (rows.stream().anyMatch(r -> r.basis() == MembershipBasis.APPROXIMATE)) {
            return BoundaryQuality.APPROXIMATE;
        }
        boolean inferred = rows.stream().anyMatch(r -> r.basis() == MembershipBasis.INFERRED);
        if (inferred || rows.isEmpty() || (official > 0 && rows.size() < official)) {
            return BoundaryQuality.PARTIAL;
        }
        return BoundaryQuality.SOURCED;
    }

    /** The county layer with each county's region, basis and source from the list (empty for counties it omits). */
    private FeatureLayer countiesFor(MembershipList list) {
        Map<String, List<CountyMembership>> byCounty = list.byCounty();
        List<Feature> features = new ArrayList<>(counties.size());
        for (Feature county : counties.features()) {
            List<CountyMembership> rows = byCounty.getOrDefault(county.text("code"), List.of());
            Map<String, Object> attributes = new LinkedHashMap<>(county.attributes());
            attributes.put("region", join(rows, CountyMembership::regionCode));
            attributes.put("basis", join(rows, r -> r.basis().code()));
            attributes.put("source", join(rows, CountyMembership::source));
            features.add(new Feature(county.geometry(), attributes));
        }
        return new FeatureLayer(counties.name(), counties.fieldNames(), features, counties.bounds());
    }

    private static String join(List<CountyMembership> rows, java.util.function.Function<CountyMembership, String> part) {
        return rows.stream().map(part).collect(Collectors.joining(";"));
    }
}
