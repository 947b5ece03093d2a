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
 */
public record RegionSheet(String code, int seq, String nameZh, String nameEn, BoundaryQuality quality,
        String regionRate, String regionRateNote, List<ProvinceRow> rows, List<String> sources) {

    public RegionSheet {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(quality, "quality");
        nameZh = Objects.requireNonNullElse(nameZh, "");
        nameEn = Objects.requireNonNullElse(nameEn, "");
        regionRate = Objects.requireNonNullElse(regionRate, "not reported");
        regionRateNote = Objects.requireNonNullElse(regionRateNote, "");
        rows = List.copyOf(rows);
        sources = List.copyOf(sources);
    }
}
