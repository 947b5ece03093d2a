package org.cpatlas.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * The number of rows and a digest of the content of every table, recorded in {@code build_info} when the database is
 * built ({@code content:<table>} = "rows digest") and compared at every start. A value edited by hand, a row deleted
 * or added: the figures are no longer the sourced ones, so the atlas's own copy is built again and a file given with
 * {@code --db} is not used, instead of showing a changed number beside the source that does not print it.
 *
 * <p>The digest (two checksums of the table's rows in the order of their key, so a VACUUM, which may renumber rows,
 * changes nothing) tells a hand edit from the content as built; it is not meant to stand against forgery, which a
 * record kept in the same file could not.
 */
final class ContentStamp {

    static final String KEY_PREFIX = "content:";

    private ContentStamp() {
    }

    /** Records the stamp of every content table; inside the import's transaction, after the content is written. */
    static void write(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                     + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT IN ('build_info', '"
                     + SchemaMigrator.HISTORY_TABLE + "')")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO build_info (key, value) VALUES (?, ?)")) {
            for (String table : tables) {
                insert.setString(1, KEY_PREFIX + table);
                insert.setString(2, of(connection, table).toString());
                insert.executeUpdate();
            }
        }
    }

    /** True when the database records stamps at all (a database built before they existed has none). */
    static boolean present(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM build_info WHERE key LIKE '" + KEY_PREFIX + "%'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /** The first table whose content differs from its stamp, in words; empty when all match. */
    static Optional<String> firstDifference(Connection connection, Collection<String> tables) throws SQLException {
        Map<String, String> recorded = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT key, value FROM build_info WHERE key LIKE '" + KEY_PREFIX + "%'")) {
            while (rs.next()) {
                recorded.put(rs.getString(1).substring(KEY_PREFIX.length()), rs.getString(2));
            }
        }
        for (String table : tables) {
            if ("build_info".equals(table)) {
                continue;
            }
            Stamp expected = Stamp.parse(recorded.get(table));
            if (expected == null) {
                return Optional.of("its record of what it was built with (table build_info) was changed");
            }
            Stamp actual = of(connection, table);
            if (actual.rows() != expected.rows()) {
                return Optional.of("the table " + table + " has " + actual.rows() + " rows, but the atlas built it"
                        + " with " + expected.rows());
            }
            if (!actual.digest().equals(expected.digest())) {
                return Optional.of("the table " + table + " was changed after the atlas built it");
            }
        }
        return Optional.empty();
    }

    /** Rows and digest of one table. */
    record Stamp(long rows, String digest) {
        @Override
        public String toString() {
            return rows + " " + digest;
        }

        static Stamp parse(String text) {
            if (text == null) {
                return null;
            }
            String[] parts = text.split(" ");
            if (parts.length != 2 || !parts[0].matches("\\d{1,18}")) {
                return null;
            }
            return new Stamp(Long.parseLong(parts[0]), parts[1]);
        }
    }

    /**
     * The table's rows as SQLite writes them ({@code quote()}: text quoted, binary data in hex, numbers and NULL bare,
     * so 35 and '35' differ), one line per row in the order of the primary key, and two checksums of that text. The
     * work is SQLite's: Java only checksums one string, which keeps the check cheap at every start.
     */
    static Stamp of(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        java.util.TreeMap<Integer, String> keys = new java.util.TreeMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, pk FROM pragma_table_info(" + literal(table) + ")"
                     + " ORDER BY cid")) {
            while (rs.next()) {
                String column = ReferenceSchema.quote(rs.getString(1));
                columns.add("quote(" + column + ")");
                if (rs.getInt(2) > 0) {
                    keys.put(rs.getInt(2), column);
                }
            }
        }
        String row = columns.isEmpty() ? "''" : String.join(" || ',' || ", columns);
        // The rows in the order of the primary key (of all columns without one), not of the rowid, which VACUUM may
        // renumber.
        String order = String.join(", ", keys.isEmpty() ? columns : keys.values());
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), group_concat(" + row + ", char(10) ORDER BY " + order
                     + ") FROM " + ReferenceSchema.quote(table))) {
            rs.next();
            long rows = rs.getLong(1);
            byte[] text = String.valueOf(rs.getString(2)).getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(text);
            Adler32 adler = new Adler32();
            adler.update(text);
            return new Stamp(rows, String.format("%08x%08x", crc.getValue(), adler.getValue()));
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
