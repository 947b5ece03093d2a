package org.cpatlas.ui.viewmodel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cpatlas.domain.Aggregate;
import org.cpatlas.domain.Aggregation;
import org.cpatlas.domain.IndicatorData;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.domain.Level;
import org.cpatlas.domain.UnitFigure;
import org.cpatlas.imports.County;
import org.cpatlas.imports.CountyComparison;
import org.cpatlas.imports.Gazetteer;
import org.cpatlas.render.ClassSpec;
import org.cpatlas.render.IndicatorMap;
import org.cpatlas.render.MapTheme;
import org.cpatlas.store.IndicatorCatalog;
import org.cpatlas.ui.kit.I18n;

/**
 * Which indicator the map shows and how it is classed, and how the selected region compares with its provinces on
 * it: the state behind the indicator picker, the class controls and the panel's indicator section. No controls.
 */
public final class IndicatorViewModel {

    private final IndicatorCatalog catalog;
    private Gazetteer gazetteer;
    private org.cpatlas.render.MapLayers layers;
    private final I18n i18n;
    private final Consumer<IndicatorMap> onMap;
    private final Map<String, IndicatorData> data = new HashMap<>();
    /**
     * The indicators classed lately, by their figures (the very data read, see {@link #data}) and classes: switching
     * back to one shows the same map instead of classing every value and counting every unit of the layer again, a
     * third of the JavaFX thread's work in an indicator switch (a flight recording of the switches). A few, most
     * recent last: each holds its values, which the data read holds anyway.
     */
    private final Map<ClassedKey, IndicatorMap> classed = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ClassedKey, IndicatorMap> eldest) {
            return size() > CLASSED_KEPT;
        }
    };
    private static final int CLASSED_KEPT = 4;

    private final ObservableList<IndicatorInfo> indicators = FXCollections.observableArrayList();
    private final ObjectProperty<IndicatorInfo> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<ClassSpec> spec = new SimpleObjectProperty<>(this, "spec", ClassSpec.table1());
    private final ReadOnlyObjectWrapper<IndicatorMap> map = new ReadOnlyObjectWrapper<>(this, "map");
    private final ObjectProperty<Aggregation> aggregation = new SimpleObjectProperty<>(this, "aggregation",
            Aggregation.MEAN);
    private final ObjectProperty<IndicatorInfo> weight = new SimpleObjectProperty<>(this, "weight");
    private boolean shownOnce;

    /**
     * @param onMap told the indicator to draw (null: the atlas's own Table 1 map, as at start)
     */
    public IndicatorViewModel(IndicatorCatalog catalog, Gazetteer gazetteer, org.cpatlas.render.MapLayers layers,
            I18n i18n, Consumer<IndicatorMap> onMap) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.layers = Objects.requireNonNull(layers, "layers");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.onMap = Objects.requireNonNull(onMap, "onMap");
        indicators.setAll(catalog.mappable());
        selected.set(indicators.isEmpty() ? null : indicators.get(0));
        selected.addListener((o, old, info) -> {
            ClassSpec wanted = info == null || IndicatorCatalog.TABLE1_RATE.equals(info.code()) ? ClassSpec.table1()
                    : ClassSpec.defaults();
            if (info != null && (old == null || !old.code().equals(info.code())) && !wanted.equals(spec.get())) {
                spec.set(wanted); // redraws
            } else {
                redraw();
            }
        });
        spec.addListener(o -> redraw());
    }

    // ---- state ----

    public ObservableList<IndicatorInfo> indicators() {
        return FXCollections.unmodifiableObservableList(indicators);
    }

    public ObjectProperty<IndicatorInfo> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ClassSpec> specProperty() {
        return spec;
    }

    /** The indicator drawn, or null while the atlas's own map is shown. */
    public ReadOnlyObjectProperty<IndicatorMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    public ObjectProperty<Aggregation> aggregationProperty() {
        return aggregation;
    }

    /** For a weighted mean, the county indicator that weighs (population, for a per-person figure). */
    public ObjectProperty<IndicatorInfo> weightProperty() {
        return weight;
    }

    /** County indicators other than the one shown: what a mean can be weighted by. */
    public List<IndicatorInfo> weights() {
        IndicatorInfo shown = selected.get();
        return indicators.stream().filter(i -> i.level() == Level.COUNTY)
                .filter(i -> shown == null || !i.code().equals(shown.code())).toList();
    }

    // ---- commands ----

    /** Shows an indicator by code (for scripts and tests); false when there is none. */
    public boolean select(String code) {
        Optional<IndicatorInfo> info = indicators.stream().filter(i -> i.code().equals(code)).findFirst();
        info.ifPresent(selected::set);
        return info.isPresent();
    }

    /** Reads the list again after an import or a removal; a removed indicator gives way to Table 1's map. */
    public void refresh() {
        data.clear();
        classed.clear();
        String current = selected.get() == null ? null : selected.get().code();
        indicators.setAll(catalog.mappable());
        Optional<IndicatorInfo> still = indicators.stream().filter(i -> i.code().equals(current)).findFirst();
        if (still.isPresent()) {
            selected.set(still.get());
            redraw();
        } else {
            selected.set(indicators.isEmpty() ? null : indicators.get(0));
        }
        if (weight.get() != null && indicators.stream().noneMatch(i -> i.code().equals(weight.get().code()))) {
            weight.set(null);
        }
    }

    /**
     * Compares and draws by another county list (the list in force changed): a region's member counties from
     * {@code newGazetteer}, the units drawn from {@code newLayers}; the indicator shown is drawn again.
     */
    public void useMaps(Gazetteer newGazetteer, org.cpatlas.render.MapLayers newLayers) {
        this.gazetteer = Objects.requireNonNull(newGazetteer, "newGazetteer");
        this.layers = Objects.requireNonNull(newLayers, "newLayers");
        data.clear();
        classed.clear();
        if (map.get() != null) {
            redraw();
        }
    }

    private void redraw() {
        IndicatorInfo info = selected.get();
        if (info == null || !shownOnce && IndicatorCatalog.TABLE1_RATE.equals(info.code())
                && spec.get().equals(ClassSpec.table1())) {
            // At start the atlas's own map stays exactly as it always was.
            map.set(null);
            onMap.accept(null);
            return;
        }
        shownOnce = true;
        ClassSpec how = spec.get();
        IndicatorMap drawn = data(info.code()).map(d -> classed.computeIfAbsent(new ClassedKey(d, how), k ->
                IndicatorMap.of(d, how, MapTheme.light().notReported(), IndicatorMap.unitsOf(info.level(), layers))))
                .orElse(null);
        map.set(drawn);
        onMap.accept(drawn);
    }

    /** An indicator's figures as read (compared by identity: read again, they are classed again) and its classes. */
    private record ClassedKey(IndicatorData data, ClassSpec spec) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ClassedKey k && k.data == data && k.spec.equals(spec);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(data) * 31 + spec.hashCode();
        }
    }

    private Optional<IndicatorData> data(String code) {
        IndicatorData cached = data.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<IndicatorData> loaded = catalog.data(code);
        loaded.ifPresent(d -> data.put(code, d));
        return loaded;
    }

    // ---- what the map and the panel show ----

    /** The hover text of a county or province under a unit indicator: name and value, or "not reported". */
    public String unitTooltip(Level level, String code) {
        IndicatorMap shown = map.get();
        String name = switch (level) {
            case COUNTY -> gazetteer.county(code).map(County::nameZh).orElse(code);
            case PROVINCE -> gazetteer.province(code).map(p -> i18n.pick(p.nameZh(), p.nameEn())).orElse(code);
            case REGION -> gazetteer.region(code).map(r -> i18n.pick(r.nameZh(), r.nameEn())).orElse(code);
        };
        if (shown == null) {
            return name;
        }
        BigDecimal value = shown.valueOf(code);
        return name + " — " + shown.title() + ": " + (value == null ? i18n.get("panel.notReported")
                : withUnit(value, shown.info().unit()));
    }

    /**
     * The indicator shown with the method chosen, for printed sheets, or null while Table 1's own map is shown. A
     * weighted mean without a weight falls back to the mean, as the section does.
     */
    public ComparisonBasis comparisonBasis() {
        IndicatorMap shown = map.get();
        IndicatorData figures = shown == null ? null : data(shown.info().code()).orElse(null);
        if (figures == null) {
            return null;
        }
        Aggregation how = aggregation.get();
        if (how == Aggregation.WEIGHTED_MEAN && weight.get() != null) {
            return new ComparisonBasis(gazetteer, figures, how, data(weight.get().code()).map(IndicatorData::values)
                    .orElse(Map.of()), weight.get().title());
        }
        return new ComparisonBasis(gazetteer, figures, how == Aggregation.WEIGHTED_MEAN ? Aggregation.MEAN : how,
                Map.of(), "");
    }

    /** The selected region against its provinces on the indicator shown, or null for Table 1's own map. */
    public IndicatorComparison comparison(String regionCode) {
        IndicatorMap shown = map.get();
        if (shown == null || regionCode == null) {
            return null;
        }
        IndicatorData figures = data(shown.info().code()).orElse(null);
        if (figures == null) {
            return null;
        }
        return switch (shown.level()) {
            case COUNTY -> fromCounties(shown, figures, regionCode);
            case PROVINCE -> fromProvinces(shown, figures, regionCode);
            case REGION -> fromRegion(shown, figures, regionCode);
        };
    }

    private IndicatorComparison fromCounties(IndicatorMap shown, IndicatorData figures, String regionCode) {
        Aggregation how = aggregation.get();
        Map<String, BigDecimal> weights = Map.of();
        String weightTitle = "";
        if (how == Aggregation.WEIGHTED_MEAN) {
            if (weight.get() == null) {
                how = Aggregation.MEAN;
            } else {
                weights = data(weight.get().code()).map(IndicatorData::values).orElse(Map.of());
                weightTitle = weight.get().title();
            }
        }
        CountyComparison computed = CountyComparison.of(gazetteer, regionCode, figures.values(), how, weights,
                weightTitle);
        Aggregate region = computed.region();
        String unit = shown.info().unit();
        List<ProvinceRow> rows = new ArrayList<>();
        List<GapBar> bars = new ArrayList<>();
        computed.provinces().forEach((p, province) -> {
            String name = gazetteer.province(p).map(u -> i18n.pick(u.nameZh(), u.nameEn())).orElse(p);
            BigDecimal difference = difference(province, region);
            String note = i18n.get("indicator.provinceNote", coverage(province));
            rows.add(new ProvinceRow(name, text(province.value(), unit), coverage(province), text(difference, unit),
                    i18n.get("indicator.computed"), false, difference == null, note));
            bars.add(new GapBar(name, difference, null, false, difference == null, note));
        });
        sortBars(bars);
        Aggregate nation = computed.nation();
        BigDecimal nationDifference = difference(nation, region);
        String nationCoverage = nationalCoverage(nation);
        String nationNote = i18n.get("indicator.nationalNote", nationCoverage);
        String nationName = i18n.get("indicator.national");
        ProvinceRow national = new ProvinceRow(nationName, text(nation.value(), unit), nationCoverage,
                text(nationDifference, unit), i18n.get("indicator.computed"), false, nationDifference == null,
                nationNote);
        bars.add(new GapBar(nationName, nationDifference, null, false, nationDifference == null, nationNote,
                GapBar.NATIONAL));
        return new IndicatorComparison(shown.title(), text(region.value(), unit),
                i18n.get("indicator.regionNote", coverage(region)), true, rows, bars, true, national);
    }

    private static BigDecimal difference(Aggregate unit, Aggregate region) {
        return unit.value() != null && region.value() != null ? unit.value().subtract(region.value()) : null;
    }

    private IndicatorComparison fromProvinces(IndicatorMap shown, IndicatorData figures, String regionCode) {
        String unit = shown.info().unit();
        List<ProvinceRow> rows = new ArrayList<>();
        List<GapBar> bars = new ArrayList<>();
        for (String p : gazetteer.provincesOfRegion(regionCode)) {
            UnitFigure f = figures.figures().get(p);
            String name = gazetteer.province(p).map(u -> i18n.pick(u.nameZh(), u.nameEn())).orElse(p);
            BigDecimal value = f == null ? null : f.figure().value();
            String source = f == null ? "" : f.figure().source().citation();
            rows.add(new ProvinceRow(name, text(value, unit), "", "", "", false, value == null, source));
        }
        return new IndicatorComparison(shown.title(), i18n.get("panel.notReported"),
                i18n.get("indicator.noRegionFromProvinces"), false, rows, bars, false);
    }

    private IndicatorComparison fromRegion(IndicatorMap shown, IndicatorData figures, String regionCode) {
        UnitFigure f = figures.figures().get(regionCode);
        BigDecimal value = f == null ? null : f.figure().value();
        String source = f == null ? i18n.get("indicator.noRow") : f.figure().source().citation()
                + (f.note().isEmpty() ? "" : "; " + f.note());
        return new IndicatorComparison(shown.title(), text(value, shown.info().unit()), source, false, List.of(),
                List.of(), false);
    }

    /** "mean of 2,601 of 2,855 mainland counties on the map; 254 not reported; Taiwan, … not counted". */
    private String nationalCoverage(Aggregate a) {
        return i18n.get("indicator.nationalCoverage", method(a), a.covered(), a.members(), a.notReported());
    }

    private String method(Aggregate a) {
        return a.how() == Aggregation.WEIGHTED_MEAN
                ? i18n.get("aggregation.weighted-mean", a.weight()) : i18n.get("aggregation." + a.how().key());
    }

    private String coverage(Aggregate a) {
        String method = a.how() == Aggregation.WEIGHTED_MEAN
                ? i18n.get("aggregation.weighted-mean", a.weight()) : i18n.get("aggregation." + a.how().key());
        return i18n.get("indicator.coverage", method, a.covered(), a.members(), a.notReported());
    }

    private String text(BigDecimal value, String unit) {
        if (value == null) {
            return i18n.get("panel.notReported");
        }
        return withUnit(value, unit);
    }

    private static String withUnit(BigDecimal value, String unit) {
        return value.toPlainString() + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }

    private static void sortBars(List<GapBar> bars) {
        bars.sort(Comparator.comparing(GapBar::notReported).thenComparing(
                b -> b.printed() == null ? BigDecimal.ZERO : b.printed(), Comparator.reverseOrder()));
    }
}
