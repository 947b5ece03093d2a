package org.cpatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The schema version the code knows matches its migrations; the CSV reader reads what spreadsheets write. */
class SchemaAndCsvTest {

    @Test
    void currentSchemaVersionIsTheNewestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElse(0);
            assertThat(SchemaMigrator.CURRENT_VERSION).isEqualTo(newest);
        }
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndLinesAreCounted() throws IOException {
        String csv = "\uFEFFid,text\r\n"
                + "a,\"one, two\"\r\n"
                + "b,\"say \"\"hi\"\"\"\r\n"
                + "c,\"first line\nsecond line\"\r\n"
                + "\r\n"
                + "d,plain";
        List<CsvRow> rows = new CsvReader("test.csv").read(new StringReader(csv), List.of("id", "text"));

        assertThat(rows).extracting(r -> r.get("id")).containsExactly("a", "b", "c", "d");
        assertThat(rows).extracting(r -> r.get("text"))
                .containsExactly("one, two", "say \"hi\"", "first line\nsecond line", "plain");
        assertThat(rows).extracting(CsvRow::line).containsExactly(2, 3, 4, 7);
    }

    @Test
    void decimalsMustBePlain() {
        CsvRow row = new CsvRow("f.csv", 5, java.util.Map.of("v", "1e3"));
        assertThatThrownBy(() -> row.decimalOrNull("v")).isInstanceOf(DataImportException.class)
                .hasMessageStartingWith("f.csv line 5: 'v' is '1e3', not a decimal number");
        assertThat(new CsvRow("f.csv", 5, java.util.Map.of("v", "")).decimalOrNull("v")).isNull();
        assertThat(new CsvRow("f.csv", 5, java.util.Map.of("v", "35.00")).decimalOrNull("v").toPlainString())
                .isEqualTo("35.00");
    }
}
