package org.cpatlas.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A hand edit of a built atlas database, as a user with the sqlite3 shell could make it, and the words the atlas
 * uses for what it finds (the part of the warning in brackets).
 *
 * @param name    what the edit does, for test names
 * @param sql     the statements, run in one connection with SQLite's defaults (foreign keys not enforced)
 * @param problem what the check at start says about the edited file
 */
record DatabaseEdit(String name, List<String> sql, String problem) {

    /** The edits the issue names, and their neighbours. */
    static final List<DatabaseEdit> ALL = List.of(
            new DatabaseEdit("table dropped", List.of("DROP TABLE observation_flag"),
                    "the table observation_flag is missing"),
            new DatabaseEdit("column renamed", List.of("ALTER TABLE region RENAME COLUMN name_en TO name_english"),
                    "the table region has no column name_en"),
            new DatabaseEdit("column dropped", List.of("ALTER TABLE document DROP COLUMN note"),
                    "the table document has no column note"),
            new DatabaseEdit("text in a value column",
                    List.of("UPDATE observation SET value = 'abc' WHERE id = 't1_liupan_62_rate'"),
                    "the figure t1_liupan_62_rate has the value 'abc', which is not a number as the atlas stores"
                            + " them (plain digits, at most 31)"),
            new DatabaseEdit("binary data in a value column",
                    List.of("UPDATE observation SET value = X'3338' WHERE id = 't1_liupan_62_rate'"),
                    "the column value of the table observation holds binary data where text belongs"
                            + " (id 't1_liupan_62_rate')"),
            new DatabaseEdit("text in a number column", List.of("UPDATE region SET seq = 'first' WHERE code = 'liupan'"),
                    "the column seq of the table region holds text where a whole number belongs (code 'liupan')"),
            new DatabaseEdit("unknown flag", List.of("PRAGMA ignore_check_constraints = 1",
                    "INSERT INTO observation_flag VALUES ('t1_liupan_62_rate', 'BOGUS')"),
                    "the figure t1_liupan_62_rate has the flag 'BOGUS', which the atlas does not know"),
            new DatabaseEdit("unknown kind of subject", List.of("PRAGMA ignore_check_constraints = 1",
                    "UPDATE observation SET subject_kind = 'galaxy' WHERE id = 'd0_region_count'"),
                    "the figure d0_region_count is about a 'galaxy', which is none of the kinds of subject the atlas"
                            + " knows"),
            new DatabaseEdit("region's rate row deleted",
                    List.of("DELETE FROM region_rate_2010 WHERE region_code = 'liupan'"),
                    "the region liupan has no Table 1 rate (its row of the table region_rate_2010 is missing)"),
            new DatabaseEdit("region deleted", List.of("DELETE FROM region_rate_2010 WHERE region_code = 'liupan'",
                    "DELETE FROM county_membership WHERE region_code = 'liupan'",
                    "DELETE FROM region WHERE code = 'liupan'"),
                    "the table region_province refers to a row of the table region that is missing (row 1 of"
                            + " region_province)"),
            new DatabaseEdit("figure deleted", List.of("DELETE FROM observation WHERE id = 'd0_counties_total'"),
                    "the table observation has 316 rows, but the atlas built it with 317"),
            new DatabaseEdit("view that fails", List.of("CREATE VIEW my_regions AS SELECT code, rate FROM region"
                    + " JOIN my_rates USING (code)"),
                    "the view my_regions fails (no such table: main.my_rates)"),
            new DatabaseEdit("1e999", List.of("UPDATE observation SET value = '1e999' WHERE id = 't1_liupan_62_rate'"),
                    "the figure t1_liupan_62_rate has the value '1e999', which is not a number as the atlas stores"
                            + " them (plain digits, at most 31)"),
            new DatabaseEdit("Infinity", List.of("UPDATE observation SET value = 1e999 WHERE id = 't1_liupan_62_rate'"),
                    "the figure t1_liupan_62_rate has the value 'Inf', which is not a number as the atlas stores"
                            + " them (plain digits, at most 31)"),
            new DatabaseEdit("a thousand digits", List.of("UPDATE observation SET value = '1' || printf('%.999c', '0')"
                    + " WHERE id = 't1_liupan_62_rate'"),
                    "the figure t1_liupan_62_rate has the value '1000000000000000000000000000000000000000… (1000"
                            + " characters)', which is not a number as the atlas stores them (plain digits, at most"
                            + " 31)"),
            new DatabaseEdit("-0", List.of("UPDATE observation SET value = '-0' WHERE id = 't1_liupan_62_rate'"),
                    "the figure t1_liupan_62_rate has the value '-0', which is not a number as the atlas stores them"
                            + " (plain digits, at most 31)"),
            new DatabaseEdit("value changed", List.of("UPDATE observation SET value = '38.76'"
                    + " WHERE id = 't1_liupan_62_rate'"),
                    "the table observation was changed after the atlas built it"),
            new DatabaseEdit("build record's column renamed", List.of("ALTER TABLE build_info RENAME COLUMN key TO k"),
                    "the table build_info has no column key"),
            new DatabaseEdit("schema history's column renamed",
                    List.of("ALTER TABLE flyway_schema_history RENAME COLUMN success TO ok"),
                    "its record of the schema updates applied to it (table flyway_schema_history) cannot be read:"
                            + " no such column: success"),
            new DatabaseEdit("value emptied", List.of("UPDATE observation SET value = NULL WHERE id = 't1_liupan_62_rate'"),
                    "the table observation was changed after the atlas built it"));

    /** Applies the edit to the file. */
    void applyTo(Path db) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = connection.createStatement()) {
            for (String statement : sql) {
                st.execute(statement);
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
