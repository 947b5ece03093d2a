package org.cpatlas.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.ProvinceComparison;
import org.cpatlas.domain.RegionProfile;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.domain.Source;
import org.cpatlas.geo.BoundaryQuality;
import org.cpatlas.render.DrawableLayer;
import org.cpatlas.render.MapLayers;
import org.cpatlas.render.MapOptions;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.RegionStyling;
import org.cpatlas.store.AtlasRepository;
import org.cpatlas.tables.DataTable;
import org.cpatlas.tables.RegionMapFacts;
import org.cpatlas.tables.RegionTables;
import org.cpatlas.tables.TableLanguage;

/**
 * The thin adapter from the store (figures with their sources) and the map layers to what pages draw:
 * region sheets and the atlas choropleth. Values are passed through as printed; sources become numbered notes.
 */
public final class StoreSheets {

    public static final String LEGEND_TITLE = "Urbanization rate 2010 (%) 城镇化率";

    private final AtlasRepository repository;
    private final MapLayers layers;

    public StoreSheets(AtlasRepository repository, MapLayers layers) {
        this.repository = repository;
        this.layers = layers;
    }

    /** The choropleth of the 2010 urbanization rate; regions without a rate stay out of the classes (hatched). */
    public RegionStyling styling(MapTheme theme) {
        return RegionStyling.choropleth(RegionSummary.urbanizationRates2010(repository.regions()), theme);
    }

    public MapContent content(MapTheme theme, LocalDate date) {
        return new MapContent(layers, styling(theme), MapOptions.defaults(), LEGEND_TITLE, Credits.SOURCE_LINE, date);
    }

    /** The sheet of the region named by code or name, if the store knows it. */
    public Optional<RegionSheet> sheet(String nameOrCode) {
        return repository.findRegion(nameOrCode)
                .flatMap(region -> repository.regionProfile(region.code()))
                .map(this::sheet);
    }

    /** All sheets, in the official order. */
    public List<RegionSheet> sheets() {
        List<RegionSheet> sheets = new ArrayList<>();
        for (RegionSummary region : repository.regions()) {
            repository.regionProfile(region.code()).map(this::sheet).ifPresent(sheets::add);
        }
        return sheets;
    }

    /**
     * The sheet of two regions compared, named by code or name, if the store knows both: the key figures of both
     * (English headers, as every sheet) and their Table 1 rows.
     */
    public Optional<ComparisonSheet> comparison(String first, String second) {
        Optional<RegionProfile> a = repository.findRegion(first).flatMap(r -> repository.regionProfile(r.code()));
        Optional<RegionProfile> b = repository.findRegion(second).flatMap(r -> repository.regionProfile(r.code()));
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        DataTable table = new RegionTables(TableLanguage.ENGLISH).comparison(a.get(), b.get(),
                RegionMapFacts.of(layers.regions().layer()));
        return Optional.of(new ComparisonSheet(a.get().region().nameZh(), a.get().region().nameEn(),
                b.get().region().nameZh(), b.get().region().nameEn(), table, sheet(a.get()).rows(),
                sheet(b.get()).rows()));
    }

    RegionSheet sheet(RegionProfile profile) {
        RegionSummary summary = profile.summary();
        // Sources are numbered in first-use order; rows cite them as [n], the list groups them by document.
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, Source> byId = new LinkedHashMap<>();
        Figure rate = summary.urbanizationRate2010();
        String rateNote = "Source [" + number(rate.source(), numbers, byId) + "]";
        List<ProvinceRow> rows = new ArrayList<>();
        for (ProvinceComparison row : profile.provinces()) {
            StringBuilder refs = new StringBuilder();
            for (Figure figure : List.of(row.provinceRate(), row.gapPrinted(), row.gapComputed())) {
                String ref = "[" + number(figure.source(), numbers, byId) + "]";
                if (refs.indexOf(ref) < 0) {
                    refs.append(ref);
                }
            }
            rows.add(new ProvinceRow(row.nameZh(), row.nameEn(), row.provinceRate().value(), row.gapPrinted().value(),
                    row.gapComputed().value(), flags(row), refs.toString()));
        }
        return new RegionSheet(summary.code(), summary.region().seq(), summary.nameZh(), summary.nameEn(),
                quality(summary.code()), rate.isNumeric() ? rate.display() + " %" : rate.display(), rateNote, rows,
                sourceLines(byId.values(), numbers));
    }

    private static int number(Source source, Map<String, Integer> numbers, Map<String, Source> byId) {
        byId.putIfAbsent(source.id(), source);
        return numbers.computeIfAbsent(source.id(), id -> numbers.size() + 1);
    }

    /** Each document once, then "[n] table/line: quote" for each place in it, as the region command prints them. */
    static List<String> sourceLines(Collection<Source> sources, Map<String, Integer> numbers) {
        Map<String, List<Source>> byDocument = new LinkedHashMap<>();
        for (Source source : sources) {
            byDocument.computeIfAbsent(source.document(), d -> new ArrayList<>()).add(source);
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<Source>> document : byDocument.entrySet()) {
            String url = document.getValue().stream().map(Source::url).filter(u -> !u.isEmpty()).findFirst()
                    .map(u -> " <" + u + ">").orElse("");
            lines.add(document.getKey() + url);
            for (Source source : document.getValue()) {
                StringBuilder line = new StringBuilder("    [" + numbers.get(source.id()) + "] " + source.location());
                if (!source.quote().isEmpty()) {
                    line.append(": \u201c").append(source.quote()).append('\u201d');
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }

    private static Set<RowFlag> flags(ProvinceComparison row) {
        Set<RowFlag> flags = EnumSet.noneOf(RowFlag.class);
        if (row.has(Flag.CONFLICT)) {
            flags.add(RowFlag.CONFLICT);
        }
        if (row.has(Flag.NOT_REPORTED)) {
            flags.add(RowFlag.NOT_REPORTED);
        }
        return flags;
    }


    /** The boundary quality recorded in regions.shp; a region missing from the layer counts as approximate. */
    private BoundaryQuality quality(String code) {
        DrawableLayer regions = layers.regions();
        int index = regions.indexOf("code", code);
        return index < 0 ? BoundaryQuality.APPROXIMATE : BoundaryQuality.parse(regions.feature(index).text("quality"));
    }
}
