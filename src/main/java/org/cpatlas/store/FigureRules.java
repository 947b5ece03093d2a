package org.cpatlas.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.SubjectKind;

/**
 * What the figures in a database must be for the atlas to read them, beyond the schema: the rules the importer
 * applies to the data files, checked again on the database, since a database can be edited by hand. Each rule names
 * the first figure that breaks it.
 */
final class FigureRules {

    private FigureRules() {
    }

    /** The first broken rule, in words; empty when every figure can be read. */
    static Optional<String> firstViolation(Connection connection) throws SQLException {
        String flags = Arrays.stream(Flag.values()).map(f -> "'" + f.name() + "'").collect(Collectors.joining(", "));
        String kinds = Arrays.stream(SubjectKind.values()).map(k -> "'" + k.key() + "'")
                .collect(Collectors.joining(", "));
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM region")) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return Optional.of("the table region is empty");
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id, value FROM observation WHERE value IS NOT NULL")) {
                while (rs.next()) {
                    String value = rs.getString(2);
                    if (!PlainDecimal.isAsStored(value)) {
                        return Optional.of("the figure " + rs.getString(1) + " has the value '" + shortened(value)
                                + "', which is not a number as the atlas stores them (plain digits, at most "
                                + PlainDecimal.MAX_STORED_DIGITS + ")");
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT observation_id, flag FROM observation_flag"
                    + " WHERE flag NOT IN (" + flags + ") LIMIT 1")) {
                if (rs.next()) {
                    return Optional.of("the figure " + rs.getString(1) + " has the flag '" + shortened(rs.getString(2))
                            + "', which the atlas does not know");
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id, subject_kind FROM observation"
                    + " WHERE subject_kind NOT IN (" + kinds + ") LIMIT 1")) {
                if (rs.next()) {
                    return Optional.of("the figure " + rs.getString(1) + " is about a '" + shortened(rs.getString(2))
                            + "', which is none of the kinds of subject the atlas knows");
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id, year FROM observation"
                    + " WHERE year IS NOT NULL AND (year < 0 OR year > 9999) LIMIT 1")) {
                if (rs.next()) {
                    return Optional.of("the figure " + rs.getString(1) + " has the year " + rs.getLong(2)
                            + ", which is not a four-digit year");
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT code FROM region"
                    + " WHERE code NOT IN (SELECT region_code FROM region_rate_2010) ORDER BY seq LIMIT 1")) {
                if (rs.next()) {
                    return Optional.of("the region " + rs.getString(1) + " has no Table 1 rate (its row of the table"
                            + " region_rate_2010 is missing)");
                }
            }
        }
        return Optional.empty();
    }

    /** A value as it may be quoted in a message: at most 40 characters, control characters shown as '?'. */
    static String shortened(String value) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
        return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
    }
}
