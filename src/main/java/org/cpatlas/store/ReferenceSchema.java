package org.cpatlas.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.SQLiteConfig;

/**
 * The tables, views and triggers of a database, with the columns of each table and view: read from a database file,
 * or made by running the migration scripts in memory, which gives what the atlas expects a database to have.
 *
 * @param tables   table name to its columns, in order
 * @param views    view name to its columns, or to null when the view cannot even be described (it is broken)
 * @param triggers trigger names
 */
record ReferenceSchema(Map<String, List<Column>> tables, Map<String, List<Column>> views, Set<String> triggers) {

    /** One column as SQLite describes it ({@code PRAGMA table_info}). */
    record Column(String name, String type, boolean notNull, int primaryKey) {
        @Override
        public String toString() {
            return name + (type.isEmpty() ? "" : " " + type) + (notNull ? " NOT NULL" : "")
                    + (primaryKey > 0 ? " PRIMARY KEY" : "");
        }
    }

    ReferenceSchema {
        tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        views = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(views));
        triggers = Set.copyOf(triggers);
    }

    /** What running the scripts gives, in a private in-memory database. */
    static ReferenceSchema of(MigrationScripts scripts) {
        try (Connection memory = new SQLiteConfig().createConnection("jdbc:sqlite::memory:")) {
            scripts.applyTo(memory);
            return read(memory);
        } catch (SQLException e) {
            throw new IllegalStateException("the atlas's own migration scripts do not run: " + e.getMessage(), e);
        }
    }

    /** The schema of the database on the connection, Flyway's and SQLite's own tables left out. */
    static ReferenceSchema read(Connection connection) throws SQLException {
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        Map<String, List<Column>> views = new LinkedHashMap<>();
        Set<String> triggers = new TreeSet<>();
        List<String[]> objects = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, name FROM sqlite_master"
                     + " WHERE type IN ('table', 'view', 'trigger') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                     + " AND name <> '" + SchemaMigrator.HISTORY_TABLE + "' ORDER BY rowid")) {
            while (rs.next()) {
                objects.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        Map<String, List<Column>> tableColumns = tableColumns(connection);
        for (String[] object : objects) {
            switch (object[0]) {
                case "table" -> tables.put(object[1], tableColumns.getOrDefault(object[1], List.of()));
                case "view" -> views.put(object[1], columnsOrNull(connection, object[1]));
                default -> triggers.add(object[1]);
            }
        }
        return new ReferenceSchema(tables, views, triggers);
    }

    /** The columns of every table, in one query (one per table costs more than the rest of the check at start). */
    private static Map<String, List<Column>> tableColumns(Connection connection) throws SQLException {
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT m.name, p.name, p.type, p.\"notnull\", p.pk FROM sqlite_master m"
                     + " JOIN pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY m.rowid, p.cid")) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), name -> new ArrayList<>()).add(new Column(rs.getString(2),
                        Objects.requireNonNullElse(rs.getString(3), "").toUpperCase(java.util.Locale.ROOT),
                        rs.getInt(4) != 0, rs.getInt(5)));
            }
        }
        return columns;
    }

    /**
     * The first thing this (expected) schema has that the actual one lacks or has otherwise, in words; empty when
     * the actual schema has every table, view and trigger of this one, with the same columns. Additions (a table or
     * view of the user's own) are not this check's concern.
     */
    Optional<String> shortfallOf(ReferenceSchema actual) {
        for (Map.Entry<String, List<Column>> table : tables.entrySet()) {
            List<Column> found = actual.tables.get(table.getKey());
            if (found == null) {
                return Optional.of(actual.views.containsKey(table.getKey())
                        ? "the table " + table.getKey() + " was replaced by a view"
                        : "the table " + table.getKey() + " is missing");
            }
            Optional<String> columns = columnShortfall("the table " + table.getKey(), table.getValue(), found);
            if (columns.isPresent()) {
                return columns;
            }
        }
        for (Map.Entry<String, List<Column>> view : views.entrySet()) {
            if (!actual.views.containsKey(view.getKey())) {
                return Optional.of("the view " + view.getKey() + " is missing");
            }
            List<Column> found = actual.views.get(view.getKey());
            if (found == null) {
                return Optional.of("the view " + view.getKey() + " fails");
            }
            Optional<String> columns = columnShortfall("the view " + view.getKey(), view.getValue(), found);
            if (columns.isPresent()) {
                return columns;
            }
        }
        for (String trigger : triggers) {
            if (!actual.triggers.contains(trigger)) {
                return Optional.of("the trigger " + trigger + " is missing");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> columnShortfall(String what, List<Column> expected, List<Column> found) {
        Map<String, Column> byName = new LinkedHashMap<>();
        found.forEach(c -> byName.put(c.name(), c));
        for (Column column : expected) {
            Column other = byName.remove(column.name());
            if (other == null) {
                return Optional.of(what + " has no column " + column.name());
            }
            if (!column.equals(other)) {
                return Optional.of("the column " + column.name() + " of " + what.substring(4) + " was redefined ("
                        + other + " instead of " + column + ")");
            }
        }
        if (!byName.isEmpty()) {
            return Optional.of(what + " has a column the atlas does not make: " + byName.keySet().iterator().next());
        }
        return Optional.empty();
    }

    private static List<Column> columns(Connection connection, String name) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(" + quote(name) + ")")) {
            while (rs.next()) {
                columns.add(new Column(rs.getString("name"), Objects.requireNonNullElse(rs.getString("type"), "")
                        .toUpperCase(java.util.Locale.ROOT), rs.getInt("notnull") != 0, rs.getInt("pk")));
            }
        }
        return columns;
    }

    /** A view over a table that is gone cannot even be described: SQLite fails on it as on a query. */
    private static List<Column> columnsOrNull(Connection connection, String name) {
        try {
            return columns(connection, name);
        } catch (SQLException e) {
            return null;
        }
    }

    /** An identifier quoted for SQL, whatever characters it holds. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
