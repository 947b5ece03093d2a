package org.cpatlas.print;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cpatlas.domain.Aggregate;
import org.cpatlas.domain.Aggregation;
import org.cpatlas.domain.IndicatorData;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.domain.UnitFigure;
import org.cpatlas.imports.CountyComparison;
import org.cpatlas.imports.Gazetteer;
import org.cpatlas.imports.NamedUnit;

/**
 * Region sheets on an indicator other than Table 1's: the region against its provinces and the whole country as the
 * window's indicator section and {@code atlas region NAME --indicator CODE} compare them ({@link CountyComparison}),
 * so a printed sheet cannot disagree with the panel. A county indicator's region, province and national values are
 * computed from counties and say how and from how many; a province table gives the provinces' printed values and no
 * value for the region; a region table gives the region's printed value. Every computed figure is flagged computed.
 */
public final class IndicatorSheets {

    /** The Chinese and English names of the national row. */
    static final String CHINA_ZH = "全国";
    static final String CHINA_EN = "China (mainland counties)";

    private final Gazetteer gazetteer;
    private final IndicatorData data;
    private final Aggregation how;
    private final Map<String, BigDecimal> weights;
    private final String weightTitle;

    /**
     * @param how         how county values are combined (a weighted mean needs {@code weights})
     * @param weights     for a weighted mean, each county's weight; else ignored
     * @param weightTitle the weighting indicator's title, for the words ("" if none)
     */
    public IndicatorSheets(Gazetteer gazetteer, IndicatorData data, Aggregation how, Map<String, BigDecimal> weights,
            String weightTitle) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.data = Objects.requireNonNull(data, "data");
        this.how = Objects.requireNonNull(how, "how");
        this.weights = Map.copyOf(weights);
        this.weightTitle = Objects.requireNonNullElse(weightTitle, "");
    }

    /** Each of {@code sheets} (Table 1's, for the region's names, boundary and order) on this indicator instead. */
    public List<RegionSheet> sheets(List<RegionSheet> sheets) {
        return sheets.stream().map(this::sheet).toList();
    }

    /** One region's sheet on this indicator. */
    public RegionSheet sheet(RegionSheet table1) {
        IndicatorInfo info = data.info();
        return switch (info.level()) {
            case COUNTY -> fromCounties(table1, info);
            case PROVINCE -> fromProvinces(table1, info);
            case REGION -> fromRegion(table1, info);
        };
    }

    private RegionSheet fromCounties(RegionSheet table1, IndicatorInfo info) {
        CountyComparison computed = CountyComparison.of(gazetteer, table1.code(), data.values(), how, weights,
                weightTitle);
        Aggregate region = computed.region();
        List<ProvinceRow> rows = new ArrayList<>();
        computed.provinces().forEach((code, province) -> {
            NamedUnit unit = gazetteer.province(code).orElse(new NamedUnit(code, code, ""));
            rows.add(computedRow(unit.nameZh(), unit.nameEn(), province, region,
                    province.describe("counties of the province on the map")));
        });
        if (!rows.isEmpty()) {
            rows.add(computedRow(CHINA_ZH, CHINA_EN, computed.nation(), region,
                    computed.nation().describe("mainland counties on the map")));
        }
        String note = "Computed [1]: " + region.describe();
        List<String> sources = List.of(
                "[1] " + info.title() + ": " + source(info),
                "    Computed by the atlas from these county values: the region from its member counties (the county"
                        + " list in force), each province from all its counties on the map, China from every mainland"
                        + " county on the map (Taiwan, Hong Kong and Macao have no 2012 county code and are not"
                        + " counted); each difference is the province's (or China's) value minus the region's.");
        return table1.withFigures(withUnit(region.value(), info.unit()), note, rows, sources,
                SheetWords.forIndicator(info.title(), info.unit(), "No province: the county list in force gives this"
                        + " region no county."));
    }

    private ProvinceRow computedRow(String nameZh, String nameEn, Aggregate unit, Aggregate region, String how) {
        BigDecimal difference = unit.value() != null && region.value() != null
                ? unit.value().subtract(region.value()) : null;
        Set<RowFlag> flags = EnumSet.of(RowFlag.COMPUTED);
        if (unit.value() == null) {
            flags.add(RowFlag.NOT_REPORTED);
        }
        return new ProvinceRow(nameZh, nameEn, unit.value(), null, difference, flags, "[1] " + how);
    }

    private RegionSheet fromProvinces(RegionSheet table1, IndicatorInfo info) {
        List<ProvinceRow> rows = new ArrayList<>();
        for (String code : gazetteer.provincesOfRegion(table1.code())) {
            NamedUnit unit = gazetteer.province(code).orElse(new NamedUnit(code, code, ""));
            UnitFigure figure = data.figures().get(code);
            BigDecimal value = figure == null ? null : figure.figure().value();
            Set<RowFlag> flags = value == null ? EnumSet.of(RowFlag.NOT_REPORTED) : EnumSet.noneOf(RowFlag.class);
            rows.add(new ProvinceRow(unit.nameZh(), unit.nameEn(), value, null, null, flags,
                    figure == null ? "no row for this province" : figure.figure().source().citation()));
        }
        return table1.withFigures(Numbers.NOT_REPORTED, "A table of provinces gives no value for the region", rows,
                List.of("[1] " + info.title() + ": " + source(info)),
                SheetWords.forIndicator(info.title(), info.unit(), "No province: the county list in force gives this"
                        + " region no county."));
    }

    private RegionSheet fromRegion(RegionSheet table1, IndicatorInfo info) {
        UnitFigure figure = data.figures().get(table1.code());
        BigDecimal value = figure == null ? null : figure.figure().value();
        String note = figure == null ? "No row for this region in the table"
                : figure.figure().source().citation() + (figure.note().isEmpty() ? "" : "; " + figure.note());
        return table1.withFigures(withUnit(value, info.unit()), note, List.of(),
                List.of("[1] " + info.title() + ": " + source(info)),
                SheetWords.forIndicator(info.title(), info.unit(), "A table of regions gives no province values."));
    }

    private static String source(IndicatorInfo info) {
        return info.source().isEmpty() ? "source not given" : info.source();
    }

    private static String withUnit(BigDecimal value, String unit) {
        if (value == null) {
            return Numbers.NOT_REPORTED;
        }
        return Numbers.plain(value) + (unit.isEmpty() ? "" : " " + unit);
    }
}
