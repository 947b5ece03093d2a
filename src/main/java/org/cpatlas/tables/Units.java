package org.cpatlas.tables;

import java.util.Map;

/**
 * Units as a reader of each language expects them. The data files spell units in English shorthand ("10k people",
 * "10k km²"); a Chinese reader expects 万人 and 万平方公里, an English one "× 10,000 people". The number itself is
 * never scaled: 2031.8 万人 stays 2031.8, with the unit the source used, in words the reader knows.
 */
final class Units {

    /** English and Chinese for each unit of {@code data/figures.csv}; a unit not listed is shown as written. */
    private static final Map<String, String[]> KNOWN = Map.ofEntries(
            Map.entry("%", new String[] {"%", "%"}),
            Map.entry("pp", new String[] {"pp", "个百分点"}),
            Map.entry("percentage points", new String[] {"pp", "个百分点"}),
            Map.entry("percentage points (printed %)", new String[] {"pp (printed as %)", "个百分点（原文为%）"}),
            Map.entry("10k people", new String[] {"× 10,000 people", "万人"}),
            Map.entry("10k km²", new String[] {"× 10,000 km²", "万平方公里"}),
            Map.entry("million people", new String[] {"million people", "百万人"}),
            Map.entry("billion people (as printed)", new String[] {"billion people (as printed)", "十亿人（原文如此）"}),
            Map.entry("million square meters (as printed)",
                    new String[] {"million square metres (as printed)", "百万平方米（原文如此）"}),
            Map.entry("people", new String[] {"people", "人"}),
            Map.entry("respondents", new String[] {"respondents", "人"}),
            Map.entry("counties", new String[] {"counties", "个县"}),
            Map.entry("towns", new String[] {"towns", "个乡镇"}),
            Map.entry("villages", new String[] {"villages", "个行政村"}),
            Map.entry("regions", new String[] {"regions", "个片区"}),
            Map.entry("projects", new String[] {"projects", "个项目"}),
            Map.entry("forums", new String[] {"forums", "场"}),
            Map.entry("questionnaires", new String[] {"questionnaires", "份"}),
            Map.entry("years", new String[] {"years", "年"}),
            Map.entry("students per year", new String[] {"students per year", "人/年"}),
            Map.entry("per 100 people", new String[] {"per 100 people", "部/百人"}),
            Map.entry("yuan", new String[] {"yuan", "元"}),
            Map.entry("yuan per year", new String[] {"yuan per year", "元/年"}),
            Map.entry("thousand yuan", new String[] {"thousand yuan", "千元"}),
            Map.entry("yuan (unit not printed)", new String[] {"yuan (unit not printed)", "元（原文未注单位）"}),
            Map.entry("billion (currency not printed)",
                    new String[] {"billion (currency not printed)", "十亿（原文未注币种）"}),
            Map.entry("% of GDP", new String[] {"% of GDP", "%（占GDP）"}),
            Map.entry("% of national average", new String[] {"% of the national average", "%（占全国平均水平）"}),
            Map.entry("% of villages", new String[] {"% of villages", "%（占行政村）"}),
            Map.entry("% of towns", new String[] {"% of towns", "%（占乡镇）"}),
            Map.entry("% of rural workforce", new String[] {"% of the rural workforce", "%（占农村劳动力）"}),
            Map.entry("% of migrant workers", new String[] {"% of migrant workers", "%（占外出务工人员）"}),
            Map.entry("share of national land area", new String[] {"of the national land area", "占全国国土面积"}),
            Map.entry("coefficient", new String[] {"", ""}),
            Map.entry("list", new String[] {"", ""}));

    private Units() {
    }

    /** The unit in the language's words; empty for a unit that needs no word (a coefficient, a list). */
    static String of(String unit, TableLanguage language) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        String[] words = KNOWN.get(unit.strip());
        if (words == null) {
            return unit.strip();
        }
        return words[language.isChinese() ? 1 : 0];
    }

    /** "10 %", "16,000 students per year", "2,031.8 × 10,000 people"; in Chinese without a space: "2,031.8万人". */
    static String attach(String number, String unitWords, TableLanguage language) {
        if (unitWords.isEmpty()) {
            return number;
        }
        return language.isChinese() ? number + unitWords : number + " " + unitWords;
    }
}
