package org.cpatlas.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpatlas.domain.Aggregate;
import org.cpatlas.domain.Aggregation;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.IndicatorData;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.domain.Level;
import org.cpatlas.domain.UnitFigure;
import org.cpatlas.imports.CountyComparison;
import org.cpatlas.imports.Gazetteer;
import org.cpatlas.imports.NamedUnit;

/**
 * What {@code region NAME --indicator CODE} adds: the region's value on the indicator against each of its provinces
 * and, for a county indicator, against the whole country computed the same way from every mainland county of the map,
 * each computed value flagged computed with its method and coverage; a province or region table's values as the
 * table gives them.
 *
 * @param info      the indicator
 * @param regionZh  the region's Chinese name, for the table
 * @param rows      region, provinces, then China (for a county indicator)
 */
record RegionIndicatorView(IndicatorInfo info, String regionZh, List<Row> rows) {

    /** Row kinds, in the order they are listed. */
    enum Kind { region, province, china }

    /**
     * One unit's value.
     *
     * @param difference value − region's value (computed), or null
     * @param how        for a computed value its method and coverage; else the table's source
     * @param aggregate  the computation, or null for a value the table gives
     */
    record Row(Kind kind, String code, String nameZh, String nameEn, BigDecimal value, BigDecimal difference,
            String how, Aggregate aggregate) {
    }

    static RegionIndicatorView of(IndicatorData data, Gazetteer gazetteer, String regionCode, Aggregation how,
            IndicatorData weights) {
        IndicatorInfo info = data.info();
        NamedUnit region = gazetteer.region(regionCode).orElse(new NamedUnit(regionCode, regionCode, regionCode));
        List<Row> rows = new ArrayList<>();
        if (info.level() == Level.COUNTY) {
            String weightTitle = weights == null ? "" : weights.info().title();
            CountyComparison c = CountyComparison.of(gazetteer, regionCode, data.values(), how,
                    weights == null ? Map.of() : weights.values(), weightTitle);
            BigDecimal base = c.region().value();
            rows.add(new Row(Kind.region, regionCode, region.nameZh(), region.nameEn(), base, null,
                    c.region().describe(), c.region()));
            c.provinces().forEach((p, a) -> {
                NamedUnit province = gazetteer.province(p).orElse(new NamedUnit(p, p, p));
                rows.add(new Row(Kind.province, p, province.nameZh(), province.nameEn(), a.value(),
                        minus(a.value(), base), a.describe("counties of the province"),
                        a));
            });
            rows.add(new Row(Kind.china, "CN", "全国", "China (all counties)", c.nation().value(),
                    minus(c.nation().value(), base), CountyComparison.describeNation(c.nation()), c.nation()));
            return new RegionIndicatorView(info, region.nameZh(), rows);
        }
        UnitFigure regionFigure = data.figures().get(regionCode);
        BigDecimal base = value(regionFigure);
        rows.add(new Row(Kind.region, regionCode, region.nameZh(), region.nameEn(), base, null,
                info.level() == Level.REGION ? source(regionFigure) : "a province table gives no value for the region",
                null));
        if (info.level() == Level.PROVINCE) {
            for (String p : gazetteer.provincesOfRegion(regionCode)) {
                NamedUnit province = gazetteer.province(p).orElse(new NamedUnit(p, p, p));
                UnitFigure f = data.figures().get(p);
                rows.add(new Row(Kind.province, p, province.nameZh(), province.nameEn(), value(f), null, source(f),
                        null));
            }
        }
        return new RegionIndicatorView(info, region.nameZh(), rows);
    }

    private static BigDecimal value(UnitFigure f) {
        return f == null || !f.figure().isNumeric() ? null : f.figure().value();
    }

    private static String source(UnitFigure f) {
        return f == null ? "the table has no row for it" : f.figure().source().citation()
                + (f.note().isEmpty() ? "" : "; " + f.note());
    }

    private static BigDecimal minus(BigDecimal value, BigDecimal base) {
        return value == null || base == null ? null : value.subtract(base);
    }

    /** The block printed after the region's own tables. */
    void print(PrintWriter out) {
        out.println("On " + info.title() + " [" + info.code() + "]" + (info.source().isEmpty() ? ""
                : "  (" + info.source() + ")"));
        boolean computed = rows.stream().anyMatch(r -> r.aggregate() != null);
        if (computed) {
            out.println("Computed by the atlas from the counties, never printed figures; the same method for the"
                    + " region, its provinces and China.");
        }
        String unit = info.unit().isEmpty() ? "" : " (" + info.unit() + ")";
        TextTable table = new TextTable("Unit", "名称", ">Value" + unit, ">Difference to region", "Flags",
                computed ? "How (counties used)" : "Source");
        for (Row row : rows) {
            table.row(row.nameEn(), row.nameZh(), text(row.value()),
                    row.kind() == Kind.region ? "" : text(row.difference()),
                    row.value() == null ? "not reported" : row.aggregate() != null ? "computed" : "", row.how());
        }
        table.lines().forEach(out::println);
    }

    private static String text(BigDecimal value) {
        return value == null ? "not reported" : value.toPlainString();
    }

    /** The same as JSON: {@code indicator} with every row; computed rows carry their method and coverage. */
    Map<String, Object> json(Aggregation how, IndicatorInfo weight) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", info.code());
        json.put("name", info.name());
        json.put("unit", info.unit());
        json.put("year", info.year());
        json.put("level", info.level().name().toLowerCase(java.util.Locale.ROOT));
        json.put("source", info.source());
        boolean computed = info.level() == Level.COUNTY;
        json.put("aggregation", computed ? how.key() : null);
        json.put("weight", computed && weight != null ? weight.code() : null);
        List<Object> list = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", row.kind().name());
            item.put("code", row.code());
            item.put("name_zh", row.nameZh());
            item.put("name_en", row.nameEn());
            item.put("value", row.value());
            item.put("difference_to_region", row.difference());
            item.put("flags", row.value() == null ? List.of(Flag.NOT_REPORTED.name())
                    : row.aggregate() != null ? List.of(Flag.COMPUTED.name()) : List.of());
            if (row.aggregate() != null) {
                item.put("counties", row.aggregate().members());
                item.put("counties_used", row.aggregate().covered());
                item.put("counties_not_reported", row.aggregate().notReported());
                item.put("how", row.how());
            } else {
                item.put("source", row.how());
            }
            list.add(item);
        }
        json.put("units", list);
        return json;
    }
}
