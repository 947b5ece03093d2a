package org.cpatlas.imports;

import java.util.ArrayList;
import java.util.List;
import org.cpatlas.geo.MembershipCheck;

/**
 * A membership list's preview in plain text, as {@code membership import} prints it and the window's report shows it:
 * how the file was read, the columns taken, per region the counties listed and drawn beside the official count, the
 * county cells matched through another year's code, the rows left out, and what stops the import.
 */
public final class MembershipPreviewText {

    /** Rows listed per kind of problem before "… and N more". */
    private static final int LISTED = 10;

    private MembershipPreviewText() {
    }

    public static List<String> lines(MembershipPreview preview) {
        RawTable table = preview.table();
        List<String> out = new ArrayList<>();
        out.add("File:      " + table.file().name() + " (" + table.file().size() + " bytes, SHA-256 "
                + table.file().shortDigest() + "…)");
        out.add("Read as:   " + PreviewText.describeFormat(table));
        out.add("Header:    row " + table.headerRow() + "; " + table.rows().size() + " data rows");
        out.add("Columns:   " + String.join("; ", preview.roles()));
        out.add("List name: " + preview.name());
        for (String note : preview.notes()) {
            out.add("Note:      " + note);
        }
        out.add("");
        MembershipCheck.Report check = preview.check();
        out.add("Regions (counties in the list / drawn on the map / official count)");
        for (MembershipCheck.RegionCount region : check.regions()) {
            String official = region.official() > 0 ? String.valueOf(region.official()) : "not reported";
            String flag = region.listed() == 0 ? "  no county in this list"
                    : region.differsFromOfficial() ? "  differs from the official count" : "";
            out.add(String.format("  %-14s %-28s %4d / %4d / %s%s", region.nameZh(), region.nameEn(), region.listed(),
                    region.drawn(), official, flag));
        }
        MatchReport report = preview.countyReport();
        out.add("");
        out.add("Counties: " + report.found() + " of " + report.rows() + " rows name a county of the map ("
                + report.matched() + " exactly, " + report.mapped().size() + " through another year's code or name);"
                + " " + preview.plan().leftOut().size() + " rows left out");
        section(out, "Matched through another code or name", report.mapped().stream().map(RowMatch::describe).toList());
        section(out, "Unknown county (left out)", report.unknown().stream().map(RowMatch::describe).toList());
        section(out, "Ambiguous county (left out; never guessed)",
                report.ambiguous().stream().map(RowMatch::describe).toList());
        section(out, "Not on the map's county layer (left out)",
                report.outside().stream().map(RowMatch::describe).toList());
        if (!report.blank().isEmpty()) {
            out.add("  Empty county cell (left out): rows " + report.blank());
        }
        section(out, "Repeated rows (left out)", preview.repeated().stream()
                .map(r -> "row " + r.row() + " '" + r.key() + "': " + r.reason()).toList());
        section(out, "Region not one of the 14", preview.regionRows().stream().map(RowMatch::describe).toList());
        section(out, "Basis not known", preview.badBasis().stream().map(r -> "row " + r.row() + ": " + r.reason())
                .toList());
        if (!check.regionsWithoutCounty().isEmpty()) {
            out.add("  Regions with no county in this list (drawn empty, listed as such): "
                    + String.join(", ", check.regionsWithoutCounty()));
        }
        if (!preview.blocking().isEmpty()) {
            out.add("");
            out.add("Cannot be imported as it is:");
            preview.blocking().forEach(b -> out.add("  - " + b));
        }
        return out;
    }

    private static void section(List<String> out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.add("  " + title + ": " + lines.size());
        for (int i = 0; i < Math.min(LISTED, lines.size()); i++) {
            out.add("    " + lines.get(i));
        }
        if (lines.size() > LISTED) {
            out.add("    … and " + (lines.size() - LISTED) + " more");
        }
    }
}
