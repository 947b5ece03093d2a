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
import org.cpatlas.domain.RegionProfile;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.geo.BoundaryQuality;
import org.cpatlas.geo.Feature;
import org.cpatlas.geo.Place;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.RegionStyling;
import org.cpatlas.store.AtlasRepository;
import org.cpatlas.ui.I18n;

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

    /**
     * @param repository figures (queried once per region, then cached: a click must not wait for the database)
     * @param identifier what lies at a point
     * @param theme      supplies the choropleth palette
     */
    public AtlasViewModel(AtlasRepository repository, PlaceIdentifier identifier, I18n i18n, MapTheme theme) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.regions = List.copyOf(repository.regions());
        for (Feature f : identifier.regions().layer().features()) {
            regionFeatures.put(f.text("code"), f);
        }
        this.theme = theme;
        styling.set(RegionStyling.choropleth(RegionSummary.urbanizationRates2010(regions), theme));
        i18n.localeProperty().addListener(o -> {
            detailsByRegion.clear();
            refreshDetails();
        });
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
        Place place = identifier.identify(lon, lat);
        lastPlace.set(place);
        place.region().ifPresentOrElse(r -> select(r.code()), this::clearSelection);
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
        selectedCode.set(code);
        return true;
    }

    public void clearSelection() {
        details.set(null);
        provinceGaps.set(Map.of());
        styling.set(styling.get().withSelected(null));
        selectedCode.set(null);
    }

    /** Regions whose code, Chinese or English name contains the text, in official order; all for empty text. */
    public List<RegionSummary> search(String text) {
        String q = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return regions;
        }
        List<RegionSummary> hits = regions.stream()
                .filter(r -> r.code().contains(q) || r.nameZh().contains(q)
                        || r.nameEn().toLowerCase(Locale.ROOT).contains(q))
                .toList();
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

    /** Loads every region's profile now, so that later clicks never touch the database. */
    public void preloadProfiles() {
        regions.forEach(r -> profile(r.code()));
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
}
