package org.cpatlas.ui.viewmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cpatlas.core.MapData;
import org.cpatlas.domain.CountyMembership;
import org.cpatlas.domain.MembershipBasis;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.Place;
import org.cpatlas.ui.kit.I18n;
import org.locationtech.jts.geom.Geometry;

/**
 * Each county's evidence under the county list in force: the county clicked (name, 2012 code, prefecture, province,
 * its region in the list, the row's basis, source and quoted passage) and each region's member counties by province
 * with their basis, beside the official count where a source gives one. Counties outside every region still answer.
 */
public final class MembershipViewModel {

    /**
     * One county as the panel shows it.
     *
     * @param regionCode the region the list in force puts it in; empty when in none of the 14
     * @param row        the row in the list's file (0 when unknown)
     */
    public record CountyEvidence(String code, String nameZh, String prefecture, String province, String regionCode,
            String regionZh, String regionEn, MembershipBasis basis, String source, String note, String listName,
            int row) {

        /** True when the list in force puts the county in none of the 14 regions. */
        public boolean inNoRegion() {
            return regionCode.isEmpty();
        }
    }

    /** A member county in a region's list. */
    public record Member(String code, String nameZh, String province, MembershipBasis basis) {
    }

    /** A region's members by province (in the county layer's order), with the count and the official count (0: none). */
    public record Members(String regionCode, int count, int official, Map<String, List<Member>> byProvince) {
    }

    private final I18n i18n;
    private MapData maps;
    private MembershipList evidence;
    private final Map<String, Feature> countyByCode = new HashMap<>();
    private final Map<String, Feature> regionByCode = new HashMap<>();
    private final Map<String, CountyMembership> rowOfCounty = new HashMap<>();
    /**
     * Each region's members once worked out for the list in force: a click asks for them, and finding them goes
     * through every county of the layer.
     */
    private final Map<String, Members> membersByRegion = new HashMap<>();
    private final ReadOnlyObjectWrapper<CountyEvidence> county = new ReadOnlyObjectWrapper<>(this, "county");
    private final ReadOnlyStringWrapper listName = new ReadOnlyStringWrapper(this, "listName");

    /**
     * @param maps     the maps of the list in force
     * @param evidence the list in force with each row's source and note (the bundled list from the bundled database)
     */
    public MembershipViewModel(MapData maps, MembershipList evidence, I18n i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        useList(maps, evidence);
    }

    /** Shows another list's regions and evidence (the list in force changed); the county shown is shown again. */
    public void useList(MapData newMaps, MembershipList newEvidence) {
        this.maps = Objects.requireNonNull(newMaps, "newMaps");
        this.evidence = Objects.requireNonNull(newEvidence, "newEvidence");
        countyByCode.clear();
        for (Feature f : newMaps.counties().features()) {
            countyByCode.putIfAbsent(f.text("code"), f);
        }
        regionByCode.clear();
        newMaps.regions().features().forEach(f -> regionByCode.put(f.text("code"), f));
        rowOfCounty.clear();
        membersByRegion.clear();
        newEvidence.members().forEach(m -> rowOfCounty.putIfAbsent(m.countyCode(), m));
        listName.set(newEvidence.name());
        CountyEvidence shown = county.get();
        county.set(shown == null ? null : evidenceOf(shown.code()).orElse(null));
    }

    public ReadOnlyObjectProperty<CountyEvidence> countyProperty() {
        return county.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty listNameProperty() {
        return listName.getReadOnlyProperty();
    }

    /** The county of a click (none outside China's counties). */
    public void showCountyAt(Place place) {
        county.set(place == null ? null : place.county().flatMap(c -> evidenceOf(c.code())).orElse(null));
    }

    /** Shows a county by its 2012 code (a click in a region's list of counties); unknown codes show none. */
    public void showCounty(String code) {
        county.set(evidenceOf(code).orElse(null));
    }

    public void clearCounty() {
        county.set(null);
    }

    /** The county's polygon on the map, to zoom to and outline. */
    public Optional<Geometry> geometryOf(String code) {
        return Optional.ofNullable(countyByCode.get(code)).map(Feature::geometry);
    }

    /** The evidence of a county under the list in force; empty for a code not on the map. */
    public Optional<CountyEvidence> evidenceOf(String code) {
        Feature f = countyByCode.get(code);
        if (f == null) {
            return Optional.empty();
        }
        String region = f.text("region").split(";")[0].strip();
        Feature r = regionByCode.get(region);
        CountyMembership row = rowOfCounty.get(code);
        boolean member = !region.isEmpty() && row != null;
        MembershipBasis basis = member ? row.basis()
                : MembershipBasis.parse(f.text("basis").split(";")[0]).orElse(null);
        return Optional.of(new CountyEvidence(code, f.text("name_zh"), f.text("pref_zh"), f.text("prov_zh"), region,
                r == null ? "" : r.text("name_zh"), r == null ? "" : r.text("name_en"), region.isEmpty() ? null : basis,
                member ? row.source() : f.text("source"), member ? row.note() : "", evidence.name(),
                member ? row.row() : 0));
    }

    /** The hover text of a county: its name and code, and its region or that it is in none. */
    public String tooltip(Feature countyFeature) {
        String name = countyFeature.text("name_zh");
        if (name.isEmpty()) {
            return null;
        }
        String region = countyFeature.text("region").split(";")[0].strip();
        Feature r = regionByCode.get(region);
        String where = r == null ? i18n.get("county.noRegion") : i18n.pick(r.text("name_zh"), r.text("name_en"));
        return name + " " + countyFeature.text("code") + " · " + where;
    }

    /** The members of a region in the list in force, by province. */
    public Members membersOf(String regionCode) {
        return membersByRegion.computeIfAbsent(regionCode, this::findMembers);
    }

    private Members findMembers(String regionCode) {
        Map<String, List<Member>> byProvince = new LinkedHashMap<>();
        int count = 0;
        for (Feature f : maps.counties().features()) {
            List<String> regions = List.of(f.text("region").split(";"));
            if (!regions.contains(regionCode)) {
                continue;
            }
            CountyMembership row = rowOfCounty.get(f.text("code"));
            MembershipBasis basis = row != null ? row.basis()
                    : MembershipBasis.parse(f.text("basis").split(";")[0]).orElse(MembershipBasis.APPROXIMATE);
            byProvince.computeIfAbsent(f.text("prov_zh"), p -> new ArrayList<>())
                    .add(new Member(f.text("code"), f.text("name_zh"), f.text("prov_zh"), basis));
            count++;
        }
        Feature region = regionByCode.get(regionCode);
        Double official = region == null ? null : region.number("n_official");
        byProvince.replaceAll((province, members) -> List.copyOf(members));
        return new Members(regionCode, count, official == null ? 0 : official.intValue(),
                java.util.Collections.unmodifiableMap(byProvince));
    }
}
