package org.cpatlas.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cpatlas.domain.Region;

/** Finds a region from what a person types: code, Chinese or English name, Table 1 label, with or without suffixes. */
final class RegionMatcher {

    // Longest first so "mountains" goes before "mountain", "山区" before "区".
    private static final List<String> SUFFIXES = List.of("mountains", "mountain", "prefectures", "region", "areas",
            "area", "shan", "片区", "山区", "地区", "区", "山");

    private final List<Region> regions;

    RegionMatcher(List<Region> regions) {
        this.regions = List.copyOf(regions);
    }

    /** The one region the text names; empty when it names none or more than one. */
    Optional<Region> find(String text) {
        String query = normalize(text);
        if (query.isEmpty()) {
            return Optional.empty();
        }
        for (boolean stripped : new boolean[] {false, true}) {
            Set<String> queries = stripped ? variants(query) : Set.of(query);
            List<Region> hits = new ArrayList<>();
            for (Region region : regions) {
                Set<String> keys = stripped ? allVariants(region) : rawKeys(region);
                if (keys.stream().anyMatch(queries::contains)) {
                    hits.add(region);
                }
            }
            if (hits.size() == 1) {
                return Optional.of(hits.get(0));
            }
            if (hits.size() > 1) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Regions by increasing distance between the text and any of their names, ties in official order. A name that
     * contains the text, or is contained in it, counts as distance 0: "新疆" should suggest 新疆南疆三地州, not 西藏区,
     * although the edit distance to the latter is smaller.
     */
    List<Region> closest(String text, int limit) {
        Set<String> queries = variants(normalize(text));
        return regions.stream()
                .sorted(Comparator.comparingInt((Region r) -> distance(queries, allVariants(r))).thenComparingInt(Region::seq))
                .limit(limit)
                .toList();
    }

    private static int distance(Set<String> queries, Set<String> keys) {
        int best = Integer.MAX_VALUE;
        for (String q : queries) {
            for (String k : keys) {
                if (!q.isEmpty() && (k.contains(q) || q.contains(k))) {
                    return 0;
                }
                best = Math.min(best, levenshtein(q, k));
            }
        }
        return best;
    }

    private static Set<String> rawKeys(Region region) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : List.of(region.code(), region.nameZh(), region.nameEn(), region.table1Label())) {
            String key = normalize(name);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Set<String> allVariants(Region region) {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : rawKeys(region)) {
            keys.addAll(variants(key));
        }
        return keys;
    }

    /** The key itself and the key with its suffixes removed one after another. */
    private static Set<String> variants(String key) {
        Set<String> out = new LinkedHashSet<>();
        out.add(key);
        String current = key;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String suffix : SUFFIXES) {
                if (current.endsWith(suffix) && current.length() > suffix.length() + 1) {
                    current = current.substring(0, current.length() - suffix.length());
                    out.add(current);
                    changed = true;
                    break;
                }
            }
        }
        return out;
    }

    /** Lower case, accents removed (Lüliang = Luliang), only letters and digits kept (Chinese included). */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        decomposed.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    static int levenshtein(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }
}
