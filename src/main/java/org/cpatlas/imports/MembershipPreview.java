package org.cpatlas.imports;

import java.util.List;
import java.util.Objects;
import org.cpatlas.domain.MembershipList;
import org.cpatlas.geo.MembershipCheck;

/**
 * What a county-to-region list would be once imported, before anything is stored: how the file was read, which columns
 * were taken for what, how every county cell matched the map (the table import's {@link MatchReport}), the rows whose
 * region names none of the 14, the check of the list against the regions ({@link MembershipCheck.Report}: counts beside
 * the official ones, counties in two regions, regions with no county) and what stops the import.
 *
 * @param table        the table as read
 * @param name         the name the list would be stored under
 * @param countyColumn the county column (0-based)
 * @param regionColumn the region column (0-based)
 * @param roles        the other columns taken: "province", "prefecture", "basis", "source", "note" with their labels
 * @param countyReport how the county cells matched
 * @param regionRows   rows whose region cell names no region (unknown, ambiguous or empty)
 * @param repeated     rows left out because they repeat an earlier row's county and region
 * @param badBasis     rows whose basis is none of the four
 * @param plan         what would be stored (its list holds the rows kept)
 * @param check        the list checked against the atlas's regions and the county layer
 * @param notes        how the file was read and what was assumed (no basis column: every row explicit)
 * @param blocking     what stops the import; empty when it can go ahead
 */
public record MembershipPreview(RawTable table, String name, int countyColumn, int regionColumn, List<String> roles,
        MatchReport countyReport, List<RowMatch> regionRows, List<ImportPlan.LeftOutRow> repeated,
        List<ImportPlan.LeftOutRow> badBasis, MembershipPlan plan, MembershipCheck.Report check, List<String> notes,
        List<String> blocking) {

    public MembershipPreview {
        Objects.requireNonNull(table, "table");
        roles = List.copyOf(roles);
        regionRows = List.copyOf(regionRows);
        repeated = List.copyOf(repeated);
        badBasis = List.copyOf(badBasis);
        notes = List.copyOf(notes);
        blocking = List.copyOf(blocking);
    }

    /** True when nothing stops the import. */
    public boolean canImport() {
        return blocking.isEmpty();
    }

    /** The rows kept, as a list named {@link #name()}. */
    public MembershipList list() {
        return plan.list();
    }
}
