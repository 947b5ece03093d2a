package org.cpatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an atlas database of the current schema before anything reads it, so that a hand-edited file is found at
 * start, in words, rather than by a failing query later: every table, view and trigger the migrations make, with
 * their columns; every view runs; every value of the storage class its column declares (no text in a number column,
 * no binary data anywhere the atlas writes text); no reference to a missing row; the values by the database's own
 * rules (for the bundled database, the figures as the importer writes them: {@link FigureRules}); and, for a database
 * built from the bundled data, the content as it was built ({@link ContentStamp}).
 */
final class AtlasDatabaseCheck {

    /** What the values must be beyond their storage class: the first that is not, in words. */
    @FunctionalInterface
    interface ContentRules {
        Optional<String> firstViolation(Connection connection) throws SQLException;
    }

    private final ReferenceSchema expected;
    private final ContentRules rules;
    private final boolean recordsContent;

    /**
     * @param expected       the schema the database must have
     * @param rules          the rules on its values
     * @param recordsContent whether its content is recorded when it is built ({@link ContentStamp}): true for a
     *                       database built from the bundled data, false for one whose content changes in use
     */
    AtlasDatabaseCheck(ReferenceSchema expected, ContentRules rules, boolean recordsContent) {
        this.expected = expected;
        this.rules = rules;
        this.recordsContent = recordsContent;
    }

    /** The check of the bundled database: its schema is what {@code db/migration} makes, its figures the importer's. */
    static AtlasDatabaseCheck bundled() {
        return new AtlasDatabaseCheck(ReferenceSchema.of(
                new MigrationScripts(AtlasDatabaseCheck.class.getClassLoader(), MigrationScripts.BUNDLED)),
                FigureRules::firstViolation, true);
    }

    /**
     * What the check found.
     *
     * @param structure what is missing or changed in the tables, views and columns, or null
     * @param content   what is wrong with the values, or null
     * @param stamped   whether the database records what it was built with ({@link ContentStamp}); always false for a
     *                  database whose content is not recorded
     */
    record Result(String structure, String content, boolean stamped) {
        /** The first problem, structure before content, or null. */
        String problem() {
            return structure != null ? structure : content;
        }
    }

    /** What a check finds in a file that passed it before and has not been written since ({@link CheckMemo}). */
    static AtlasDatabaseCheck passedBefore() {
        return new AtlasDatabaseCheck(null, connection -> Optional.empty(), true);
    }

    Result check(Connection connection) throws SQLException {
        if (expected == null) {
            return new Result(null, null, true);
        }
        ReferenceSchema actual = ReferenceSchema.read(connection);
        Optional<String> structure = expected.shortfallOf(actual).or(() -> failingView(connection, actual));
        if (structure.isPresent()) {
            return new Result(structure.get(), null, false);
        }
        Optional<String> content = storageClasses(connection);
        if (content.isEmpty()) {
            content = missingReferences(connection);
        }
        if (content.isEmpty()) {
            content = rules.firstViolation(connection);
        }
        boolean stamped = recordsContent && ContentStamp.present(connection);
        if (content.isEmpty() && stamped) {
            content = ContentStamp.firstDifference(connection, expected.tables().keySet());
        }
        return new Result(null, content.orElse(null), stamped);
    }

    /** Any view, the atlas's or one added by hand, that fails when read, e.g. because a table it reads is gone. */
    private static Optional<String> failingView(Connection connection, ReferenceSchema actual) {
        for (String view : actual.views().keySet()) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM " + ReferenceSchema.quote(view) + " LIMIT 1")) {
                rs.next();
            } catch (SQLException e) {
                return Optional.of("the view " + view + " fails (" + SqliteErrors.describe(e) + ")");
            }
        }
        return Optional.empty();
    }

    private Optional<String> storageClasses(Connection connection) throws SQLException {
        for (Map.Entry<String, List<ReferenceSchema.Column>> table : expected.tables().entrySet()) {
            List<ReferenceSchema.Column> columns = table.getValue();
            List<String> conditions = new ArrayList<>();
            StringBuilder select = new StringBuilder("SELECT rowid");
            for (ReferenceSchema.Column column : columns) {
                Set<String> allowed = allowedClasses(column.type());
                String typeof = "typeof(" + ReferenceSchema.quote(column.name()) + ")";
                select.append(", ").append(typeof);
                if (allowed != null) {
                    conditions.add(typeof + " NOT IN ('null', '" + String.join("', '", allowed) + "')");
                }
            }
            if (conditions.isEmpty()) {
                continue;
            }
            String sql = select + " FROM " + ReferenceSchema.quote(table.getKey()) + " WHERE "
                    + String.join(" OR ", conditions) + " LIMIT 1";
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                if (rs.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        ReferenceSchema.Column column = columns.get(i);
                        String found = rs.getString(i + 2);
                        Set<String> allowed = allowedClasses(column.type());
                        if (allowed != null && !"null".equals(found) && !allowed.contains(found)) {
                            return Optional.of("the column " + column.name() + " of the table " + table.getKey()
                                    + " holds " + describe(found) + " where " + describe(allowed.iterator().next())
                                    + " belongs (" + rowName(connection, table.getKey(), columns, rs.getLong(1)) + ")");
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The storage classes a column may hold, from its declared type as SQLite's affinity rules read it; null for a
     * column that may hold anything.
     */
    private static Set<String> allowedClasses(String declared) {
        String type = declared.toUpperCase(Locale.ROOT);
        if (type.contains("INT")) {
            return Set.of("integer");
        }
        if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            return Set.of("text");
        }
        if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return new java.util.LinkedHashSet<>(List.of("real", "integer"));
        }
        return null;
    }

    private static String describe(String storageClass) {
        return switch (storageClass) {
            case "integer" -> "a whole number";
            case "real" -> "a number with a fraction";
            case "blob" -> "binary data";
            default -> "text";
        };
    }

    private static Optional<String> missingReferences(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                return Optional.of("the table " + rs.getString(1) + " refers to a row of the table "
                        + rs.getString(3) + " that is missing (row " + rs.getLong(2) + " of " + rs.getString(1) + ")");
            }
        }
        return Optional.empty();
    }

    /** "row 't1_liupan_62_rate'" for a table keyed by one column, else "row 12". */
    private static String rowName(Connection connection, String table, List<ReferenceSchema.Column> columns,
                                  long rowid) throws SQLException {
        List<ReferenceSchema.Column> keys = columns.stream().filter(c -> c.primaryKey() > 0).toList();
        if (keys.size() == 1) {
            try (PreparedStatement st = connection.prepareStatement("SELECT CAST("
                    + ReferenceSchema.quote(keys.get(0).name()) + " AS TEXT) FROM " + ReferenceSchema.quote(table)
                    + " WHERE rowid = ?")) {
                st.setLong(1, rowid);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next() && rs.getString(1) != null) {
                        return keys.get(0).name() + " '" + FigureRules.shortened(rs.getString(1)) + "'";
                    }
                }
            }
        }
        return "row " + rowid;
    }
}
