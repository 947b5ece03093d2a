package org.cpatlas.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads name, unit and year from a column header as statistical tables write them: {@code 人均GDP(元,2015)},
 * {@code 人口（万人）}, {@code 2015年人均GDP}, {@code GDP per capita (yuan, 2015)}, {@code 城镇化率_2010 (%)}.
 * Brackets at the end hold the unit and the year; a year may also stand at the start or the end of the name.
 */
public final class HeaderParser {

    private static final Pattern TRAILING_GROUP = Pattern.compile("^(.*?)\\s*[(\\[]([^()\\[\\]]*)[)\\]]\\s*$");
    private static final Pattern YEAR = Pattern.compile("(19[4-9]\\d|20\\d\\d|2100)\\s*年?(度)?");
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\s*(19[4-9]\\d|20\\d\\d)\\s*年?度?\\s*[_\\-:：]?\\s*(.+)$");
    private static final Pattern TRAILING_YEAR = Pattern.compile("^(.+?)\\s*[_\\-:：]?\\s*(19[4-9]\\d|20\\d\\d)\\s*年?度?$");

    private HeaderParser() {
    }

    public static ColumnHeader parse(String header) {
        String raw = header == null ? "" : header;
        // Full-width brackets and commas as ASCII, so （元，2015） reads like (元,2015).
        String text = Names.halfWidth(raw).strip();
        String unit = "";
        Integer year = null;
        List<String> units = new ArrayList<>();
        Matcher group = TRAILING_GROUP.matcher(text);
        while (group.matches() && !group.group(1).isBlank()) {
            for (String part : group.group(2).split("[,;、]")) {
                String p = part.strip();
                Matcher y = YEAR.matcher(p);
                if (y.matches() && year == null) {
                    year = Integer.valueOf(y.group(1));
                } else if (!p.isEmpty()) {
                    units.add(0, p);
                }
            }
            text = group.group(1).strip();
            group = TRAILING_GROUP.matcher(text);
        }
        unit = String.join(", ", units);
        if (year == null) {
            Matcher leading = LEADING_YEAR.matcher(text);
            Matcher trailing = TRAILING_YEAR.matcher(text);
            if (leading.matches()) {
                year = Integer.valueOf(leading.group(1));
                text = leading.group(2).strip();
            } else if (trailing.matches() && !trailing.group(1).matches(".*\\d")) {
                year = Integer.valueOf(trailing.group(2));
                text = trailing.group(1).strip();
            }
        }
        return new ColumnHeader(raw, text.isEmpty() ? raw.strip() : text, unit, year);
    }
}
