package org.cpatlas.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Province keys: two-digit code, six-digit code ending in 0000, Chinese name with or without 省, English name. */
final class ProvinceMatcher implements KeyMatcher {

    private final Map<String, Set<NamedUnit>> byKey = new LinkedHashMap<>();

    ProvinceMatcher(List<NamedUnit> provinces) {
        for (NamedUnit p : provinces) {
            for (String key : List.of(p.code(), p.code() + "0000", Names.normalize(p.nameZh()),
                    Names.provinceStem(p.nameZh()), Names.normalize(p.nameEn()))) {
                if (!key.isEmpty()) {
                    byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p);
                }
            }
        }
    }

    @Override
    public KeyMatch match(String key, Hints hints) {
        String k = Names.normalize(key);
        if (k.isEmpty()) {
            return KeyMatch.blank();
        }
        Set<NamedUnit> hits = byKey.getOrDefault(k, byKey.getOrDefault(Names.provinceStem(key), Set.of()));
        if (hits.size() == 1) {
            NamedUnit p = hits.iterator().next();
            return KeyMatch.matched(p.code(), p.nameZh(), "");
        }
        if (hits.size() > 1) {
            List<String> names = new ArrayList<>();
            hits.forEach(p -> names.add(p.describe()));
            return KeyMatch.ambiguous("'" + key.strip() + "' names several provinces", names);
        }
        return KeyMatch.unknown("'" + key.strip() + "' is not a province of the map (code, Chinese or English name)");
    }
}
