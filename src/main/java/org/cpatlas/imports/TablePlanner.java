package org.cpatlas.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cpatlas.domain.Level;

/**
 * Makes the preview of a table: finds (or takes the user's) key column and level, the province and prefecture columns
 * that narrow names down, the value columns, reads every value and matches every key. Nothing is stored; the same
 * preview serves the window and {@code import --dry-run}.
 */
public final class TablePlanner {

    /** Rows looked at to find the key column and the level. */
    private static final int SAMPLE_ROWS = 300;
    private static final int EXAMPLES = 5;
    /** Share of a column's non-blank cells that must be provinces (or prefectures, or county names) for that role. */
    private static final double HINT_SHARE = 0.8;

    private static final java.util.regex.Pattern CODE_LIKE = java.util.regex.Pattern.compile(
            "\\d{2}|\\d{6}|\\d{9}|\\d{12}|\\d{6}\\.0+|[０-９]{2,12}");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{2,}(\\.0+)?");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");

    private final Gazetteer gazetteer;
    private final Map<String, String> existingNames = new HashMap<>();
    private final Map<Level, KeyMatcher> matchers = new EnumMap<>(Level.class);
    private final Set<String> prefectures = new HashSet<>();

    /**
     * @param gazetteer          the units of the map
     * @param existingIndicators names of the indicators already in the atlas (bundled and imported), in any language
     */
    public TablePlanner(Gazetteer gazetteer, Collection<String> existingIndicators) {
        this.gazetteer = gazetteer;
        for (String name : existingIndicators) {
            if (name != null && !Names.normalize(name).isEmpty()) {
                existingNames.putIfAbsent(Names.normalize(name), name);
            }
        }
        for (Level level : Level.values()) {
            matchers.put(level, KeyMatcher.forLevel(level, gazetteer));
        }
        for (County county : gazetteer.counties()) {
            String stem = Names.prefectureStem(county.prefectureZh());
            if (stem.length() >= 2) {
                prefectures.add(stem);
            }
        }
    }

    public TablePreview preview(RawTable table, ImportSettings settings) {
        String file = table.file().name();
        if (table.columnCount() < 2) {
            throw new ImportException(file, table.headerRow(), null, "the table has only one column ("
                    + table.columnLabel(0) + "); it needs a key column (codes or names) and at least one column of"
                    + " values" + (table.format() == TableFormat.CSV ? "; if it has more, they are separated by"
                    + " something other than a comma, semicolon or tab: save it again as CSV" : ""), null);
        }
        if (table.rows().isEmpty()) {
            throw new ImportException(file, table.headerRow(), null, "the table has a header row but no rows of data;"
                    + " export it again with one row per county, province or region", null);
        }
        checkHeader(table);
        Choice key = chooseKey(table, settings);
        KeyMatcher matcher = matchers.get(key.level);
        int province = key.level == Level.COUNTY ? hintColumn(table, key.column, this::isProvince) : -1;
        int prefecture = key.level == Level.COUNTY ? hintColumn(table, key.column, this::isPrefecture) : -1;
        int names = key.level == Level.COUNTY && key.codes ? hintColumn(table, key.column, this::isCountyName) : -1;

        List<RowMatch> rowMatches = new ArrayList<>(table.rows().size());
        for (RawRow row : table.rows()) {
            String keyText = row.cell(key.column).text();
            KeyMatcher.Hints hints = new KeyMatcher.Hints(province < 0 ? null : row.cell(province).text(),
                    prefecture < 0 ? null : row.cell(prefecture).text());
            rowMatches.add(new RowMatch(row.number(), keyText, matcher.match(keyText, hints)));
        }
        List<String> warnings = new ArrayList<>(table.notes());
        MatchReport report = report(table, key.level, rowMatches, names, warnings);
        List<ColumnSummary> columns = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            ColumnRole role = c == key.column ? ColumnRole.KEY : c == province ? ColumnRole.PROVINCE
                    : c == prefecture ? ColumnRole.PREFECTURE : c == names ? ColumnRole.NAME : null;
            columns.add(summarise(table, c, role, settings, warnings));
        }
        List<String> blocking = new ArrayList<>();
        if (columns.stream().noneMatch(ColumnSummary::imported)) {
            blocking.add(columns.stream().anyMatch(col -> col.role() == ColumnRole.VALUE)
                    ? "every column of values is left out; include at least one"
                    : "no column holds numbers: a table to import needs at least one column of values");
        }
        if (report.found() == 0) {
            blocking.add("no row's key (column " + table.columnLabel(key.column) + ") names a " + key.level.key()
                    + " of the map; choose the key column and the level");
        }
        if (!report.duplicated().isEmpty()) {
            List<String> lines = new ArrayList<>();
            report.duplicated().forEach((code, rows) -> lines.add(report.unitNames().getOrDefault(code, code) + " ("
                    + code + ") in rows " + rows.stream().map(String::valueOf).toList()));
            blocking.add(report.duplicated().size() + " " + key.level.key() + (report.duplicated().size() == 1 ? " is"
                    : "s are") + " named by more than one row, so which value is right is not known: "
                    + String.join("; ", lines.subList(0, Math.min(5, lines.size())))
                    + (lines.size() > 5 ? "; …" : "") + "; keep one row for each and import again");
        }
        return new TablePreview(table, settings, key.level, key.column, columns, report, rowMatches, warnings,
                blocking);
    }

    /** A column with values under an empty header is usually a merged header cell: refuse it, naming the column. */
    private static void checkHeader(RawTable table) {
        for (int c = 0; c < table.columnCount(); c++) {
            if (!table.header().get(c).isBlank()) {
                continue;
            }
            for (RawRow row : table.rows()) {
                if (!row.cell(c).isEmpty()) {
                    throw new ImportException(table.file().name(), table.headerRow(), RawTable.letter(c),
                            "the column has no name in the header row but holds values (cell "
                                    + RawTable.cellRef(c, row.number()) + " is '" + row.cell(c).text() + "'); merged"
                                    + " header cells or a header of two rows do this: give every column its own name"
                                    + " in one header row and import again", null);
                }
            }
        }
        int widest = table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        for (RawRow row : table.rows()) {
            for (int c = table.columnCount(); c < widest; c++) {
                if (!row.cell(c).isEmpty()) {
                    throw new ImportException(table.file().name(), row.number(), RawTable.letter(c), "the row has"
                            + " a value ('" + row.cell(c).text() + "') beyond the last column of the header; a"
                            + " delimiter inside a value needs quotes, or the header lacks a column name", null);
                }
            }
        }
    }

    private record Choice(int column, Level level, boolean codes) {
    }

    private Choice chooseKey(RawTable table, ImportSettings settings) {
        List<Integer> columns = new ArrayList<>();
        if (settings.keyColumn() != null && !settings.keyColumn().isBlank()) {
            columns.add(column(table, settings.keyColumn()));
        } else {
            for (int c = 0; c < table.columnCount(); c++) {
                columns.add(c);
            }
        }
        List<Level> levels = settings.level() != null ? List.of(settings.level()) : List.of(Level.values());
        Choice best = null;
        int bestScore = -1;
        for (int c : columns) {
            if (settings.keyColumn() == null && !mayHoldKeys(table, c)) {
                continue; // a column of measurements (12,345.6) holds no codes or names
            }
            for (Level level : levels) {
                int foundRows = 0;
                int codes = 0;
                // Keys are counted once each: a key column names a different unit on each row, while a province
                // column beside county names repeats one province (a national table sorted by code starts with
                // Beijing's 16 districts, whose names such as 朝阳区 are ambiguous without the province).
                Set<String> found = new HashSet<>();
                Set<String> near = new HashSet<>();
                int n = 0;
                for (RawRow row : table.rows()) {
                    if (n++ >= SAMPLE_ROWS) {
                        break;
                    }
                    String key = row.cell(c).text();
                    KeyMatch match = matchers.get(level).match(key, KeyMatcher.Hints.NONE);
                    KeyMatch.Status status = match.status();
                    if (status == KeyMatch.Status.MATCHED || status == KeyMatch.Status.MAPPED) {
                        foundRows++;
                        found.add(match.code());
                        if (DIGITS.matcher(key.strip()).matches()) {
                            codes++;
                        }
                    } else if (status == KeyMatch.Status.AMBIGUOUS || status == KeyMatch.Status.OUTSIDE) {
                        near.add(key.strip());
                    }
                }
                // A unit found counts twice a key that is real but ambiguous or off the layer, so a column of codes
                // wins over one of names that has an ambiguous 城关区; ties go to the earlier column and the finer
                // level (counties before provinces before regions).
                int score = 2 * found.size() + near.size();
                if (score > bestScore) {
                    best = new Choice(c, level, codes * 2 > foundRows);
                    bestScore = score;
                }
            }
        }
        if (bestScore <= 0 && (settings.keyColumn() == null || settings.level() == null)) {
            throw new ImportException(table.file().name(), "no column holds codes or names of counties, provinces"
                    + " or regions of the map (the first rows' cells are " + firstCells(table) + "); choose the key"
                    + " column and the level");
        }
        return best;
    }

    /**
     * Whether at least a fifth of a column's first cells look like keys: whole numbers of two, six, nine or twelve
     * digits (codes), or text with letters (names).
     */
    private static boolean mayHoldKeys(RawTable table, int column) {
        int filled = 0;
        int keyLike = 0;
        int n = 0;
        for (RawRow row : table.rows()) {
            if (n++ >= SAMPLE_ROWS) {
                break;
            }
            String text = row.cell(column).text().strip();
            if (text.isEmpty()) {
                continue;
            }
            filled++;
            if (CODE_LIKE.matcher(text).matches()
                    || text.codePoints().anyMatch(Character::isLetter)) {
                keyLike++;
            }
        }
        return filled > 0 && keyLike * 5 >= filled;
    }

    private static String firstCells(RawTable table) {
        List<String> cells = new ArrayList<>();
        RawRow row = table.rows().get(0);
        for (int c = 0; c < Math.min(4, table.columnCount()); c++) {
            cells.add("'" + row.cell(c).text() + "'");
        }
        return String.join(", ", cells);
    }

    /** A column named by its header (exact, then ignoring case), letter (C) or 1-based number (3). */
    static int column(RawTable table, String wanted) {
        String w = wanted.strip();
        for (int c = 0; c < table.columnCount(); c++) {
            if (table.header().get(c).strip().equals(w)) {
                return c;
            }
        }
        for (int c = 0; c < table.columnCount(); c++) {
            if (table.header().get(c).strip().equalsIgnoreCase(w)
                    || Names.normalize(table.header().get(c)).equals(Names.normalize(w)) && !Names.normalize(w).isEmpty()) {
                return c;
            }
        }
        if (w.matches("[A-Za-z]{1,3}")) {
            for (int c = 0; c < table.columnCount(); c++) {
                if (RawTable.letter(c).equalsIgnoreCase(w)) {
                    return c;
                }
            }
        }
        if (w.matches("\\d{1,4}")) {
            int n = Integer.parseInt(w);
            if (n >= 1 && n <= table.columnCount()) {
                return n - 1;
            }
        }
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            labels.add(table.columnLabel(c));
        }
        throw new ImportException(table.file().name(), "there is no column '" + wanted + "'; the columns are "
                + String.join(", ", labels) + " (give the header, the letter or the number)");
    }

    /** The first other column whose non-blank cells are mostly provinces (prefectures, county names), or -1. */
    private int hintColumn(RawTable table, int keyColumn, java.util.function.Predicate<String> accepts) {
        for (int c = 0; c < table.columnCount(); c++) {
            if (c == keyColumn) {
                continue;
            }
            int filled = 0;
            int hits = 0;
            int n = 0;
            for (RawRow row : table.rows()) {
                if (n++ >= SAMPLE_ROWS) {
                    break;
                }
                RawCell cell = row.cell(c);
                if (cell.isEmpty() || cell.kind() == CellKind.NUMBER && !accepts.test(cell.text())) {
                    if (!cell.isEmpty()) {
                        filled++;
                    }
                    continue;
                }
                filled++;
                if (accepts.test(cell.text())) {
                    hits++;
                }
            }
            if (filled > 0 && hits >= HINT_SHARE * filled) {
                return c;
            }
        }
        return -1;
    }

    private boolean isProvince(String text) {
        return !NUMBER.matcher(text.strip()).matches()
                && matchers.get(Level.PROVINCE).match(text, KeyMatcher.Hints.NONE).found();
    }

    private boolean isPrefecture(String text) {
        String stem = Names.prefectureStem(text);
        return stem.length() >= 2 && prefectures.contains(stem) && !isCountyName(text);
    }

    private boolean isCountyName(String text) {
        return !NUMBER.matcher(text.strip()).matches()
                && matchers.get(Level.COUNTY).match(text, KeyMatcher.Hints.NONE).status() != KeyMatch.Status.UNKNOWN;
    }

    private MatchReport report(RawTable table, Level level, List<RowMatch> rows, int namesColumn,
            List<String> warnings) {
        MatchTally tally = new MatchTally();
        Map<String, List<Integer>> byUnit = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RowMatch row = rows.get(i);
            tally.add(row);
            KeyMatch m = row.match();
            if (m.found()) {
                byUnit.computeIfAbsent(m.code(), c -> new ArrayList<>()).add(row.row());
                names.put(m.code(), m.name());
                if (namesColumn >= 0) {
                    String named = table.rows().get(i).cell(namesColumn).text();
                    if (!named.isBlank() && !sameCounty(named, m.name())) {
                        conflicts.add("row " + row.row() + ": " + table.columnLabel(namesColumn) + " says '"
                                + named.strip() + "' but the key '" + row.key().strip() + "' is " + m.name()
                                + "; the key was used");
                    }
                }
            }
        }
        Map<String, List<Integer>> duplicated = new LinkedHashMap<>();
        byUnit.forEach((code, list) -> {
            if (list.size() > 1) {
                duplicated.put(code, list);
            }
        });
        if (!conflicts.isEmpty()) {
            warnings.add(conflicts.size() + " rows have a name that is not the unit of their code (the code was"
                    + " used): " + String.join("; ", conflicts.subList(0, Math.min(5, conflicts.size())))
                    + (conflicts.size() > 5 ? "; …" : ""));
        }
        return tally.report(level, duplicated, conflicts, names);
    }

    private static boolean sameCounty(String a, String b) {
        String x = Names.normalize(a);
        String y = Names.normalize(b);
        if (x.equals(y)) {
            return true;
        }
        String sx = Names.countyStem(a);
        String sy = Names.countyStem(b);
        return sx != null && sx.equals(sy);
    }

    private ColumnSummary summarise(RawTable table, int c, ColumnRole fixedRole, ImportSettings settings,
            List<String> warnings) {
        ColumnHeader header = settings.headers().getOrDefault(c, HeaderParser.parse(table.header().get(c)));
        int values = 0;
        int blanks = 0;
        int unreadable = 0;
        int percent = 0;
        int dates = 0;
        List<CellProblem> examples = new ArrayList<>();
        for (RawRow row : table.rows()) {
            RawCell cell = row.cell(c);
            CellValue value = ValueParser.parse(cell);
            if (value.isNumber()) {
                values++;
                if (value.percent()) {
                    percent++;
                }
                continue;
            }
            if (value.missing().unreadable()) {
                unreadable++;
                if (value.missing() == MissingReason.DATE) {
                    dates++;
                }
            } else {
                blanks++;
            }
            if (value.missing() != MissingReason.BLANK && examples.size() < EXAMPLES) {
                examples.add(new CellProblem(row.number(), RawTable.cellRef(c, row.number()), cell.text(),
                        value.missing()));
            }
        }
        List<String> notes = new ArrayList<>();
        ColumnRole role = fixedRole;
        if (role == null) {
            if (values == 0 && unreadable == 0) {
                role = ColumnRole.EMPTY;
            } else if (values >= unreadable) {
                role = ColumnRole.VALUE;
            } else {
                role = ColumnRole.TEXT;
                notes.add(dates * 2 > unreadable ? "mostly dates, not numbers" : "mostly text, not numbers");
            }
        }
        if (role == ColumnRole.VALUE) {
            if (percent > 0 && header.unit().isEmpty() && !settings.headers().containsKey(c)) {
                header = header.withUnit("%");
                notes.add("cells end with %: read as percent (12.3% is 12.3 %)");
            }
            if (percent > 0 && percent < values) {
                notes.add(percent + " of " + values + " numbers end with % and the others do not: check the unit");
            }
            if (percent > 0 && !header.unit().isEmpty() && !header.unit().contains("%")) {
                notes.add("cells end with % but the unit is '" + header.unit() + "'");
            }
            if (dates > 0) {
                notes.add(dates + " cells are dates, not numbers: not reported");
            }
            String clash = existingNames.get(Names.normalize(header.name()));
            if (clash != null) {
                notes.add("the atlas already has an indicator named '" + clash + "'; this column is imported as its"
                        + " own indicator, with its own source, and never mixed with it");
                warnings.add("column " + RawTable.letter(c) + " is named like the existing indicator '" + clash
                        + "': it is kept apart from it");
            }
            if (unreadable > 0) {
                warnings.add("column " + table.columnLabel(c) + ": " + unreadable + " cells cannot be read as numbers"
                        + " (" + examples.stream().filter(e -> e.reason().unreadable()).map(CellProblem::describe)
                        .limit(3).toList() + "); they are stored as not reported, never 0");
            }
        }
        boolean included = role == ColumnRole.VALUE && !settings.excluded().contains(c);
        return new ColumnSummary(c, RawTable.letter(c), header, role, included, values, blanks, unreadable, examples,
                notes);
    }

    /** The level's name for messages: "county". */
    static String words(Level level) {
        return level.key().toLowerCase(Locale.ROOT);
    }
}
