package org.cpatlas.print;

import java.util.List;
import java.util.Objects;
import org.cpatlas.geo.BoundaryQuality;

/**
 * The figures of one region sheet, as display-ready values with their sources: the store adapter fills it,
 * the sheet only draws it.
 *
 * @param code            region code as in regions.shp (e.g. "liupan")
 * @param regionRate      e.g. "27.80 %" or "not reported"
 * @param regionRateNote  where the region's rate comes from
 * @param sources         one line per source: document, then table/page/line
 * @param words           what the sheet calls its figures (Table 1's rate, or an indicator computed from counties)
 */
public record RegionSheet(String code, int seq, String nameZh, String nameEn, BoundaryQuality quality,
        String regionRate, String regionRateNote, List<ProvinceRow> rows, List<String> sources, SheetWords words) {

    public RegionSheet {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(quality, "quality");
        nameZh = Objects.requireNonNullElse(nameZh, "");
        nameEn = Objects.requireNonNullElse(nameEn, "");
        regionRate = Objects.requireNonNullElse(regionRate, "not reported");
        regionRateNote = Objects.requireNonNullElse(regionRateNote, "");
        rows = List.copyOf(rows);
        sources = List.copyOf(sources);
        words = Objects.requireNonNullElse(words, SheetWords.TABLE_1);
    }

    /** A sheet of Table 1's rate. */
    public RegionSheet(String code, int seq, String nameZh, String nameEn, BoundaryQuality quality, String regionRate,
            String regionRateNote, List<ProvinceRow> rows, List<String> sources) {
        this(code, seq, nameZh, nameEn, quality, regionRate, regionRateNote, rows, sources, SheetWords.TABLE_1);
    }

    /** The same region's sheet with other figures: its map, names and boundary kept. */
    public RegionSheet withFigures(String rate, String rateNote, List<ProvinceRow> newRows, List<String> newSources,
            SheetWords newWords) {
        return new RegionSheet(code, seq, nameZh, nameEn, quality, rate, rateNote, newRows, newSources, newWords);
    }
}
