package org.cpatlas.ui.viewmodel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cpatlas.domain.RegionSummary;

/**
 * What the search box finds, best first, so that Enter takes the same region the suggestions list shows on top:
 * an exact name (Chinese, English, code or Table 1's label: "秦巴山区", "Qinba Mountains", "qinba"), then a name
 * that starts with the text, then a Chinese name, an English name, and last a pinyin spelling (the code or Table 1's
 * label, "qinbashan") that contains it. Case, spaces, punctuation and accents do not count ("luliang" finds Lüliang).
 */
final class RegionSearch {

    private final List<RegionSummary> regions;

    RegionSearch(List<RegionSummary> regions) {
        this.regions = List.copyOf(regions);
    }

    /** The regions the text finds, best match first, ties in the official order; all for empty text. */
    List<RegionSummary> find(String text) {
        String query = normalize(text);
        if (query.isEmpty()) {
            return regions;
        }
        record Hit(RegionSummary region, int rank) {
        }
        List<Hit> hits = new ArrayList<>();
        for (RegionSummary region : regions) {
            int rank = rank(region, query);
            if (rank < Integer.MAX_VALUE) {
                hits.add(new Hit(region, rank));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparingInt(h -> h.region().region().seq()));
        return hits.stream().map(Hit::region).toList();
    }

    private static int rank(RegionSummary r, String query) {
        String zh = normalize(r.nameZh());
        String en = normalize(r.nameEn());
        List<String> pinyin = List.of(normalize(r.code()), normalize(r.region().table1Label()));
        List<String> all = List.of(zh, en, pinyin.get(0), pinyin.get(1));
        if (all.contains(query)) {
            return 0;
        }
        if (all.stream().anyMatch(k -> !k.isEmpty() && k.startsWith(query))) {
            return 1;
        }
        if (zh.contains(query)) {
            return 2;
        }
        if (en.contains(query)) {
            return 3;
        }
        if (pinyin.stream().anyMatch(k -> k.contains(query))) {
            return 4;
        }
        return Integer.MAX_VALUE;
    }

    /** Lower case, accents removed, only letters and digits (Chinese included). */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        decomposed.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
