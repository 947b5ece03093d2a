package org.cpatlas.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.Indicator;
import org.cpatlas.domain.Observation;
import org.cpatlas.domain.ProvinceComparison;
import org.cpatlas.domain.Region;
import org.cpatlas.domain.RegionProfile;
import org.cpatlas.domain.Source;
import org.cpatlas.domain.SubjectKind;

/**
 * The atlas's tables, built once for the window and the command line alike: every region with its figures, the
 * region-province pairs of Table 1, one region's provinces, figures and counties, every figure, and two regions side
 * by side. Headers are in the table's language; places are named in Chinese and English, in columns of their own.
 */
public final class RegionTables {

    /** Indicators shown first among a region's figures, in this order; the others follow as the data lists them. */
    private static final List<String> KEY_INDICATORS = List.of("counties_in_official_list", "area", "total_population");

    private final TableLanguage language;

    public RegionTables(TableLanguage language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    public TableLanguage language() {
        return language;
    }

    /**
     * Every region with its figures: names, provinces, Table 1's rate, counties in the map layer, boundary, and every
     * indicator some source gives for a whole region (one column each; a region without it reads "not reported").
     */
    public DataTable regions(List<RegionProfile> profiles, Map<String, RegionMapFacts> facts) {
        List<Indicator> indicators = regionIndicators(profiles);
        List<Column> columns = new ArrayList<>(List.of(
                Column.words("seq", text("col.seq")),
                Column.words("region_zh", text("col.regionZh")),
                Column.words("region_en", text("col.regionEn")),
                Column.words("provinces_zh", text("col.provincesZh")),
                Column.words("provinces_en", text("col.provincesEn")),
                Column.figures("rate_2010", text("col.rate2010")),
                Column.figures("counties_in_layer", text("col.countiesLayer"))));
        int official = indexOf(indicators, "counties_in_official_list");
        if (official >= 0) {
            columns.add(indicatorColumn(indicators.get(official)));
        }
        columns.add(Column.words("boundary", text("col.boundary")));
        for (Indicator indicator : indicators) {
            if (!indicator.code().equals("counties_in_official_list")) {
                columns.add(indicatorColumn(indicator));
            }
        }
        List<DataTable.Row> rows = new ArrayList<>();
        for (RegionProfile profile : profiles) {
            Region region = profile.region();
            RegionMapFacts fact = facts.getOrDefault(region.code(), RegionMapFacts.unknown(region.code()));
            List<Cell> cells = new ArrayList<>(List.of(
                    Cell.words(Integer.toString(region.seq())),
                    Cell.words(region.nameZh()),
                    Cell.words(region.nameEn()),
                    Cell.words(profile.provinces().stream().map(ProvinceComparison::nameZh)
                            .collect(Collectors.joining("、"))),
                    Cell.words(profile.provinces().stream().map(ProvinceComparison::nameEn)
                            .collect(Collectors.joining(", "))),
                    Cell.figure(profile.summary().urbanizationRate2010()),
                    countiesInLayer(fact)));
            if (official >= 0) {
                cells.add(indicatorCell(profile, indicators.get(official).code()));
            }
            cells.add(Cell.words(text("boundary." + fact.quality().code())));
            for (Indicator indicator : indicators) {
                if (!indicator.code().equals("counties_in_official_list")) {
                    cells.add(indicatorCell(profile, indicator.code()));
                }
            }
            rows.add(new DataTable.Row(region.code(), cells));
        }
        return new DataTable(text("table.regions"), language, columns, rows);
    }

    /** The region-province pairs of Table 1 in the paper's order: both rates, the printed gap and the computed one. */
    public DataTable pairs(List<RegionProfile> profiles) {
        List<Column> columns = List.of(
                Column.words("region_zh", text("col.regionZh")),
                Column.words("region_en", text("col.regionEn")),
                Column.words("province_zh", text("col.provinceZh")),
                Column.words("province_en", text("col.provinceEn")),
                Column.figures("region_rate", text("col.regionRate")),
                Column.figures("province_rate", text("col.provinceRate")),
                Column.figures("gap_printed", text("col.gapPrinted")),
                Column.figures("gap_computed", text("col.gapComputed")));
        List<DataTable.Row> rows = new ArrayList<>();
        for (RegionProfile profile : profiles) {
            Region region = profile.region();
            for (ProvinceComparison pair : profile.provinces()) {
                rows.add(new DataTable.Row(region.code() + "/" + pair.provinceCode(), List.of(
                        Cell.words(region.nameZh()), Cell.words(region.nameEn()),
                        Cell.words(pair.nameZh()), Cell.words(pair.nameEn()),
                        Cell.figure(profile.summary().urbanizationRate2010()), Cell.figure(pair.provinceRate()),
                        Cell.figure(pair.gapPrinted()), Cell.figure(pair.gapComputed()))));
            }
        }
        return new DataTable(text("table.pairs"), language, columns, rows);
    }

    /** One region's provinces, as its panel shows them: rate, printed gap, computed gap. */
    public DataTable provinces(RegionProfile profile) {
        List<Column> columns = List.of(
                Column.words("province_zh", text("col.provinceZh")),
                Column.words("province_en", text("col.provinceEn")),
                Column.figures("province_rate", text("col.provinceRate")),
                Column.figures("gap_printed", text("col.gapPrinted")),
                Column.figures("gap_computed", text("col.gapComputed")));
        List<DataTable.Row> rows = new ArrayList<>();
        for (ProvinceComparison pair : profile.provinces()) {
            rows.add(new DataTable.Row(pair.provinceCode(), List.of(Cell.words(pair.nameZh()),
                    Cell.words(pair.nameEn()), Cell.figure(pair.provinceRate()), Cell.figure(pair.gapPrinted()),
                    Cell.figure(pair.gapComputed()))));
        }
        return new DataTable(text("table.provinces", name(profile.region())), language, columns, rows);
    }

    /** One region's figures other than Table 1's, one per row, as its panel lists them. */
    public DataTable figures(RegionProfile profile) {
        return observations(text("table.figures", name(profile.region())), profile.otherFigures(),
                Map.of(profile.region().code(), profile.region()), false);
    }

    /** Every figure of the atlas, one per row, with the region it belongs to (if any). */
    public DataTable allFigures(List<Observation> observations, List<Region> regions) {
        Map<String, Region> byCode = new LinkedHashMap<>();
        regions.forEach(r -> byCode.put(r.code(), r));
        return observations(text("table.allFigures"), observations, byCode, true);
    }

    /** A region's county list: each county, where it lies, and on what evidence it belongs to the region. */
    public DataTable counties(Region region, List<MemberCounty> counties) {
        List<Column> columns = List.of(
                Column.words("county_code", text("col.countyCode")),
                Column.words("county", text("col.county")),
                Column.words("prefecture", text("col.prefecture")),
                Column.words("province", text("col.province")),
                Column.words("basis", text("col.basis")),
                Column.words("source", text("col.countySource")));
        List<DataTable.Row> rows = new ArrayList<>();
        for (MemberCounty county : counties) {
            rows.add(new DataTable.Row(county.code(), List.of(Cell.words(county.code()), Cell.words(county.nameZh()),
                    Cell.words(county.prefectureZh()), Cell.words(county.provinceZh()), Cell.words(basis(county.basis())),
                    Cell.words(county.source()))));
        }
        return new DataTable(text("table.counties", name(region)), language, columns, rows);
    }

    /**
     * Two regions side by side: Table 1's rate, counties in the map layer, and every indicator some source gives for
     * either region as a whole, one row each.
     */
    public DataTable comparison(RegionProfile a, RegionProfile b, Map<String, RegionMapFacts> facts) {
        List<Column> columns = List.of(
                Column.words("figure", text("col.what")),
                Column.figures(a.region().code(), name(a.region())),
                Column.figures(b.region().code(), name(b.region())));
        List<DataTable.Row> rows = new ArrayList<>();
        rows.add(new DataTable.Row("rate_2010", List.of(Cell.words(text("col.rate2010")),
                Cell.figure(a.summary().urbanizationRate2010()), Cell.figure(b.summary().urbanizationRate2010()))));
        rows.add(new DataTable.Row("counties_in_layer", List.of(Cell.words(text("col.countiesLayer")),
                countiesInLayer(facts.getOrDefault(a.region().code(), RegionMapFacts.unknown(a.region().code()))),
                countiesInLayer(facts.getOrDefault(b.region().code(), RegionMapFacts.unknown(b.region().code()))))));
        for (Indicator indicator : regionIndicators(List.of(a, b))) {
            rows.add(new DataTable.Row(indicator.code(), List.of(Cell.words(indicatorName(indicator)),
                    indicatorCell(a, indicator.code()), indicatorCell(b, indicator.code()))));
        }
        return new DataTable(text("table.comparison", name(a.region()), name(b.region())), language, columns, rows);
    }

    // ---- internals ----

    private DataTable observations(String title, List<Observation> observations, Map<String, Region> regions,
            boolean withRegion) {
        List<Column> columns = new ArrayList<>();
        if (withRegion) {
            columns.add(Column.words("region_zh", text("col.regionZh")));
            columns.add(Column.words("region_en", text("col.regionEn")));
        }
        columns.addAll(List.of(
                Column.words("indicator", text("col.indicator")),
                Column.words("subject", text("col.subject")),
                Column.words("year", text("col.year")),
                Column.figures("value", text("col.value")),
                Column.words("scope", text("col.scope")),
                Column.words("note", text("col.note"))));
        List<DataTable.Row> rows = new ArrayList<>();
        for (Observation o : observations) {
            List<Cell> cells = new ArrayList<>();
            if (withRegion) {
                Region region = o.subject().regionCode() == null ? null : regions.get(o.subject().regionCode());
                cells.add(Cell.words(region == null ? "" : region.nameZh()));
                cells.add(Cell.words(region == null ? "" : region.nameEn()));
            }
            cells.addAll(List.of(
                    Cell.words(indicatorName(o.indicator())),
                    Cell.words(o.subject().label()),
                    Cell.words(o.figure().year() == null ? "" : o.figure().year().toString()),
                    Cell.figure(o.figure()),
                    Cell.words(o.scope()),
                    Cell.words(o.note())));
            rows.add(new DataTable.Row(o.subject().regionCode() == null ? "" : o.subject().regionCode(), cells));
        }
        return new DataTable(title, language, columns, rows);
    }

    /** Indicators with a figure about a whole region in any of the profiles: the key ones first, then as listed. */
    private static List<Indicator> regionIndicators(List<RegionProfile> profiles) {
        Map<String, Indicator> found = new LinkedHashMap<>();
        for (RegionProfile profile : profiles) {
            for (Observation o : wholeRegion(profile)) {
                found.putIfAbsent(o.indicator().code(), o.indicator());
            }
        }
        List<Indicator> ordered = new ArrayList<>();
        for (String key : KEY_INDICATORS) {
            if (found.containsKey(key)) {
                ordered.add(found.remove(key));
            }
        }
        ordered.addAll(found.values());
        return ordered;
    }

    private static List<Observation> wholeRegion(RegionProfile profile) {
        return profile.otherFigures().stream()
                .filter(o -> o.subject().kind() == SubjectKind.REGION)
                .filter(o -> profile.region().code().equals(o.subject().regionCode()))
                .toList();
    }

    private static Cell indicatorCell(RegionProfile profile, String indicator) {
        List<Cell.Entry> entries = wholeRegion(profile).stream()
                .filter(o -> o.indicator().code().equals(indicator))
                .map(o -> new Cell.Entry(o.figure(), o.scope()))
                .toList();
        return new Cell.Figures(entries);
    }

    private Column indicatorColumn(Indicator indicator) {
        return Column.figures(indicator.code(), indicatorName(indicator));
    }

    private String indicatorName(Indicator indicator) {
        return language.isChinese() && !indicator.nameZh().isBlank() ? indicator.nameZh() : indicator.nameEn();
    }

    /** The count of member counties in the map layer: computed by the atlas, cited as its county list. */
    private Cell countiesInLayer(RegionMapFacts fact) {
        Source layer = new Source("atlas_county_list", text("source.layer.document"), text("source.layer.location"),
                "", "");
        Figure figure = fact.countiesInLayer() == null
                ? Figure.notReported("counties", null, layer, Set.of(Flag.COMPUTED))
                : Figure.of(BigDecimal.valueOf(fact.countiesInLayer()), "counties", null, layer, Set.of(Flag.COMPUTED));
        return Cell.figure(figure);
    }

    private String basis(String basis) {
        String key = "basis." + basis.strip().replace(' ', '_');
        String words = language.text(key);
        return words.startsWith("!") ? basis : words;
    }

    private String name(Region region) {
        return language.pick(region.nameZh(), region.nameEn());
    }

    private static int indexOf(List<Indicator> indicators, String code) {
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private String text(String key, Object... args) {
        return language.text(key, args);
    }
}
