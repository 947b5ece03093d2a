package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema the database check expects is what the migrations make: the scripts run without Flyway give exactly the
 * schema Flyway gives, they are found in a folder and in a jar alike, in version order, and a database that lacks
 * a table, column, view or trigger of it is described in words.
 */
class ReferenceSchemaTest {

    @TempDir
    Path tmp;

    @Test
    void theScriptsRunWithoutFlywayGiveTheSchemaFlywayGives() throws SQLException {
        SqliteConnections flyway = SqliteConnections.file(tmp.resolve("flyway.db"), false);
        new SchemaMigrator().migrate(flyway.dataSource());
        ReferenceSchema migrated;
        try (Connection connection = flyway.open()) {
            migrated = ReferenceSchema.read(connection);
        }

        ReferenceSchema scripts = ReferenceSchema.of(new MigrationScripts(getClass().getClassLoader(),
                MigrationScripts.BUNDLED));

        assertThat(scripts).isEqualTo(migrated);
        assertThat(scripts.tables()).containsKeys("region", "province", "observation", "observation_flag",
                "region_rate_2010", "province_comparison", "build_info").doesNotContainKey("flyway_schema_history");
        assertThat(scripts.tables().get("observation")).contains(
                new ReferenceSchema.Column("value", "TEXT", false, 0),
                new ReferenceSchema.Column("id", "TEXT", false, 1));
    }

    @Test
    void scriptsAreFoundInAJarInVersionOrder() throws Exception {
        Path jar = tmp.resolve("migrations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "db/userdata/", null);
            entry(out, "db/userdata/V10__later.sql", "ALTER TABLE a ADD COLUMN c TEXT;");
            entry(out, "db/userdata/V2__second.sql", "CREATE VIEW a_view AS SELECT b FROM a;"
                    + " CREATE TRIGGER a_trigger AFTER INSERT ON a BEGIN SELECT 1; END;");
            entry(out, "db/userdata/V1__first.sql", "CREATE TABLE a (b INTEGER NOT NULL PRIMARY KEY);");
            entry(out, "db/userdata/README.txt", "not a script");
            entry(out, "db/userdata/nested/V3__not_here.sql", "CREATE TABLE nested (x TEXT);");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            MigrationScripts scripts = new MigrationScripts(loader, "db/userdata");

            assertThat(scripts.names()).containsExactly("V1__first.sql", "V2__second.sql", "V10__later.sql");
            ReferenceSchema schema = ReferenceSchema.of(scripts);
            assertThat(schema.tables()).containsOnlyKeys("a");
            assertThat(schema.tables().get("a")).extracting(ReferenceSchema.Column::name).containsExactly("b", "c");
            assertThat(schema.views()).containsOnlyKeys("a_view");
            assertThat(schema.triggers()).containsExactly("a_trigger");
        }
    }

    @Test
    void whatADatabaseLacksIsSaidInWords() throws Exception {
        ReferenceSchema expected = schemaOf("CREATE TABLE a (b INTEGER NOT NULL PRIMARY KEY, c TEXT);"
                + " CREATE VIEW v AS SELECT b FROM a; CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END;");

        Map<String, String> cases = Map.of(
                "CREATE TABLE x (y TEXT);", "the table a is missing",
                "CREATE VIEW a AS SELECT 1 AS b;", "the table a was replaced by a view",
                "CREATE TABLE a (b INTEGER NOT NULL PRIMARY KEY);", "the table a has no column c",
                "CREATE TABLE a (b INTEGER NOT NULL PRIMARY KEY, c TEXT, d BLOB);",
                "the table a has a column the atlas does not make: d",
                "CREATE TABLE a (b TEXT NOT NULL PRIMARY KEY, c TEXT);",
                "the column b of table a was redefined (b TEXT NOT NULL PRIMARY KEY instead of b INTEGER NOT NULL"
                        + " PRIMARY KEY)",
                "CREATE TABLE a (b INTEGER NOT NULL PRIMARY KEY, c TEXT);", "the view v is missing",
                "CREATE TABLE a (b INTEGER NOT NULL PRIMARY KEY, c TEXT); CREATE VIEW v AS SELECT gone FROM a;",
                "the view v fails",
                "CREATE TABLE a (b INTEGER NOT NULL PRIMARY KEY, c TEXT); CREATE VIEW v AS SELECT b FROM a;",
                "the trigger t is missing");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            assertThat(expected.shortfallOf(schemaOf(c.getKey()))).as(c.getKey()).contains(c.getValue());
        }
        assertThat(expected.shortfallOf(schemaOf("CREATE TABLE a (b INTEGER NOT NULL PRIMARY KEY, c TEXT);"
                + " CREATE VIEW v AS SELECT b FROM a; CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END;"
                + " CREATE TABLE mine (notes TEXT); CREATE VIEW my_view AS SELECT c FROM a;")))
                .as("the user's own tables and views are not the atlas's concern").isEmpty();
    }

    private ReferenceSchema schemaOf(String sql) throws SQLException {
        try (Connection memory = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement st = memory.createStatement()) {
            st.executeUpdate(sql);
            return ReferenceSchema.read(memory);
        }
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        if (text != null) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
    }
}
