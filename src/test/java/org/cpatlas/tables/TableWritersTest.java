package org.cpatlas.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cpatlas.domain.Figure;
import org.cpatlas.domain.Flag;
import org.cpatlas.domain.Source;
import org.cpatlas.testing.XlsxContent;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three writers lay a table out alike: numbers as numbers, a column per flag, sources, nothing a sheet runs. */
class TableWritersTest {

    private static final Source TABLE1 = new Source("t1", "Wang, Li & He (2014)", "Table 1, line 74", "", "");
    private static final Source WEB = new Source("w", "人民网 (2020)", "paragraph 2", "", "http://example.org");

    @TempDir
    Path dir;

    /** Two rows: a conflict with a negative computed gap, a missing value, a bound, and hostile text. */
    private static DataTable table() {
        List<Column> columns = List.of(Column.words("name", "Name"), Column.figures("gap", "Gap"),
                Column.figures("share", "Share"));
        DataTable.Row tibet = new DataTable.Row("tibet", List.of(Cell.words("西藏区"),
                Cell.figure(Figure.of(new BigDecimal("-2.21"), "percentage points", 2010, TABLE1,
                        Set.of(Flag.CONFLICT))),
                Cell.figure(Figure.of(new BigDecimal("10"), "%", null, WEB, Set.of(Flag.UPPER_BOUND)))));
        DataTable.Row hostile = new DataTable.Row("x", List.of(Cell.words("=HYPERLINK(\"http://evil\",\"x\")"),
                Cell.figure(Figure.notReported("percentage points", 2010, TABLE1, Set.of())),
                Cell.noFigure()));
        return new DataTable("Test", TableLanguage.ENGLISH, columns, List.of(tibet, hostile));
    }

    @Test
    void everyFigureColumnGetsItsUnitAColumnPerFlagAndItsSource() {
        FlatTable flat = FlatTable.of(table(), FlatTable.Sources.CITED);
        assertThat(flat.header()).containsExactly("Name", "Gap (pp)", "Gap: conflict", "Gap: not reported",
                "Gap: source", "Share (%)", "Share: not reported", "Share: less than (upper bound)", "Share: source");
        assertThat(flat.rows().get(0)).extracting(FlatTable.Value::text).containsExactly("西藏区", "-2.21", "yes", "",
                "Wang, Li & He (2014), Table 1, line 74", "10", "", "yes", "人民网 (2020), paragraph 2");
        assertThat(flat.rows().get(0).get(1)).isInstanceOf(FlatTable.Number.class);
        assertThat(flat.rows().get(1)).extracting(FlatTable.Value::text).containsExactly(
                "=HYPERLINK(\"http://evil\",\"x\")", "", "", "yes", "Wang, Li & He (2014), Table 1, line 74", "",
                "yes", "", "");
    }

    @Test
    void withoutSourcesThereAreNoSourceColumns() {
        assertThat(FlatTable.of(table(), FlatTable.Sources.NONE).header()).noneMatch(h -> h.endsWith("source"));
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkAndDefusesFormulasButNotNegativeNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvTableWriter(true).write(FlatTable.of(table(), FlatTable.Sources.CITED), out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = parse(new String(bytes, StandardCharsets.UTF_8).substring(1));
        assertThat(records.get(1).get(0)).isEqualTo("西藏区");
        assertThat(records.get(1).get(1)).isEqualTo("-2.21");
        assertThat(records.get(2).get(0)).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void csvWithoutTheMarkStartsWithTheHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvTableWriter(false).write(FlatTable.of(table(), FlatTable.Sources.NONE), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Name,Gap (pp),");
    }

    @Test
    void everyCellThatWouldStartAFormulaIsDefused() {
        for (String hostile : List.of("=1+1", "+1", "-1+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1", "＝1")) {
            assertThat(SpreadsheetText.safe(hostile)).startsWith("'");
        }
        assertThat(SpreadsheetText.safe("Gansu")).isEqualTo("Gansu");
        assertThat(SpreadsheetText.safe("")).isEmpty();
    }

    @Test
    void tsvPastesAsColumnsWithNumbersPlainAndNoCellBrokenByATab() {
        DataTable table = table();
        String tsv = TsvWriter.write(FlatTable.of(table, FlatTable.Sources.NONE));
        List<String> lines = tsv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).split("\t", -1)).containsExactly("Name", "Gap (pp)", "Gap: conflict",
                "Gap: not reported", "Share (%)", "Share: not reported", "Share: less than (upper bound)");
        assertThat(lines.get(1).split("\t", -1)).containsExactly("西藏区", "-2.21", "yes", "", "10", "", "yes");
        assertThat(lines.get(2)).startsWith("'=HYPERLINK");
        DataTable tabbed = new DataTable("T", TableLanguage.ENGLISH, List.of(Column.words("a", "A")),
                List.of(new DataTable.Row("", List.of(Cell.words("one\ttwo\nthree")))));
        assertThat(TsvWriter.write(FlatTable.of(tabbed, FlatTable.Sources.NONE))).isEqualTo("A\none two three\n");
    }

    @Test
    void xlsxHasNumbersAsNumbersTextAsTextAndASheetOfSources() throws IOException {
        Path file = dir.resolve("t.xlsx");
        try (var out = Files.newOutputStream(file)) {
            XlsxTableWriter.write(List.of(table()), out);
        }
        XlsxContent book = XlsxContent.read(file);
        assertThat(book.sheetNames()).containsExactly("Test", "Sources");
        assertThat(book.cell("Test", 1, 1).getType()).isEqualTo(CellType.NUMBER);
        assertThat(book.cell("Test", 1, 1).asNumber()).isEqualByComparingTo("-2.21");
        assertThat(book.cell("Test", 1, 1).getDataFormatString()).isEqualTo("#,##0.00");
        // A workbook's text cell is never a formula, whatever it starts with: kept as written.
        assertThat(book.cell("Test", 2, 0).getType()).isEqualTo(CellType.STRING);
        assertThat(book.text("Test", 2, 0)).isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(book.text("Test", 1, book.column("Test", "Gap: source")))
                .isEqualTo("[1] Wang, Li & He (2014), Table 1, line 74");
        assertThat(book.text("Test", 1, book.column("Test", "Share: source")))
                .isEqualTo("[2] 人民网 (2020), paragraph 2");
        assertThat(book.header("Sources")).containsExactly("#", "Document", "Where in it (table, page, line)",
                "Printed words", "Address");
        assertThat(book.text("Sources", 2, 1)).isEqualTo("人民网 (2020)");
        assertThat(book.text("Sources", 2, 4)).isEqualTo("http://example.org");
    }

    @Test
    void sheetsOfOneWorkbookShareOneNumberingOfSources() throws IOException {
        DataTable webOnly = table().select(List.of(0), List.of(0, 2));
        Path file = dir.resolve("two.xlsx");
        try (var out = Files.newOutputStream(file)) {
            XlsxTableWriter.write(List.of(table(), webOnly), out);
        }
        XlsxContent book = XlsxContent.read(file);
        assertThat(book.sheetNames()).containsExactly("Test", "Test 2", "Sources");
        assertThat(book.text("Test 2", 1, book.column("Test 2", "Share: source"))).startsWith("[2] 人民网");
        assertThat(book.rowCount("Sources")).isEqualTo(3);
    }

    @Test
    void sheetNamesAreWhatExcelAccepts() {
        java.util.Set<String> taken = new java.util.HashSet<>();
        assertThat(XlsxTableWriter.sheetName("Region-province pairs (Table 1) and more", taken)).hasSize(31);
        assertThat(XlsxTableWriter.sheetName("a/b:c", taken)).isEqualTo("a b c");
        assertThat(XlsxTableWriter.sheetName("A B C", taken)).isEqualTo("A B C 2");
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }
}
