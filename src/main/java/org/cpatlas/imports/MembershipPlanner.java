package org.cpatlas.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cpatlas.domain.CountyMembership;
import org.cpatlas.domain.Level;
import org.cpatlas.domain.MembershipBasis;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.geo.MembershipCheck;

/**
 * Makes the preview of a county-to-region list: finds (or takes the user's) county and region columns and the
 * optional province, prefecture, basis, source and note columns, matches every county cell with the table import's
 * county matcher (2012 codes, later codes followed back through the code-change chain, names narrowed by province or
 * prefecture) and every region cell with its region matcher, and checks the list against the 14 regions. Nothing is
 * stored; the same preview serves the window and {@code membership import --dry-run}.
 *
 * <p>What stops an import: no row naming a county of the map (an empty list), a region cell naming none of the 14
 * regions, a county counted in two regions, a basis that is none of the four. Rows whose county is unknown,
 * ambiguous or not on the map, and rows repeating an earlier row, are left out and listed, as the table import does.
 */
public final class MembershipPlanner {

    /** Rows looked at to find the columns from their cells. */
    private static final int SAMPLE_ROWS = 300;

    private static final List<String> COUNTY_CODE = List.of("county_code_2012", "county_code", "countycode", "adcode",
            "code", "县代码", "区划代码", "行政区划代码", "代码");
    private static final List<String> COUNTY_NAME = List.of("county_zh", "county", "county_name", "countyname",
            "name_zh", "name", "县", "县名", "县名称", "县市区", "县(市、区)", "县（市、区）", "名称");
    private static final List<String> REGION = List.of("region_code", "region", "region_zh", "region_en",
            "region_name", "片区", "片区名称", "所属片区", "连片特困地区", "集中连片特困地区");
    private static final List<String> PROVINCE = List.of("province_zh", "province", "province_name", "省", "省份",
            "省区", "省(区、市)", "省（区、市）");
    private static final List<String> PREFECTURE = List.of("prefecture_zh", "prefecture", "地市", "市州", "地区",
            "市(州)", "市（州）", "地级市");
    private static final List<String> BASIS = List.of("basis", "依据", "证据");
    private static final List<String> SOURCE = List.of("source", "sources", "来源", "出处");
    private static final List<String> NOTE = List.of("note", "notes", "quote", "备注", "说明", "引文", "原文");

    private final KeyMatcher counties;
    private final KeyMatcher regions;
    private final MembershipCheck check;

    /**
     * @param gazetteer the map's counties, provinces and regions
     * @param check     the check of a list against the atlas's regions (official counts) and the county layer
     */
    public MembershipPlanner(Gazetteer gazetteer, MembershipCheck check) {
        this.counties = KeyMatcher.forLevel(Level.COUNTY, gazetteer);
        this.regions = KeyMatcher.forLevel(Level.REGION, gazetteer);
        this.check = check;
    }

    /**
     * The preview of a list to be stored under {@code name} (null or blank: the file's name without extension).
     *
     * @throws ImportException when the file has no rows, or a column the user named is not there
     */
    public MembershipPreview preview(RawTable table, MembershipSettings settings, String name) {
        String file = table.file().name();
        if (table.rows().isEmpty()) {
            throw new ImportException(file, table.headerRow(), null, "the list has a header row but no rows: it"
                    + " needs one row per county, with the county (code or name) and its region", null);
        }
        String listName = name == null || name.isBlank() ? stem(file) : name.strip();
        List<String> notes = new ArrayList<>(table.notes());
        List<String> blocking = new ArrayList<>();
        int regionColumn = settings.regionColumn() != null && !settings.regionColumn().isBlank()
                ? TablePlanner.column(table, settings.regionColumn()) : byHeader(table, REGION, -1);
        if (regionColumn < 0) {
            regionColumn = byCells(table, regions, -1);
        }
        int countyColumn = settings.countyColumn() != null && !settings.countyColumn().isBlank()
                ? TablePlanner.column(table, settings.countyColumn()) : byHeader(table, COUNTY_CODE, regionColumn);
        if (countyColumn < 0) {
            countyColumn = byHeader(table, COUNTY_NAME, regionColumn);
        }
        if (countyColumn < 0) {
            countyColumn = byCells(table, counties, regionColumn);
        }
        if (countyColumn < 0 || regionColumn < 0 || countyColumn == regionColumn) {
            throw new ImportException(file, table.headerRow(), null, "no column names " + (countyColumn < 0
                    ? "counties (2012 codes or names)" : "the regions (code, Chinese or English name)")
                    + "; the columns are " + labels(table) + ": a list needs one column of counties and one of"
                    + " regions (choose them, e.g. --county B --region D)", null);
        }
        int used = countyColumn;
        int province = other(table, PROVINCE, countyColumn, regionColumn);
        int prefecture = other(table, PREFECTURE, countyColumn, regionColumn);
        int basis = other(table, BASIS, countyColumn, regionColumn);
        int source = other(table, SOURCE, countyColumn, regionColumn);
        int note = other(table, NOTE, countyColumn, regionColumn);
        List<String> roles = new ArrayList<>();
        roles.add("counties: " + table.columnLabel(countyColumn));
        roles.add("regions: " + table.columnLabel(regionColumn));
        role(roles, table, "province", province);
        role(roles, table, "prefecture", prefecture);
        role(roles, table, "basis", basis);
        role(roles, table, "source", source);
        role(roles, table, "note", note);
        if (basis < 0) {
            notes.add("no basis column: every row is taken as naming its county a member (explicit), on the"
                    + " list's word");
        }

        List<RowMatch> countyMatches = new ArrayList<>();
        List<RowMatch> regionRows = new ArrayList<>();
        List<ImportPlan.LeftOutRow> leftOut = new ArrayList<>();
        List<ImportPlan.LeftOutRow> repeated = new ArrayList<>();
        List<ImportPlan.LeftOutRow> badBasis = new ArrayList<>();
        List<CountyMembership> kept = new ArrayList<>();
        List<MembershipPlan.Key> keys = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        Map<String, List<Integer>> regionsOfCounty = new LinkedHashMap<>();
        Map<String, String> countyNames = new HashMap<>();
        int emptyBasis = 0;
        for (RawRow row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            String countyText = row.cell(countyColumn).text();
            KeyMatcher.Hints hints = new KeyMatcher.Hints(province < 0 ? null : row.cell(province).text(),
                    prefecture < 0 ? null : row.cell(prefecture).text());
            KeyMatch county = counties.match(countyText, hints);
            RowMatch countyRow = new RowMatch(row.number(), countyText, county);
            countyMatches.add(countyRow);
            if (!county.found()) {
                leftOut.add(new ImportPlan.LeftOutRow(row.number(), countyText.strip(), county.note()));
                continue;
            }
            countyNames.put(county.code(), county.name());
            String regionText = row.cell(regionColumn).text();
            KeyMatch region = regions.match(regionText, KeyMatcher.Hints.NONE);
            if (!region.found()) {
                regionRows.add(new RowMatch(row.number(), regionText, region));
                continue;
            }
            MembershipBasis rowBasis = MembershipBasis.EXPLICIT;
            if (basis >= 0) {
                String basisText = row.cell(basis).text();
                if (basisText.isBlank()) {
                    emptyBasis++;
                } else {
                    Optional<MembershipBasis> parsed = MembershipBasis.parse(basisText);
                    if (parsed.isEmpty()) {
                        badBasis.add(new ImportPlan.LeftOutRow(row.number(), basisText.strip(), "the basis '"
                                + basisText.strip() + "' is none of explicit, whole prefecture, inferred,"
                                + " approximate"));
                        continue;
                    }
                    rowBasis = parsed.get();
                }
            }
            String pair = county.code() + "/" + region.code();
            Integer earlier = firstRow.putIfAbsent(pair, row.number());
            if (earlier != null) {
                repeated.add(new ImportPlan.LeftOutRow(row.number(), countyText.strip(), "repeats row " + earlier
                        + " (" + county.name() + " in " + region.name() + "); the first row was kept"));
                continue;
            }
            regionsOfCounty.computeIfAbsent(county.code(), c -> new ArrayList<>()).add(row.number());
            kept.add(new CountyMembership(county.code(), region.code(), rowBasis,
                    source < 0 ? "" : row.cell(source).text().strip(), note < 0 ? "" : row.cell(note).text().strip(),
                    row.number()));
            keys.add(new MembershipPlan.Key(countyText.strip(), county.status() == KeyMatch.Status.MAPPED
                    || !county.note().isEmpty() ? county.note() : ""));
        }
        if (emptyBasis > 0) {
            notes.add(emptyBasis + " row" + (emptyBasis == 1 ? " has" : "s have") + " no basis: taken as explicit"
                    + " (the list names the county)");
        }
        leftOut.addAll(repeated);
        leftOut.sort(java.util.Comparator.comparingInt(ImportPlan.LeftOutRow::row));
        MembershipList list = new MembershipList(listName, kept);
        MembershipCheck.Report report = check.check(list);

        if (kept.isEmpty() && regionRows.isEmpty() && badBasis.isEmpty()) {
            blocking.add("no row names a county of the map (column " + table.columnLabel(used) + "), so the list is"
                    + " empty: check the county column and the file");
        }
        if (!regionRows.isEmpty()) {
            blocking.add(regionRows.size() + " row" + (regionRows.size() == 1 ? " names" : "s name") + " no region"
                    + " of the 14: " + first(regionRows.stream().map(RowMatch::describe).toList())
                    + "; write the region as its code, Chinese or English name (see 'atlas regions')");
        }
        if (!report.countiesInTwoRegions().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (MembershipCheck.Rows rows : report.countiesInTwoRegions()) {
                lines.add(countyNames.getOrDefault(rows.key(), rows.key()) + " (" + rows.key() + ") in "
                        + String.join(" and ", rows.regions()) + ", rows " + rows.rows());
            }
            blocking.add(lines.size() + " count" + (lines.size() == 1 ? "y is" : "ies are") + " counted in two"
                    + " regions: " + first(lines) + "; a county belongs to one region: keep one row for each");
        }
        if (!badBasis.isEmpty()) {
            blocking.add(badBasis.size() + " row" + (badBasis.size() == 1 ? " has" : "s have") + " a basis the atlas"
                    + " does not know: " + first(badBasis.stream().map(r -> "row " + r.row() + ": " + r.reason())
                    .toList()) + "; leave it empty or write one of those four");
        }
        if (listName.equalsIgnoreCase(MembershipList.BUNDLED)) {
            blocking.add("'" + listName + "' is the name of the atlas's own list; give this one another name");
        }
        MatchReport countyReport = report(countyMatches, countyNames);
        MembershipPlan plan = new MembershipPlan(table.file(), table.format(), table.encoding(), table.sheet(), list,
                keys, table.rows().size(), leftOut);
        return new MembershipPreview(table, listName, countyColumn, regionColumn, roles, countyReport, regionRows,
                repeated, badBasis, plan, report, notes, blocking);
    }

    private static MatchReport report(List<RowMatch> rows, Map<String, String> names) {
        MatchTally tally = new MatchTally();
        rows.forEach(tally::add);
        return tally.report(Level.COUNTY, Map.of(), List.of(), names);
    }

    private static String first(List<String> lines) {
        return String.join("; ", lines.subList(0, Math.min(5, lines.size()))) + (lines.size() > 5 ? "; …" : "");
    }

    private static void role(List<String> roles, RawTable table, String what, int column) {
        if (column >= 0) {
            roles.add(what + ": " + table.columnLabel(column));
        }
    }

    private static String stem(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static String labels(RawTable table) {
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            labels.add(table.columnLabel(c));
        }
        return String.join(", ", labels);
    }

    private static int other(RawTable table, List<String> aliases, int county, int region) {
        int c = byHeader(table, aliases, region);
        return c == county ? -1 : c;
    }

    /** The column whose header is one of the aliases (in the aliases' order), other than {@code skip}; or -1. */
    private static int byHeader(RawTable table, List<String> aliases, int skip) {
        for (String alias : aliases) {
            for (int c = 0; c < table.columnCount(); c++) {
                if (c != skip && header(table, c).equals(alias)) {
                    return c;
                }
            }
        }
        return -1;
    }

    private static String header(RawTable table, int column) {
        return table.header().get(column).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /** The column (other than {@code skip}) whose sampled cells the matcher finds most often; -1 when none. */
    private static int byCells(RawTable table, KeyMatcher matcher, int skip) {
        int best = -1;
        int bestFound = 0;
        for (int c = 0; c < table.columnCount(); c++) {
            if (c == skip) {
                continue;
            }
            int found = 0;
            int n = 0;
            for (RawRow row : table.rows()) {
                if (n++ >= SAMPLE_ROWS) {
                    break;
                }
                if (matcher.match(row.cell(c).text(), KeyMatcher.Hints.NONE).found()) {
                    found++;
                }
            }
            if (found > bestFound) {
                best = c;
                bestFound = found;
            }
        }
        return best;
    }
}
