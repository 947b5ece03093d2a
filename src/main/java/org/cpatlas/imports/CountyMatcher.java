package org.cpatlas.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * County keys, in this order: a 2012 code of the layer; a code of another year followed back to one 2012 unit; the
 * exact name (within the row's province and prefecture when the table gives them); a name a unit took after 2012,
 * followed back the same way; the name without its suffix. Each step that is not an exact code or name is reported.
 */
final class CountyMatcher implements KeyMatcher {

    /** Six digits, or a statistical code padded with zeros (620422000000), or "620422.0" from a spreadsheet. */
    private static final Pattern CODE = Pattern.compile("(\\d{6})(?:0{3}|0{6})?(?:\\.0+)?");

    private final Gazetteer gazetteer;
    private final ProvinceMatcher provinces;
    private final Map<String, List<County>> byName = new HashMap<>();
    private final Map<String, List<County>> byStem = new HashMap<>();

    CountyMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.provinces = new ProvinceMatcher(gazetteer.provinces());
        for (County county : gazetteer.counties()) {
            byName.computeIfAbsent(Names.normalize(county.nameZh()), k -> new ArrayList<>()).add(county);
            String stem = Names.countyStem(county.nameZh());
            if (stem != null) {
                byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(county);
            }
        }
    }

    @Override
    public KeyMatch match(String key, Hints hints) {
        String text = key == null ? "" : key.strip();
        if (Names.normalize(text).isEmpty()) {
            return KeyMatch.blank();
        }
        Matcher code = CODE.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip());
        if (code.matches()) {
            return byCode(code.group(1), text);
        }
        return byName(text, hints);
    }

    private KeyMatch byCode(String code, String text) {
        Optional<County> direct = gazetteer.county(code);
        if (direct.isPresent()) {
            return KeyMatch.matched(code, direct.get().nameZh(), "");
        }
        CodeHistory history = gazetteer.history();
        List<CodeHistory.Entry> entries = history.entries(code);
        if (entries.isEmpty()) {
            return KeyMatch.unknown("'" + text + "' is not a county code of 2012 or later (the atlas follows the codes"
                    + " in use at the end of 2012 and every later change)");
        }
        CodeHistory.Entry latest = entries.get(entries.size() - 1);
        if (!latest.isCounty()) {
            return KeyMatch.unknown(code + " is the code of " + latest.name() + ", a " + levelWords(latest.level())
                    + ", not a county");
        }
        CodeHistory.Lineage lineage = history.backTo(code, gazetteer::hasCounty);
        return fromLineage(lineage, "code " + code + " (" + latest.describe() + ")", code,
                entries.stream().anyMatch(e -> e.start() <= 2012 && (e.end() == null || e.end() > 2012)));
    }

    private KeyMatch fromLineage(CodeHistory.Lineage lineage, String what, String code, boolean existedIn2012) {
        if (lineage.codes2012().size() == 1) {
            String target = lineage.codes2012().iterator().next();
            County county = gazetteer.county(target).orElseThrow();
            return KeyMatch.mapped(target, county.nameZh(), what + " is the 2012 unit " + county.describe()
                    + " under a later code or name: " + String.join("; ", lineage.steps()));
        }
        if (lineage.codes2012().size() > 1) {
            List<String> candidates = lineage.codes2012().stream()
                    .map(c -> gazetteer.county(c).map(County::describe).orElse(c)).toList();
            return KeyMatch.ambiguous(what + " was formed from " + candidates.size() + " units of 2012; its value"
                    + " cannot be given to one of them", candidates);
        }
        if (existedIn2012) {
            return KeyMatch.outside(what + " is a county of 2012 that is not on the map's county layer");
        }
        String carved = lineage.carvedFrom().isEmpty() ? ""
                : " (it was carved out of " + String.join(", ", lineage.carvedFrom()) + " after 2012, so its area is"
                        + " only part of a 2012 unit)";
        return KeyMatch.unknown(what + " leads to no single county of the map's 2012 layer" + carved);
    }

    private KeyMatch byName(String text, Hints hints) {
        Scope scope = scope(hints);
        String name = Names.normalize(text);
        List<County> exact = scope.filter(byName.getOrDefault(name, List.of()));
        if (exact.size() == 1) {
            return KeyMatch.matched(exact.get(0).code(), exact.get(0).nameZh(), "");
        }
        if (exact.size() > 1) {
            return ambiguous(text, exact, scope);
        }
        KeyMatch later = laterName(text, name, scope);
        if (later != null) {
            return later;
        }
        String stem = Names.countyStem(text);
        List<County> stems = stem == null ? List.of() : scope.filter(byStem.getOrDefault(stem, List.of()));
        if (stems.size() == 1) {
            County county = stems.get(0);
            return KeyMatch.matched(county.code(), county.nameZh(), "name without its suffix: '" + text + "' is "
                    + county.describe());
        }
        if (stems.size() > 1) {
            return ambiguous(text, stems, scope);
        }
        List<County> elsewhere = byName.getOrDefault(name, List.of());
        if (scope.narrowed() && !elsewhere.isEmpty()) {
            return KeyMatch.unknown("there is no county '" + text + "' in " + scope.describe() + "; the map has "
                    + elsewhere.stream().map(County::describe).limit(3).toList());
        }
        return KeyMatch.unknown("'" + text + "' is not the name of a county of the map" + (scope.narrowed() ? " in "
                + scope.describe() : ""));
    }

    /** A name a unit took after 2012 (滦州市 for 滦县), followed back to one 2012 unit in the row's province. */
    private KeyMatch laterName(String text, String name, Scope scope) {
        Set<String> targets = new LinkedHashSet<>();
        List<String> steps = new ArrayList<>();
        for (CodeHistory.Entry entry : gazetteer.history().countiesNamed(name)) {
            if (gazetteer.hasCounty(entry.code())
                    || scope.province != null && !entry.code().startsWith(scope.province)) {
                continue;
            }
            CodeHistory.Lineage lineage = gazetteer.history().backTo(entry.code(),
                    c -> gazetteer.county(c).filter(scope::accepts).isPresent());
            targets.addAll(lineage.codes2012());
            steps.addAll(lineage.steps());
        }
        if (targets.isEmpty()) {
            return null;
        }
        if (targets.size() > 1) {
            List<String> candidates = targets.stream().map(c -> gazetteer.county(c).map(County::describe).orElse(c))
                    .toList();
            return KeyMatch.ambiguous("'" + text + "' is a later name of " + candidates.size() + " units of 2012",
                    candidates);
        }
        County county = gazetteer.county(targets.iterator().next()).orElseThrow();
        return KeyMatch.mapped(county.code(), county.nameZh(), "'" + text + "' is a later name of the 2012 unit "
                + county.describe() + ": " + String.join("; ", steps));
    }

    private KeyMatch ambiguous(String text, List<County> counties, Scope scope) {
        return KeyMatch.ambiguous("'" + text + "' names " + counties.size() + " counties"
                + (scope.narrowed() ? " in " + scope.describe() : "") + "; add a province (or prefecture) column, or"
                + " use codes", counties.stream().map(County::describe).toList());
    }

    private Scope scope(Hints hints) {
        String province = null;
        String provinceText = null;
        if (hints.province() != null && !hints.province().isBlank()) {
            KeyMatch p = provinces.match(hints.province(), Hints.NONE);
            if (p.found()) {
                province = p.code();
                provinceText = p.name();
            }
        }
        String prefecture = hints.prefecture() == null || hints.prefecture().isBlank() ? null
                : hints.prefecture().strip();
        return new Scope(province, provinceText, prefecture);
    }

    /** The province and prefecture a row's name must lie in, when the table says. */
    private record Scope(String province, String provinceName, String prefecture) {

        boolean accepts(County county) {
            return (province == null || county.provinceCode().equals(province))
                    && (prefecture == null || Names.samePrefecture(county.prefectureZh(), prefecture)
                    || county.prefectureZh().equals("直辖"));
        }

        List<County> filter(List<County> counties) {
            Predicate<County> accepted = this::accepts;
            return counties.stream().filter(accepted).toList();
        }

        boolean narrowed() {
            return province != null || prefecture != null;
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (prefecture != null) {
                parts.add(prefecture);
            }
            if (provinceName != null) {
                parts.add(provinceName);
            }
            return String.join(", ", parts);
        }
    }

    private static String levelWords(String level) {
        return switch (level) {
            case "省级" -> "province";
            case "地级" -> "prefecture";
            default -> "unit of level " + level;
        };
    }
}
