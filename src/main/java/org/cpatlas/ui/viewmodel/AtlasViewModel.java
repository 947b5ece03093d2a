package org.cpatlas.ui.viewmodel;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cpatlas.domain.Observation;
import org.cpatlas.domain.RegionProfile;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.geo.BoundaryQuality;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.Place;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.RegionStyling;
import org.cpatlas.store.AtlasRepository;
import org.cpatlas.tables.DataTable;
import org.cpatlas.tables.MemberCounty;
import org.cpatlas.tables.RegionMapFacts;
import org.cpatlas.tables.RegionTables;
import org.cpatlas.tables.TableLanguage;
import org.cpatlas.ui.kit.I18n;

/**
 * The state of the atlas window and its commands, with no controls in it: which region is selected, what the
 * panels show, how the map is coloured. A click reads: hit test (geo) → {@link #clickAt} → profile (store) →
 * {@link #detailsProperty()} that the panels bind to.
 */
public final class AtlasViewModel {

    private final AtlasRepository repository;
    private PlaceIdentifier identifier;
    private final I18n i18n;
    private final List<RegionSummary> regions;
    private final Map<String, RegionProfile> profiles = new HashMap<>();
    private final Map<String, Feature> regionFeatures = new LinkedHashMap<>();

    // ---- properties ----
    private final ReadOnlyObjectWrapper<RegionDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    // Formatting a region's figures, flags and sources took a third of a click's handler time.
    private final Map<String, RegionDetails> detailsByRegion = new HashMap<>();
    private final ReadOnlyStringWrapper selectedCode = new ReadOnlyStringWrapper(this, "selectedCode");
    private final ReadOnlyObjectWrapper<RegionStyling> styling = new ReadOnlyObjectWrapper<>(this, "styling");
    private final ReadOnlyObjectWrapper<Place> lastPlace = new ReadOnlyObjectWrapper<>(this, "lastPlace");
    private final ReadOnlyObjectWrapper<Map<String, BigDecimal>> provinceGaps =
            new ReadOnlyObjectWrapper<>(this, "provinceGaps", Map.of());
    private MapTheme theme;
    private final ReadOnlyStringWrapper comparedCode = new ReadOnlyStringWrapper(this, "comparedCode");
    private final ReadOnlyObjectWrapper<ComparisonDetails> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final RegionSearch regionSearch;
    /** The data view's tables and each region's county list, made once per language (on first use). */
    private final Map<String, DataTable> tables = new HashMap<>();
    private List<Observation> observations;

    /**
     * @param repository figures (queried once per region, then cached: a click must not wait for the database)
     * @param identifier what lies at a point
     * @param theme      supplies the choropleth palette
     */
    public AtlasViewModel(AtlasRepository repository, PlaceIdentifier identifier, I18n i18n, MapTheme theme) {
        this(repository, repository.regions(), identifier, i18n, theme);
    }

    /**
     * With the regions already read from {@code repository} (they are what its {@code regions()} gives), e.g. while
     * the atlas opened, off the JavaFX thread: the window's first view then needs no read of the database.
     */
    public AtlasViewModel(AtlasRepository repository, List<RegionSummary> regions, PlaceIdentifier identifier,
            I18n i18n, MapTheme theme) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.regions = List.copyOf(regions);
        for (Feature f : identifier.regions().layer().features()) {
            regionFeatures.put(f.text("code"), f);
        }
        this.theme = theme;
        styling.set(RegionStyling.choropleth(RegionSummary.urbanizationRates2010(regions), theme));
        regionSearch = new RegionSearch(regions);
        i18n.localeProperty().addListener(o -> {
            detailsByRegion.clear();
            tables.clear();
            refreshDetails();
            refreshComparison();
            refreshStatus();
        });
        refreshStatus();
    }

    // ---- read-only state ----

    public ReadOnlyObjectProperty<RegionDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public RegionDetails details() {
        return details.get();
    }

    public ReadOnlyStringProperty selectedCodeProperty() {
        return selectedCode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RegionStyling> stylingProperty() {
        return styling.getReadOnlyProperty();
    }

    /**
     * Printed gap (province − region, pp) of each province of the selected region, by province code; provinces
     * whose gap is not reported are absent. Empty without a selection.
     */
    public ReadOnlyObjectProperty<Map<String, BigDecimal>> provinceGapsProperty() {
        return provinceGaps.getReadOnlyProperty();
    }

    /** The region compared with the selected one, or null. */
    public ReadOnlyStringProperty comparedCodeProperty() {
        return comparedCode.getReadOnlyProperty();
    }

    /** The selected region and the one it is compared with, side by side; null without a comparison. */
    public ReadOnlyObjectProperty<ComparisonDetails> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ComparisonDetails comparison() {
        return comparison.get();
    }

    /**
     * The status line in the interface language: the selection (and the region it is compared with), else where the
     * last click was, else how many regions and counties the atlas has. Follows the language; clears with the
     * selection.
     */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The place of the last click, region or not (the status bar shows province and county). */
    public ReadOnlyObjectProperty<Place> lastPlaceProperty() {
        return lastPlace.getReadOnlyProperty();
    }

    public List<RegionSummary> regions() {
        return regions;
    }

    /**
     * Answers clicks from another county list's regions (the list in force changed): counts and boundary quality
     * in the panels follow it; the selection, if any, is shown again from the new regions.
     */
    public void setIdentifier(PlaceIdentifier newIdentifier) {
        this.identifier = Objects.requireNonNull(newIdentifier, "newIdentifier");
        regionFeatures.clear();
        for (Feature f : newIdentifier.regions().layer().features()) {
            regionFeatures.put(f.text("code"), f);
        }
        detailsByRegion.clear();
        // The tables made from the layers (a region's county list, counties per region) follow the list in force.
        tables.clear();
        refreshDetails();
    }

    /** What lies at a point, from the regions of the county list in force. */
    public PlaceIdentifier identifier() {
        return identifier;
    }

    public int countyCount() {
        return identifier.counties().layer().size();
    }

    // ---- commands ----

    /** A click on the map: selects the region there, or clears the selection when there is none. */
    public void clickAt(double lon, double lat) {
        clickAt(lon, lat, false);
    }

    /**
     * A click on the map; with {@code compare} (Ctrl+click), a region other than the selected one is compared with
     * it instead of replacing it. Outside every region, the selection (and any comparison) is cleared.
     */
    public void clickAt(double lon, double lat, boolean compare) {
        Place place = identifier.identify(lon, lat);
        lastPlace.set(place);
        place.region().ifPresentOrElse(r -> {
            if (compare && selectedCode.get() != null && !r.code().equals(selectedCode.get())) {
                compareWith(r.code());
            } else {
                select(r.code());
            }
        }, this::deselect);
        refreshStatus();
    }

    /**
     * Compares the selected region with another: both regions' key figures side by side and their gaps in one chart.
     * Needs a selection and another region; returns false otherwise.
     */
    public boolean compareWith(String code) {
        String selected = selectedCode.get();
        if (selected == null || code == null || code.equals(selected) || profile(code).isEmpty()) {
            return false;
        }
        comparedCode.set(code);
        refreshComparison();
        refreshStatus();
        return true;
    }

    /** Ends the comparison; the selection stays. */
    public void endComparison() {
        comparedCode.set(null);
        comparison.set(null);
        refreshStatus();
    }

    /** The best match of what was typed in the search box (the first suggestion), if any. */
    public Optional<RegionSummary> bestMatch(String text) {
        List<RegionSummary> hits = search(text);
        return text == null || text.isBlank() || hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
    }

    /** Selects a region by code; unknown codes are ignored (returns false). */
    public boolean select(String code) {
        Optional<RegionProfile> profile = profile(code);
        if (profile.isEmpty()) {
            return false;
        }
        // Details first: listeners of the selected code read them.
        details.set(detailsOf(profile.get()));
        Map<String, BigDecimal> gaps = new HashMap<>();
        profile.get().provinces().stream().filter(c -> c.gapPrinted().isNumeric())
                .forEach(c -> gaps.put(c.provinceCode(), c.gapPrinted().value()));
        provinceGaps.set(Map.copyOf(gaps));
        styling.set(styling.get().withSelected(code));
        if (code.equals(comparedCode.get())) {
            comparedCode.set(null);
        }
        selectedCode.set(code);
        refreshComparison();
        refreshStatus();
        return true;
    }

    /** Clears the selection and the comparison; the status line returns to the atlas's summary (Esc, Close). */
    public void clearSelection() {
        lastPlace.set(null);
        deselect();
    }

    private void deselect() {
        details.set(null);
        provinceGaps.set(Map.of());
        styling.set(styling.get().withSelected(null));
        comparedCode.set(null);
        comparison.set(null);
        selectedCode.set(null);
        refreshStatus();
    }

    /**
     * The regions a text finds, best match first (exact name, then a name it starts, then Chinese, English and
     * pinyin names that contain it; see {@link RegionSearch}); all for empty text.
     */
    public List<RegionSummary> search(String text) {
        List<RegionSummary> hits = regionSearch.find(text);
        if (!hits.isEmpty()) {
            return hits;
        }
        return repository.findRegion(text).map(List::of).orElse(List.of());
    }

    /** Recolours the choropleth for a theme, keeping selection and hover (an indicator keeps its ColorBrewer classes). */
    public void applyTheme(MapTheme theme) {
        this.theme = theme;
        RegionStyling old = styling.get();
        if (old.indicator() != null) {
            return;
        }
        styling.set(RegionStyling.choropleth(old.values(), theme).withSelected(old.selected()).withHovered(old.hovered()));
    }

    /**
     * Maps an indicator instead of Table 1's rate (null: back to the atlas's own map), keeping the selection. A
     * region's gap shading belongs to Table 1 and is not drawn under another indicator.
     */
    public void showIndicator(org.cpatlas.render.IndicatorMap indicator) {
        RegionStyling old = styling.get();
        RegionStyling next = indicator == null
                ? RegionStyling.choropleth(RegionSummary.urbanizationRates2010(regions), theme)
                : RegionStyling.forIndicator(indicator);
        styling.set(next.withSelected(old.selected()).withHovered(old.hovered()));
    }

    /** Hover tooltip: name and rate with its unit, or "not reported"; under a region indicator, its value. */
    public String tooltipFor(String code) {
        org.cpatlas.render.IndicatorMap indicator = styling.get().indicator();
        return regions.stream().filter(r -> r.code().equals(code)).findFirst().map(r -> {
            String name = i18n.pick(r.nameZh(), r.nameEn());
            if (indicator != null && indicator.level() == org.cpatlas.domain.Level.REGION) {
                BigDecimal value = indicator.valueOf(code);
                return name + " — " + indicator.title() + ": " + (value == null ? i18n.get("panel.notReported")
                        : value.toPlainString() + (indicator.info().unit().isEmpty() ? ""
                        : " " + indicator.info().unit()));
            }
            String rate = FigureText.withUnit(r.urbanizationRate2010(), i18n);
            return name + " — " + i18n.get("panel.rate") + ": " + rate;
        }).orElse(code);
    }

    // ---- internals ----

    private Optional<RegionProfile> profile(String code) {
        if (code == null) {
            return Optional.empty();
        }
        RegionProfile cached = profiles.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<RegionProfile> loaded = repository.regionProfile(code);
        loaded.ifPresent(p -> profiles.put(code, p));
        return loaded;
    }

    /** Loads every region's profile and every figure now, so that later clicks never touch the database. */
    public void preloadProfiles() {
        regions.forEach(r -> profile(r.code()));
        observations();
    }

    // ---- tables ----

    /** The language the tables are worded in: the interface's. */
    public TableLanguage tableLanguage() {
        return i18n.tableLanguage();
    }

    /** Every region with its figures (the data view's first table). */
    public DataTable regionsTable() {
        return tables.computeIfAbsent("regions", k -> new RegionTables(tableLanguage()).regions(allProfiles(),
                regionFacts()));
    }

    /** The 40 region-province pairs of Table 1. */
    public DataTable pairsTable() {
        return tables.computeIfAbsent("pairs", k -> new RegionTables(tableLanguage()).pairs(allProfiles()));
    }

    /** Every figure of the atlas, one per row. */
    public DataTable allFiguresTable() {
        return tables.computeIfAbsent("figures", k -> new RegionTables(tableLanguage()).allFigures(observations(),
                regions.stream().map(RegionSummary::region).toList()));
    }

    /** A region's county list from the counties layer, with each county's basis and source; null for no region. */
    public DataTable countiesTable(String code) {
        Optional<RegionProfile> profile = profile(code);
        if (profile.isEmpty()) {
            return null;
        }
        return tables.computeIfAbsent("counties/" + code, k -> new RegionTables(tableLanguage()).counties(
                profile.get().region(), MemberCounty.of(identifier.counties().layer(), code)));
    }

    private List<RegionProfile> allProfiles() {
        return regions.stream().map(r -> profile(r.code())).flatMap(Optional::stream).toList();
    }

    private Map<String, RegionMapFacts> regionFacts() {
        return RegionMapFacts.of(identifier.regions().layer());
    }

    private List<Observation> observations() {
        if (observations == null) {
            observations = repository.observations();
        }
        return observations;
    }

    /** The panel texts of a region in the current language, made once per region and language. */
    private RegionDetails detailsOf(RegionProfile profile) {
        return detailsByRegion.computeIfAbsent(profile.region().code(), code -> newDetails(profile));
    }

    private RegionDetails newDetails(RegionProfile profile) {
        Feature feature = regionFeatures.get(profile.region().code());
        int counties = feature == null || feature.number("n_counties") == null ? -1
                : feature.number("n_counties").intValue();
        BoundaryQuality quality = BoundaryQuality.parse(feature == null ? null : feature.text("quality"));
        return RegionDetails.of(profile, counties, quality, i18n);
    }

    private void refreshDetails() {
        String code = selectedCode.get();
        if (code != null) {
            profile(code).ifPresent(p -> details.set(detailsOf(p)));
        }
    }

    private void refreshComparison() {
        String code = selectedCode.get();
        String other = comparedCode.get();
        if (code == null || other == null) {
            comparison.set(null);
            return;
        }
        RegionProfile a = profile(code).orElseThrow();
        RegionProfile b = profile(other).orElseThrow();
        RegionDetails da = detailsOf(a);
        RegionDetails db = detailsOf(b);
        List<GapBar> bars = new java.util.ArrayList<>(da.bars());
        db.bars().forEach(bar -> bars.add(bar.inSeries(1)));
        comparison.set(new ComparisonDetails(code, other, da.title(), db.title(),
                new RegionTables(tableLanguage()).comparison(a, b, regionFacts()), bars, da.quality(), db.quality()));
    }

    private void refreshStatus() {
        RegionDetails shown = details.get();
        if (shown != null) {
            ComparisonDetails both = comparison.get();
            status.set(both == null ? i18n.get("status.selected", shown.title())
                    : i18n.get("status.compared", shown.title(), both.otherTitle()));
        } else if (lastPlace.get() != null) {
            status.set(describe(lastPlace.get()));
        } else {
            status.set(i18n.get("status.ready", regions.size(), countyCount()));
        }
    }

    /** "91.130°E 29.650°N · 西藏自治区 · 城关区": where the last click was, in the interface language. */
    private String describe(Place place) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%.3f°E %.3f°N", place.lon(), place.lat()));
        place.province().ifPresent(p -> sb.append(" · ").append(i18n.pick(p.nameZh(), p.nameEn())));
        place.county().ifPresent(c -> sb.append(" · ").append(c.nameZh()));
        place.region().ifPresent(r -> sb.append(" · ").append(i18n.pick(r.nameZh(), r.nameEn())));
        if (place.region().isEmpty() && place.county().isPresent()) {
            // A county answers even outside the regions of the county list in force (issue 18).
            sb.append(" · ").append(i18n.get("county.noRegion"));
        }
        return sb.toString();
    }
}
