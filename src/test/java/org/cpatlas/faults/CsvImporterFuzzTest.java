package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.cpatlas.store.CsvImporter;
import org.cpatlas.store.DataBundle;
import org.cpatlas.store.DataImportException;
import org.cpatlas.store.TestStores;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Mutates the real {@code data/} files (bytes, lines and fields, seeded) and imports them into a migrated database:
 * every input is either imported completely or rejected with a {@link DataImportException} that names a data file
 * and a line within it, and a rejected import leaves the database exactly as it was. Nothing else may escape, and no
 * input may take a second.
 */
class CsvImporterFuzzTest {

    private static final List<String> INTERESTING = List.of("", " ", "\"", "\"\"", ",", "0", "-1", "-0.0", "0.", ".5",
            "1e3", "NaN", "12%", "99999999999999999999999.999", "2010", "20100", "tibet", "wuling", "xizang", "54", "99",
            "CONFLICT", "COMPUTED", "NOT_REPORTED", "conflict;unknown", "t1_x", "region", "region_province", "survey",
            "galaxy", "西藏", "\u0000", "'; DROP TABLE region; --", "%", "_", "x".repeat(10_000), "\uFEFF", "\r",
            "a\nb", "\"a,b\"", "\"unclosed");
    private static final List<String> SPECIAL = List.of("\"", ",", "\n", "\r", "\r\n", "\uFEFF", "\u0000", "\"\"",
            ",,,", "\t", "\\");

    private static Map<String, byte[]> original;

    private Connection connection;

    /** The data files in memory, as the jar bundles them. */
    record BytesBundle(Map<String, byte[]> files) implements DataBundle {
        @Override
        public String description() {
            return "fuzzed data";
        }

        @Override
        public InputStream open(String fileName) throws IOException {
            byte[] bytes = files.get(fileName);
            if (bytes == null) {
                throw new java.io.FileNotFoundException(fileName);
            }
            return new ByteArrayInputStream(bytes);
        }
    }

    @BeforeEach
    void migratedDatabaseWithTheRealData() throws SQLException {
        if (original == null) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String file : DataBundle.FILES) {
                try {
                    files.put(file, Files.readAllBytes(Path.of("data", file)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            original = files;
        }
        // The same settings as the atlas's own connections: foreign keys on.
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:file:fuzz-" + UUID.randomUUID() + "?mode=memory&cache=shared");
        connection = dataSource.getConnection();
        Flyway.configure(CsvImporterFuzzTest.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").table("flyway_schema_history").load().migrate();
        new CsvImporter(TestStores.CLOCK).importAll(connection, new BytesBundle(original));
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        connection.close();
    }

    @Test
    void shortSeededRunImportsAllOrNothing() {
        Fuzz.Tally tally = Fuzz.run("csv import", Fuzz.seed(20251125L), Fuzz.iterations(150), this::importMutant);
        assertThat(tally.rejected()).as("mutations reach the checks").isGreaterThan(50);
        assertThat(tally.accepted()).as("and some keep the data valid").isGreaterThan(5);
    }

    @Test
    @Tag(Fuzz.LONG)
    void longRunImportsAllOrNothing() {
        Fuzz.run("csv import", Fuzz.longRunSeed(), Fuzz.iterations(10_000), this::importMutant);
    }

    private Fuzz.Outcome importMutant(Random random, StringBuilder how) throws SQLException {
        String file = pickFile(random);
        byte[] mutated = mutate(original.get(file), random, how);
        how.insert(0, file + ": ");
        Map<String, byte[]> files = new LinkedHashMap<>(original);
        files.put(file, mutated);
        BytesBundle bundle = new BytesBundle(files);
        String before = state();
        try {
            new CsvImporter(TestStores.CLOCK).importAll(connection, bundle);
        } catch (DataImportException e) {
            assertThat(DataBundle.FILES).as(how.toString()).contains(e.file());
            String lines = new String(bundle.files().get(e.file()), StandardCharsets.UTF_8);
            assertThat(e.line()).as(how + ": " + e.getMessage()).isBetween(0, lines.split("\r\n|\r|\n", -1).length);
            assertThat(e.getMessage()).as(how.toString())
                    .startsWith(e.line() > 0 ? e.file() + " line " + e.line() + ": " : e.file() + ": ")
                    .endsWith("(nothing was imported; fix the data file and start again)");
            assertThat(state()).as("all or nothing after " + how + ": " + e.getMessage()).isEqualTo(before);
            return Fuzz.Outcome.REJECTED;
        }
        assertThat(state()).as(how.toString()).startsWith(bundle.checksum() + " ");
        return Fuzz.Outcome.ACCEPTED;
    }

    /** The data checksum the content was built from and the size of every content table. */
    private String state() throws SQLException {
        StringBuilder s = new StringBuilder();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT value FROM build_info WHERE key = 'data_checksum'")) {
                s.append(rs.next() ? rs.getString(1) : "none");
            }
            for (String table : List.of("region", "province", "document", "source", "indicator", "observation",
                    "observation_flag", "region_province", "province_comparison", "region_rate_2010")) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    s.append(' ').append(table).append('=').append(rs.getInt(1));
                }
            }
        }
        return s.toString();
    }

    /** The files with the most checks are mutated most often. */
    private static String pickFile(Random random) {
        int r = random.nextInt(20);
        if (r < 6) {
            return "figures.csv";
        }
        if (r < 9) {
            return "table1_province_rows.csv";
        }
        if (r < 11) {
            return "table1_region_rates.csv";
        }
        if (r < 13) {
            return "sources.csv";
        }
        return DataBundle.FILES.get(random.nextInt(DataBundle.FILES.size()));
    }

    static byte[] mutate(byte[] bytes, Random random, StringBuilder how) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = 1 + random.nextInt(Math.max(1, lines.size() - 1));
        switch (random.nextInt(10)) {
            case 0 -> {
                byte[] copy = bytes.clone();
                int n = 1 + random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    int at = random.nextInt(copy.length);
                    copy[at] = (byte) random.nextInt(256);
                    how.append("byte@").append(at).append(' ');
                }
                return copy;
            }
            case 1 -> {
                int at = random.nextInt(bytes.length + 1);
                how.append("truncate to ").append(at);
                return Arrays.copyOf(bytes, at);
            }
            case 2 -> {
                int at = random.nextInt(lines.size());
                how.append("delete line ").append(at + 1);
                lines.remove(at);
            }
            case 3 -> {
                how.append("duplicate line ").append(line + 1);
                lines.add(line, lines.get(line));
            }
            case 4 -> {
                int other = random.nextInt(lines.size());
                how.append("swap lines ").append(line + 1).append(',').append(other + 1);
                String a = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, a);
            }
            case 5, 6 -> {
                String[] fields = lines.get(line).split(",", -1);
                int f = random.nextInt(fields.length);
                String value = Fuzz.pick(random, INTERESTING);
                how.append("line ").append(line + 1).append(" field ").append(f + 1).append(" = '")
                        .append(value.length() > 20 ? value.substring(0, 20) + "…" : value).append('\'');
                fields[f] = value;
                lines.set(line, String.join(",", fields));
            }
            case 7 -> {
                int at = random.nextInt(text.length() + 1);
                String special = Fuzz.pick(random, SPECIAL);
                how.append("insert ").append(special.codePoints().mapToObj(c -> "U+" + Integer.toHexString(c)).toList())
                        .append(" @").append(at);
                return (text.substring(0, at) + special + text.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
            case 8 -> {
                String[] fields = lines.get(line).split(",", -1);
                int a = random.nextInt(fields.length);
                int b = random.nextInt(fields.length);
                how.append("line ").append(line + 1).append(" swap fields ").append(a + 1).append(',').append(b + 1);
                String t = fields[a];
                fields[a] = fields[b];
                fields[b] = t;
                lines.set(line, String.join(",", fields));
            }
            default -> {
                if (random.nextBoolean()) {
                    how.append("header only");
                    return (lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8);
                }
                String[] header = lines.get(0).split(",", -1);
                int f = random.nextInt(header.length);
                how.append("rename column ").append(header[f]);
                header[f] = header[f] + "_x";
                lines.set(0, String.join(",", header));
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
