package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The importer loads all of {@code data/} or nothing, and a bad row names its file and line. */
class CsvImporterTest {

    @TempDir
    Path tmp;

    private DataFolder data;
    private SqliteConnections database;

    @BeforeEach
    void freshDatabaseWithGoodContent() throws SQLException {
        data = DataFolder.copyOfRepositoryData(tmp.resolve("data"));
        database = SqliteConnections.file(tmp.resolve("atlas.db"), false);
        new SchemaMigrator().migrate(database.dataSource());
        try (Connection connection = database.open()) {
            new CsvImporter(TestStores.CLOCK).importAll(connection, data.bundle());
        }
    }

    @Test
    void goodDataImportsEveryFile() throws SQLException {
        assertThat(count("region")).isEqualTo(14);
        assertThat(count("province")).isEqualTo(21);
        assertThat(count("region_province")).isEqualTo(40);
        assertThat(count("province_comparison")).isEqualTo(40);
        assertThat(count("region_rate_2010")).isEqualTo(14);
        // 14 region rates + 40 rows x 3 figures + every row of figures.csv
        assertThat(count("observation")).isEqualTo(14 + 40 * 3 + (countLines("figures.csv") - 1));
    }

    @Test
    void importingTheSameDataTwiceGivesTheSameContent() throws SQLException {
        int before = count("observation");
        try (Connection connection = database.open()) {
            new CsvImporter(TestStores.CLOCK).importAll(connection, data.bundle());
        }
        assertThat(count("observation")).isEqualTo(before);
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("figures.csv", "d3_survey_cronbach,", (UnaryOperator<String>) l -> l.replace(",0.866,", ",0,866,"),
                        "fields, the header has"),
                Arguments.of("figures.csv", "d3_survey_cronbach,", (UnaryOperator<String>) l -> l.replace(",0.866,", ",0.86x,"),
                        "'value' is '0.86x', not a decimal number"),
                Arguments.of("figures.csv", "d3_survey_cronbach,", (UnaryOperator<String>) l -> l.replace(
                        "src_d3_survey_cronbach", "src_nowhere"), "source_id 'src_nowhere' is not in sources.csv"),
                Arguments.of("figures.csv", "d3_survey_cronbach,", (UnaryOperator<String>) l -> l.replace(
                        "survey_cronbach_alpha", "cronbach"), "indicator 'cronbach' is not in indicators.csv"),
                Arguments.of("figures.csv", "d3_survey_cronbach,", (UnaryOperator<String>) l -> l.replace(
                        "d3_survey_cronbach,", "d3_survey_forums,"), "id 'd3_survey_forums' is used twice"),
                Arguments.of("figures.csv", "d3_survey_cronbach,", (UnaryOperator<String>) l -> l.replace(
                        ",survey,", ",galaxy,"), "subject_kind 'galaxy' is none of"),
                Arguments.of("table1_province_rows.csv", "tibet,", (UnaryOperator<String>) l -> l.replace(
                        "tibet,54", "tibet,99"), "province_code '99' is not in provinces.csv"),
                Arguments.of("table1_province_rows.csv", "tibet,", (UnaryOperator<String>) l -> l.replace(
                        "2.21", "2.21%"), "'gap_pp_printed' is '2.21%', not a decimal number"),
                Arguments.of("table1_region_rates.csv", "tibet,", (UnaryOperator<String>) l -> l.replace(
                        "tibet,", "xizang,"), "region_code 'xizang' is not in regions.csv"),
                Arguments.of("sources.csv", "wang2014_t1_tibet_54,", (UnaryOperator<String>) l -> l.replace(
                        "wang2014_t1_tibet_54,wang2014,", "wang2014_t1_tibet_54,wang2015,"),
                        "document_id 'wang2015' is not in documents.csv"),
                Arguments.of("sources.csv", "wang2014_t1_tibet_54,", (UnaryOperator<String>) l -> l + ",\"unclosed",
                        "a quoted value (opened with \") runs on past its line"),
                Arguments.of("figures.csv", "d3_survey_cronbach,", (UnaryOperator<String>) l -> l.replace(",0.866,",
                        ",1234567890123456,"), "'value' has 16 digits, more than any printed figure has (at most 15);"
                        + " check it for a typing error"),
                // A reader has the paper, not the atlas's copy of it: a line of that copy is no citation.
                Arguments.of("sources.csv", "wang2014_t1_tibet_54,", (UnaryOperator<String>) l -> l.replace(
                        "Table 1, row Tibet Region – Tibet", "Table 1, line 74 of the seed text"),
                        "points into the atlas's own copy of the document"),
                Arguments.of("sources.csv", "src_d3_survey_cronbach,", (UnaryOperator<String>) l -> l.replace(
                        "Section 2, paragraph 2", "003_7b05a67fe874f6d7.txt"),
                        "cite as a reader finds it (table and row, section and paragraph, or page)"),
                Arguments.of("documents.csv", "wang2014,", (UnaryOperator<String>) l -> l.replace(
                        "\"Wang, Li & He (2014)\"", ""), "'short_citation' is empty"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("badRows")
    void badRowFailsWithFileAndLineAndRollsEverythingBack(String file, String rowPrefix, UnaryOperator<String> edit,
                                                          String problem) throws SQLException {
        int line = data.lineStartingWith(file, rowPrefix);
        data.editLine(file, line, edit);
        int observationsBefore = count("observation");
        String checksumBefore = checksum();

        DataImportException failure;
        try (Connection connection = database.open()) {
            failure = catchThrowableOfType(DataImportException.class,
                    () -> new CsvImporter(TestStores.CLOCK).importAll(connection, data.bundle()));
        }

        assertThat(failure).isNotNull();
        assertThat(failure.file()).isEqualTo(file);
        assertThat(failure.line()).isEqualTo(line);
        assertThat(failure.getMessage()).startsWith(file + " line " + line + ": ").contains(problem)
                .contains("nothing was imported");
        assertThat(count("observation")).as("all or nothing").isEqualTo(observationsBefore);
        assertThat(count("region")).isEqualTo(14);
        assertThat(checksum()).isEqualTo(checksumBefore);
    }

    @Test
    void missingColumnIsReportedOnTheHeaderLine() throws SQLException {
        data.editLine("figures.csv", 1, l -> l.replace(",source_id,", ",source,"));

        try (Connection connection = database.open()) {
            DataImportException failure = catchThrowableOfType(DataImportException.class,
                    () -> new CsvImporter(TestStores.CLOCK).importAll(connection, data.bundle()));
            assertThat(failure.line()).isEqualTo(1);
            assertThat(failure.getMessage()).contains("figures.csv line 1", "no column 'source_id'");
        }
    }

    @Test
    void unclosedQuoteNamesTheLineWhereTheRecordStarts() throws SQLException {
        int line = data.lineStartingWith("figures.csv", "d3_survey_forums,");
        data.editLine("figures.csv", line, l -> l.replace("d3_survey_forums,", "\"d3_survey_forums,"));

        try (Connection connection = database.open()) {
            DataImportException failure = catchThrowableOfType(DataImportException.class,
                    () -> new CsvImporter(TestStores.CLOCK).importAll(connection, data.bundle()));
            assertThat(failure.line()).isEqualTo(line);
        }
    }

    private int count(String table) throws SQLException {
        try (Connection connection = database.open();
             Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private String checksum() throws SQLException {
        try (Connection connection = database.open();
             Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM build_info WHERE key = 'data_checksum'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private int countLines(String file) {
        try (Stream<String> lines = java.nio.file.Files.lines(data.path().resolve(file))) {
            return (int) lines.filter(l -> !l.isBlank()).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
