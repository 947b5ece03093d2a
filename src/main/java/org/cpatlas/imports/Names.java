package org.cpatlas.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** How place names are compared: width, case, spaces and punctuation ignored; suffixes removed for a second try. */
final class Names {

    /** County suffixes, longest first. */
    private static final List<String> COUNTY_SUFFIXES = List.of("自治县", "自治旗", "特区", "林区", "新区", "矿区", "县", "市",
            "区", "旗");
    /** The peoples named before 自治县 / 自治旗 (长阳土家族自治县), longest first so 鄂温克 goes before 土. */
    private static final List<String> PEOPLES = List.of("柯尔克孜", "乌孜别克", "维吾尔", "哈萨克", "塔吉克", "达斡尔",
            "鄂温克", "鄂伦春", "俄罗斯", "塔塔尔", "蒙古", "布依", "朝鲜", "土家", "哈尼", "傈僳", "高山", "拉祜", "东乡",
            "纳西", "景颇", "仫佬", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙",
            "赫哲", "门巴", "珞巴", "基诺", "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲",
            "水", "土", "羌", "怒", "京", "各");
    private static final List<String> PROVINCE_SUFFIXES = List.of("壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区",
            "自治区", "省", "市");
    private static final List<String> PREFECTURE_SUFFIXES = List.of("自治州", "地区", "市", "盟", "州");

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    private Names() {
    }

    /** Full-width to half-width, lower case, no spaces or punctuation: "会宁 县" = "会宁县", "Gansu" = "gansu". */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.isNormalized(text, Normalizer.Form.NFKD) ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder out = new StringBuilder(n.length());
        n.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * The county name without its suffix and the peoples of an autonomous county (长阳土家族自治县 → 长阳, 会宁县 →
     * 会宁, 会宁 → 会宁); null when what is left is one character (城区, 郊区, 丰县: too short to tell apart).
     */
    static String countyStem(String name) {
        String n = normalize(name);
        for (String suffix : COUNTY_SUFFIXES) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                n = n.substring(0, n.length() - suffix.length());
                if (suffix.startsWith("自治")) {
                    n = withoutPeoples(n);
                }
                break;
            }
        }
        return n.length() >= 2 ? n : null;
    }

    private static String withoutPeoples(String name) {
        String n = name;
        boolean changed = true;
        while (changed && n.endsWith("族")) {
            changed = false;
            String base = n.substring(0, n.length() - 1);
            for (String people : PEOPLES) {
                if (base.endsWith(people) && base.length() > people.length()) {
                    n = base.substring(0, base.length() - people.length());
                    changed = true;
                    break;
                }
            }
        }
        return n;
    }

    /** 甘肃省 → 甘肃, 广西壮族自治区 → 广西, 北京市 → 北京. */
    static String provinceStem(String name) {
        String n = normalize(name);
        for (String suffix : PROVINCE_SUFFIXES) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }

    /** Full-width ASCII (（元，2015）) as half-width ((元,2015)); everything else (km², 万人) kept as it is. */
    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c == 0x3000 ? ' '
                : c == '【' ? '[' : c == '】' ? ']' : c == '、' ? ',' : c));
        return out.toString();
    }

    /** 白银市 → 白银, 恩施土家族苗族自治州 → 恩施土家族苗族, 那曲地区 → 那曲. */
    static String prefectureStem(String name) {
        String n = normalize(name);
        for (String suffix : PREFECTURE_SUFFIXES) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }

    /** Whether two prefecture names mean the same one (恩施州 and 恩施土家族苗族自治州; 白银 and 白银市). */
    static boolean samePrefecture(String a, String b) {
        String x = prefectureStem(a);
        String y = prefectureStem(b);
        return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || x.startsWith(y) || y.startsWith(x));
    }
}
