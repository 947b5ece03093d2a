package org.cpatlas.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Region keys: code (wuling), Chinese name with or without 山区/片区, English name with or without "Mountains". */
final class RegionKeyMatcher implements KeyMatcher {

    private static final List<String> SUFFIXES = List.of("mountains", "mountain", "prefectures", "region", "areas",
            "area", "片区", "山区", "地区", "区", "山");

    private final Map<String, Set<NamedUnit>> byKey = new LinkedHashMap<>();

    RegionKeyMatcher(List<NamedUnit> regions) {
        for (NamedUnit r : regions) {
            for (String name : List.of(r.code(), r.nameZh(), r.nameEn())) {
                String key = Names.normalize(name);
                for (String variant : variants(key)) {
                    byKey.computeIfAbsent(variant, k -> new LinkedHashSet<>()).add(r);
                }
            }
        }
    }

    /** The key and the key with suffixes taken off one after another (武陵山片区, 武陵山, 武陵). */
    private static List<String> variants(String key) {
        List<String> out = new java.util.ArrayList<>();
        String current = key;
        while (!current.isEmpty() && !out.contains(current)) {
            out.add(current);
            for (String suffix : SUFFIXES) {
                if (current.endsWith(suffix) && current.length() > suffix.length() + 1) {
                    current = current.substring(0, current.length() - suffix.length());
                    break;
                }
            }
        }
        return out;
    }

    @Override
    public KeyMatch match(String key, Hints hints) {
        String k = Names.normalize(key);
        if (k.isEmpty()) {
            return KeyMatch.blank();
        }
        Set<NamedUnit> hits = Set.of();
        for (String variant : variants(k)) {
            hits = byKey.getOrDefault(variant, Set.of());
            if (!hits.isEmpty()) {
                break;
            }
        }
        if (hits.size() == 1) {
            NamedUnit r = hits.iterator().next();
            return KeyMatch.matched(r.code(), r.nameZh(), "");
        }
        if (hits.size() > 1) {
            List<String> names = new ArrayList<>();
            hits.forEach(r -> names.add(r.describe()));
            return KeyMatch.ambiguous("'" + key.strip() + "' names several regions", names);
        }
        return KeyMatch.unknown("'" + key.strip() + "' is not one of the 14 regions (code, Chinese or English name)");
    }
}
