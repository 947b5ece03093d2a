package org.cpatlas.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.IndicatorData;
import org.cpatlas.domain.IndicatorInfo;
import org.cpatlas.domain.Level;
import org.cpatlas.domain.Observation;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.domain.SubjectKind;
import org.cpatlas.domain.UnitFigure;

/**
 * The indicators the atlas can map: the bundled ones that cover regions (Table 1's urbanization rate 2010 for all
 * 14, and each bundled region figure given by one source per region for at least {@value #MIN_REGIONS} regions) and
 * every imported one. Bundled figures are read as the store holds them, sources and flags included.
 */
public final class IndicatorCatalog {

    /** The code of the atlas's own map: Table 1's urbanization rate 2010 of the 14 regions. */
    public static final String TABLE1_RATE = "urbanization_rate_2010";
    /** A bundled region figure is offered as a map when this many regions have it. */
    static final int MIN_REGIONS = 3;

    private final AtlasRepository atlas;
    private final DatasetRepository datasets;

    public IndicatorCatalog(AtlasRepository atlas, DatasetRepository datasets) {
        this.atlas = atlas;
        this.datasets = datasets;
    }

    /** Every mappable indicator: bundled first (Table 1's rate leading), then imported ones, oldest first. */
    public List<IndicatorInfo> mappable() {
        List<IndicatorInfo> out = new ArrayList<>();
        bundled().values().forEach(d -> out.add(d.info()));
        out.addAll(datasets.indicators());
        return out;
    }

    /** The indicator of a code (exact, else ignoring case) or of a unique name; empty when none or several. */
    public Optional<IndicatorInfo> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String wanted = codeOrName.strip();
        List<IndicatorInfo> all = mappable();
        for (IndicatorInfo i : all) {
            if (i.code().equals(wanted)) {
                return Optional.of(i);
            }
        }
        List<IndicatorInfo> hits = all.stream().filter(i -> i.code().equalsIgnoreCase(wanted)
                || i.name().equalsIgnoreCase(wanted) || i.title().equalsIgnoreCase(wanted)).toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /** The figures of an indicator by unit code. */
    public Optional<IndicatorData> data(String code) {
        IndicatorData bundled = bundled().get(code);
        return bundled != null ? Optional.of(bundled) : datasets.indicator(code);
    }

    private Map<String, IndicatorData> bundled() {
        Map<String, IndicatorData> out = new LinkedHashMap<>();
        List<RegionSummary> regions = atlas.regions();
        Map<String, UnitFigure> rates = new LinkedHashMap<>();
        Set<String> documents = new LinkedHashSet<>();
        for (RegionSummary r : regions) {
            Figure rate = r.urbanizationRate2010();
            rates.put(r.code(), new UnitFigure(r.code(), r.nameZh(), rate, ""));
            documents.add(rate.source().document());
        }
        long reported = rates.values().stream().filter(f -> f.figure().isNumeric()).count();
        out.put(TABLE1_RATE, new IndicatorData(new IndicatorInfo(TABLE1_RATE, "Urbanization rate 城镇化率", "%", 2010,
                Level.REGION, null, "Wang, Li & He (2014), Table 1", (int) reported), rates));
        Map<String, String> names = new LinkedHashMap<>();
        regions.forEach(r -> names.put(r.code(), r.nameZh()));
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation o : atlas.observations()) {
            if (o.subject().kind() == SubjectKind.REGION && o.figure().isNumeric() && o.subject().regionCode() != null) {
                String key = o.indicator().code() + (o.figure().year() == null ? "" : "_" + o.figure().year());
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
            }
        }
        groups.forEach((code, list) -> {
            Set<String> units = new LinkedHashSet<>();
            Set<String> regionCodes = new LinkedHashSet<>();
            list.forEach(o -> {
                units.add(o.figure().unit());
                regionCodes.add(o.subject().regionCode());
            });
            // One unit, one figure per region: two sources for one region would have to be chosen between.
            if (units.size() != 1 || regionCodes.size() != list.size() || list.size() < MIN_REGIONS
                    || out.containsKey(code)) {
                return;
            }
            Map<String, UnitFigure> figures = new LinkedHashMap<>();
            Set<String> docs = new LinkedHashSet<>();
            for (Observation o : list) {
                figures.put(o.subject().regionCode(), new UnitFigure(o.subject().regionCode(),
                        names.getOrDefault(o.subject().regionCode(), o.subject().label()), o.figure(), o.note()));
                docs.add(shortDocument(o.source().document()));
            }
            Observation first = list.get(0);
            String name = first.indicator().nameEn() + (first.indicator().nameZh().isEmpty() ? ""
                    : " " + first.indicator().nameZh());
            out.put(code, new IndicatorData(new IndicatorInfo(code, name, first.figure().unit(), first.figure().year(),
                    Level.REGION, null, String.join("; ", docs), list.size()), figures));
        });
        return out;
    }

    /** "Author (2014)" of a citation, or its first words. */
    public static String shortDocument(String document) {
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("\\((\\d{4})\\)").matcher(document);
        if (year.find()) {
            return document.substring(0, year.end());
        }
        return document.length() > 48 ? document.substring(0, 47) + "…" : document;
    }

    /** The bundled indicators' codes, for messages ("urbanization_rate_2010, area, ..."). */
    public List<String> codes() {
        return mappable().stream().map(IndicatorInfo::code).toList();
    }

    /** Lower-case level words ("county") for messages. */
    static String words(Level level) {
        return level.key().toLowerCase(Locale.ROOT);
    }
}
