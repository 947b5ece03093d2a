package org.cpatlas.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags figures of different sources that state the same quantity with different values.
 *
 * <p>"The same quantity" is deliberately narrow: same indicator, same region, same year and same unit, both figures
 * whole (not PARTIAL) and exact (not a bound). Different scopes (plan area versus listed counties) usually come with
 * different years or units in the data; where they do not, the note of each figure says which scope it has.
 * Values are compared at the coarser of the two printed precisions, so 26 and 26.00 agree.
 */
final class ConflictMarker {

    private static final String PAIRS = """
            SELECT a.id, a.value, da.short_citation || ', ' || sa.location,
                   b.id, b.value, db.short_citation || ', ' || sb.location
            FROM observation a
            JOIN observation b
              ON b.indicator_code = a.indicator_code AND b.region_code = a.region_code
             AND b.subject_kind = 'region' AND a.subject_kind = 'region'
             AND b.year IS a.year AND b.unit = a.unit AND a.id < b.id
            JOIN source sa ON sa.id = a.source_id JOIN document da ON da.id = sa.document_id
            JOIN source sb ON sb.id = b.source_id JOIN document db ON db.id = sb.document_id
            WHERE a.value IS NOT NULL AND b.value IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM observation_flag f WHERE f.observation_id IN (a.id, b.id)
                              AND f.flag IN ('PARTIAL', 'LOWER_BOUND', 'UPPER_BOUND', 'COMPUTED'))
            """;

    /** Two figures that disagree, each with the citation of its source as a reader would follow it. */
    private record Pair(String a, BigDecimal aValue, String aSource, String b, BigDecimal bValue, String bSource) {
    }

    private ConflictMarker() {
    }

    /** Marks every disagreeing pair CONFLICT and notes on each figure what it disagrees with; returns the count. */
    static int markConflicts(Connection connection) throws SQLException {
        List<Pair> conflicts = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(PAIRS); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Pair pair = new Pair(rs.getString(1), new BigDecimal(rs.getString(2)), rs.getString(3),
                        rs.getString(4), new BigDecimal(rs.getString(5)), rs.getString(6));
                if (disagree(pair.aValue(), pair.bValue())) {
                    conflicts.add(pair);
                }
            }
        }
        try (PreparedStatement flag = connection.prepareStatement(
                "INSERT OR IGNORE INTO observation_flag (observation_id, flag) VALUES (?, 'CONFLICT')");
             PreparedStatement note = connection.prepareStatement(
                     "UPDATE observation SET note = CASE WHEN note = '' THEN ? ELSE note || '; ' || ? END WHERE id = ?")) {
            for (Pair pair : conflicts) {
                mark(flag, note, pair.a(), "differs from " + pair.bValue().toPlainString() + " in " + pair.bSource());
                mark(flag, note, pair.b(), "differs from " + pair.aValue().toPlainString() + " in " + pair.aSource());
            }
        }
        return conflicts.size();
    }

    static boolean disagree(BigDecimal a, BigDecimal b) {
        int scale = Math.min(a.scale(), b.scale());
        return a.setScale(scale, RoundingMode.HALF_UP).compareTo(b.setScale(scale, RoundingMode.HALF_UP)) != 0;
    }

    private static void mark(PreparedStatement flag, PreparedStatement note, String id, String text)
            throws SQLException {
        flag.setString(1, id);
        flag.executeUpdate();
        note.setString(1, text);
        note.setString(2, text);
        note.setString(3, id);
        note.executeUpdate();
    }
}
