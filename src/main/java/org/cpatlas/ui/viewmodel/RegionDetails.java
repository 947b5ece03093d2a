package org.cpatlas.ui.viewmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.Observation;
import org.cpatlas.domain.ProvinceComparison;
import org.cpatlas.domain.RegionProfile;
import org.cpatlas.domain.Source;
import org.cpatlas.geo.BoundaryQuality;
import org.cpatlas.tables.DataTable;
import org.cpatlas.tables.RegionTables;
import org.cpatlas.ui.kit.I18n;

/**
 * Everything the side panels show about the selected region, already worded in the interface language.
 * A plain snapshot: built from a {@link RegionProfile} and the map layer's attributes, rebuilt on language change.
 *
 * @param code          region code
 * @param title         name in the interface language
 * @param subtitle      name in the other language
 * @param rate          urbanization rate 2010 with unit, or "not reported"
 * @param rateSource    where the rate comes from
 * @param rateReported  false when the source gives no rate
 * @param counties      number of counties in the map layer (with the official count where the store has one)
 * @param quality       boundary quality, in words
 * @param qualityLevel  boundary quality
 * @param provinces     the province table
 * @param bars          the gap chart, largest gap first, not-reported rows last
 * @param otherFigures  other figures about the region, each "what: value (source)"
 * @param sources       every source behind what the panels show, one citation per line
 * @param provinceTable the province table as it is copied and exported (figures with their sources and flags)
 * @param figureTable   the other figures as they are copied and exported
 */
public record RegionDetails(String code, String title, String subtitle, String rate, String rateSource,
        boolean rateReported, String counties, String quality, BoundaryQuality qualityLevel, List<ProvinceRow> provinces,
        List<GapBar> bars, List<String> otherFigures, List<String> sources, DataTable provinceTable,
        DataTable figureTable) {

    public RegionDetails {
        provinces = List.copyOf(provinces);
        bars = List.copyOf(bars);
        otherFigures = List.copyOf(otherFigures);
        sources = List.copyOf(sources);
    }

    /**
     * @param profile        figures of the region from the store
     * @param countyCount    member counties in the map layer, or -1 when unknown
     * @param quality        boundary quality from the map layer
     * @param i18n           interface language
     */
    public static RegionDetails of(RegionProfile profile, int countyCount, BoundaryQuality quality, I18n i18n) {
        boolean zh = i18n.isChinese();
        String title = zh ? profile.region().nameZh() : profile.region().nameEn();
        String subtitle = zh ? profile.region().nameEn() : profile.region().nameZh();
        Figure rate = profile.summary().urbanizationRate2010();
        Set<Source> sources = new LinkedHashSet<>();
        sources.add(rate.source());
        List<ProvinceRow> rows = new ArrayList<>();
        List<GapBar> bars = new ArrayList<>();
        for (ProvinceComparison c : profile.provinces()) {
            String name = zh ? c.nameZh() : c.nameEn();
            sources.add(c.provinceRate().source());
            sources.add(c.gapPrinted().source());
            boolean conflict = c.has(Flag.CONFLICT);
            boolean missing = c.has(Flag.NOT_REPORTED);
            String flags = FigureText.words(i18n).flags(c.orderedFlags());
            String note = i18n.get("col.provinceRate") + ": " + c.provinceRate().source().citation() + "\n"
                    + i18n.get("col.gapPrinted") + ": " + c.gapPrinted().source().citation();
            if (conflict && c.gapPrinted().isNumeric() && c.gapComputed().isNumeric() && rate.isNumeric()) {
                note += "\n" + i18n.get("panel.conflictExplained", c.gapPrinted().display(),
                        c.provinceRate().display(), rate.display(), c.gapComputed().display());
            }
            rows.add(new ProvinceRow(name, FigureText.withUnit(c.provinceRate(), i18n),
                    FigureText.marked(c.gapPrinted(), i18n), FigureText.withUnit(c.gapComputed(), i18n), flags,
                    conflict, missing, note));
            bars.add(new GapBar(name, c.gapPrinted().value(), c.gapComputed().value(), conflict, missing, note));
        }
        bars.sort(Comparator.comparing(GapBar::notReported)
                .thenComparing(b -> b.printed() == null ? java.math.BigDecimal.ZERO : b.printed(),
                        Comparator.reverseOrder()));
        List<String> others = new ArrayList<>();
        for (Observation o : profile.otherFigures()) {
            sources.add(o.source());
            String what = zh ? o.indicator().nameZh() : o.indicator().nameEn();
            // A figure about part of the region (a prefecture, a province's share) names that part.
            if (o.subject().kind() != org.cpatlas.domain.SubjectKind.REGION && !o.subject().label().isBlank()) {
                what = o.subject().label() + " · " + what;
            }
            String year = o.figure().year() == null ? "" : " (" + o.figure().year() + ")";
            String scope = o.scope().isBlank() ? "" : " — " + o.scope();
            others.add(what + year + (zh ? "：" : ": ") + FigureText.withRemarks(o.figure(), i18n) + scope + "  ["
                    + o.source().citation() + "]");
        }
        String counties = countyCount < 0 ? i18n.get("panel.notReported") : Integer.toString(countyCount);
        String qualityText = i18n.get("panel.quality." + quality.code());
        List<String> sourceLines = sources.stream().map(RegionDetails::sourceLine).distinct().toList();
        RegionTables tables = new RegionTables(i18n.tableLanguage());
        return new RegionDetails(profile.region().code(), title, subtitle, FigureText.marked(rate, i18n),
                rate.source().citation(), rate.isReported(), counties, qualityText, quality, rows, bars, others,
                sourceLines, tables.provinces(profile), tables.figures(profile));
    }

    /** The full reference, then the place as a reader finds it, the printed words and the address. */
    private static String sourceLine(Source s) {
        String quote = s.quote().isBlank() ? "" : " — “" + s.quote() + "”";
        String url = s.url().isBlank() ? "" : " " + s.url();
        return s.document() + ", " + s.location() + quote + url;
    }
}
