package org.cpatlas.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The number of rows and a digest of the content of every table, recorded in {@code build_info} when the database is
 * built ({@code content:<table>} = "rows digest") and compared at every start. A value edited by hand, a row deleted
 * or added: the figures are no longer the sourced ones, so the atlas's own copy is built again and a file given with
 * {@code --db} is not used, instead of showing a changed number beside the source that does not print it.
 *
 * <p>The digest does not depend on the order of rows (each row is digested, the row digests sorted), so a VACUUM,
 * which may renumber rows, changes nothing.
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

    static Stamp of(Connection connection, String table) throws SQLException {
        MessageDigest rowDigest = sha256();
        List<String> rows = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + ReferenceSchema.quote(table))) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    // The storage class is part of the value: 35 (a number) and '35' (text) are different content.
                    rowDigest.update((byte) kind(value));
                    rowDigest.update(value instanceof byte[] bytes ? bytes
                            : String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                    rowDigest.update((byte) 0);
                }
                rows.add(HexFormat.of().formatHex(rowDigest.digest()));
            }
        }
        rows.sort(null);
        MessageDigest tableDigest = sha256();
        for (String row : rows) {
            tableDigest.update(row.getBytes(StandardCharsets.US_ASCII));
        }
        return new Stamp(rows.size(), HexFormat.of().formatHex(tableDigest.digest()));
    }

    private static char kind(Object value) {
        if (value == null) {
            return 'n';
        }
        if (value instanceof byte[]) {
            return 'b';
        }
        if (value instanceof Double || value instanceof Float) {
            return 'r';
        }
        return value instanceof Number ? 'i' : 't';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
