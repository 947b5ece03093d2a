package org.cpatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpatlas.imports.XlsxFixture.date;
import static org.cpatlas.imports.XlsxFixture.error;
import static org.cpatlas.imports.XlsxFixture.formula;
import static org.cpatlas.imports.XlsxFixture.formulaError;
import static org.cpatlas.imports.XlsxFixture.formulaWithoutValue;
import static org.cpatlas.imports.XlsxFixture.n;
import static org.cpatlas.imports.XlsxFixture.row;
import static org.cpatlas.imports.XlsxFixture.s;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {

    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    private final TableReader reader = new TableReader();

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() throws Exception {
        Path plain = ImportFixtures.text(dir.resolve("a.csv"), StandardCharsets.UTF_8, "县名,人口", "会宁县,58.1");
        Path bom = dir.resolve("b.csv");
        Files.write(bom, ("\uFEFF县名,人口\n会宁县,58.1\n").getBytes(StandardCharsets.UTF_8));
        RawTable a = reader.read(plain, ReadOptions.detect());
        RawTable b = reader.read(bom, ReadOptions.detect());
        assertThat(a.header()).containsExactly("县名", "人口");
        assertThat(b.header()).containsExactly("县名", "人口");
        assertThat(a.encoding()).isEqualTo("UTF-8");
        assertThat(b.encoding()).isEqualTo("UTF-8 with BOM");
        assertThat(ImportFixtures.texts(b)).containsExactly(List.of("会宁县", "58.1"));
    }

    @Test
    void detectsGbkTextAsGb18030() {
        Path file = ImportFixtures.text(dir.resolve("gbk.csv"), GBK, "县名,人口(万人)", "会宁县,58.1", "静宁县,47.2");
        RawTable table = reader.read(file, ReadOptions.detect());
        assertThat(table.encoding()).isEqualTo("GB18030 (GBK)");
        assertThat(table.header()).containsExactly("县名", "人口(万人)");
        assertThat(table.rows().get(1).cell(0).text()).isEqualTo("静宁县");
    }

    @Test
    void aChosenEncodingIsUsed() {
        Path file = ImportFixtures.text(dir.resolve("gbk.csv"), GBK, "县名,人口", "会宁县,58.1");
        RawTable table = reader.read(file, ReadOptions.detect().withEncoding("GBK"));
        assertThat(table.encoding()).isEqualTo("GBK (chosen)");
        assertThat(table.rows().get(0).cell(0).text()).isEqualTo("会宁县");
    }

    @Test
    void anUnknownEncodingIsNamed() {
        Path file = ImportFixtures.text(dir.resolve("a.csv"), StandardCharsets.UTF_8, "a,b", "1,2");
        assertThatThrownBy(() -> reader.read(file, ReadOptions.detect().withEncoding("Klingon-8")))
                .isInstanceOf(ImportException.class).hasMessageContaining("the encoding 'Klingon-8' is unknown");
    }

    @Test
    void findsSemicolonAndTabDelimitersAndKeepsQuotedDelimiters() {
        Path semi = ImportFixtures.text(dir.resolve("s.csv"), StandardCharsets.UTF_8, "code;value", "620422;\"1,5\"",
                "620826;2");
        Path tab = ImportFixtures.text(dir.resolve("t.csv"), StandardCharsets.UTF_8, "code\tvalue", "620422\t1,234.5");
        RawTable s = reader.read(semi, ReadOptions.detect());
        RawTable t = reader.read(tab, ReadOptions.detect());
        assertThat(s.delimiter()).isEqualTo("semicolon");
        assertThat(ImportFixtures.texts(s)).containsExactly(List.of("620422", "1,5"), List.of("620826", "2"));
        assertThat(t.delimiter()).isEqualTo("tab");
        assertThat(ImportFixtures.texts(t)).containsExactly(List.of("620422", "1,234.5"));
    }

    @Test
    void rowsAreNumberedByTheLineTheyStartOnBlankLinesSkipped() {
        Path file = ImportFixtures.text(dir.resolve("a.csv"), StandardCharsets.UTF_8, "", "code,note", "620422,\"two",
                "lines\"", "", "620826,x");
        RawTable table = reader.read(file, ReadOptions.detect());
        assertThat(table.headerRow()).isEqualTo(2);
        assertThat(table.rows()).extracting(RawRow::number).containsExactly(3, 6);
        assertThat(table.rows().get(0).cell(1).text()).isEqualTo("two\nlines");
    }

    @Test
    void anExcelSepLineSetsTheDelimiter() {
        Path file = ImportFixtures.text(dir.resolve("a.csv"), StandardCharsets.UTF_8, "sep=;", "code;value",
                "620422;1,5");
        RawTable table = reader.read(file, ReadOptions.detect());
        assertThat(table.header()).containsExactly("code", "value");
        assertThat(table.rows().get(0).cell(1).text()).isEqualTo("1,5");
    }

    @Test
    void anEmptyFileIsRefusedInWords() {
        Path file = ImportFixtures.bytes(dir.resolve("empty.csv"), new byte[0]);
        assertThatThrownBy(() -> reader.read(file, ReadOptions.detect())).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("empty.csv: the file is empty (0 bytes)")
                .hasMessageEndingWith("(nothing was imported)");
    }

    @Test
    void binaryJunkNamedCsvIsRefused() {
        byte[] junk = new byte[4096];
        new Random(17).nextBytes(junk);
        Path file = ImportFixtures.bytes(dir.resolve("junk.csv"), junk);
        assertThatThrownBy(() -> reader.read(file, ReadOptions.detect())).isInstanceOf(ImportException.class)
                .hasMessageContaining("junk.csv").hasMessageContaining("binary data");
    }

    @Test
    void anUnclosedQuoteNamesItsRow() {
        Path file = ImportFixtures.text(dir.resolve("q.csv"), StandardCharsets.UTF_8, "code,value", "620422,1",
                "620826,\"2");
        assertThatThrownBy(() -> reader.read(file, ReadOptions.detect())).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("q.csv row 3: a quoted value (starting with \") is never closed");
    }

    @Test
    void aCsvNamedXlsxIsReadAsCsvWithANote() {
        Path file = ImportFixtures.text(dir.resolve("table.xlsx"), StandardCharsets.UTF_8, "code,value", "620422,1");
        RawTable table = reader.read(file, ReadOptions.detect());
        assertThat(table.format()).isEqualTo(TableFormat.CSV);
        assertThat(table.notes()).containsExactly("table.xlsx is a text (CSV) file despite its name; it was read as CSV");
    }

    @Test
    void aWorkbookNamedCsvIsReadAsAWorkbookWithANote() throws Exception {
        Path file = new XlsxFixture().sheet("Sheet1", List.of(row(s("code"), s("value")), row(s("620422"), n("1.5"))))
                .write(dir.resolve("table.csv"));
        RawTable table = reader.read(file, ReadOptions.detect());
        assertThat(table.format()).isEqualTo(TableFormat.XLSX);
        assertThat(table.notes()).containsExactly("table.csv is an Excel workbook (XLSX) despite its name; it was read"
                + " as a workbook");
        assertThat(ImportFixtures.texts(table)).containsExactly(List.of("620422", "1.5"));
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedWithWhatToDo() {
        byte[] ole2 = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        Path file = ImportFixtures.bytes(dir.resolve("locked.xlsx"), ole2);
        assertThatThrownBy(() -> reader.read(file, ReadOptions.detect())).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("locked.xlsx: the workbook is protected with a password, or is an old Excel")
                .hasMessageContaining("remove the password");
    }

    @Test
    void aCorruptWorkbookIsRefusedWithWhatToDo() throws Exception {
        Path good = new XlsxFixture().sheet("Sheet1", List.of(row(s("code"), s("value")), row(s("620422"), n("1"))))
                .write(dir.resolve("good.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        Path file = ImportFixtures.bytes(dir.resolve("broken.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> reader.read(file, ReadOptions.detect())).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("broken.xlsx: the workbook is damaged and cannot be read")
                .hasMessageContaining("save it again");
    }

    @Test
    void workbookCellsKeepTheirTypes() throws Exception {
        Path file = new XlsxFixture().sheet("数据", List.of(
                row(s("代码"), s("GDP"), s("date"), s("ratio")),
                row(s("620422"), n("12.300000000000001"), date(45292), formulaError("B2/0", "#DIV/0!")),
                row(n("620826"), error("#N/A"), s("x"), formula("B2*2", "24.6")),
                row(s("620102"), formulaWithoutValue("B2+1"), s(""), n("3")))).write(dir.resolve("w.xlsx"));
        RawTable table = reader.read(file, ReadOptions.detect());
        assertThat(table.sheet()).isEqualTo("数据");
        RawRow first = table.rows().get(0);
        assertThat(first.cell(1).kind()).isEqualTo(CellKind.NUMBER);
        assertThat(first.cell(1).text()).isEqualTo("12.3");
        assertThat(first.cell(2).kind()).isEqualTo(CellKind.DATE);
        assertThat(first.cell(3).kind()).isEqualTo(CellKind.ERROR);
        assertThat(first.cell(3).text()).isEqualTo("#DIV/0!");
        RawRow second = table.rows().get(1);
        assertThat(second.cell(0).text()).isEqualTo("620826");
        assertThat(second.cell(1).kind()).isEqualTo(CellKind.ERROR);
        assertThat(second.cell(3).text()).isEqualTo("24.6");
        assertThat(table.rows().get(2).cell(1).kind()).isEqualTo(CellKind.ERROR);
        assertThat(table.rows().get(2).cell(1).text()).isEqualTo("=B2+1");
        assertThat(table.rows()).extracting(RawRow::number).containsExactly(2, 3, 4);
    }

    @Test
    void aSheetIsChosenByNameAndAnUnknownOneListsTheSheets() throws Exception {
        Path file = new XlsxFixture()
                .sheet("Notes", List.of(row(s("read me"))))
                .sheet("2015", List.of(row(s("code"), s("v")), row(s("620422"), n("1"))))
                .write(dir.resolve("two.xlsx"));
        RawTable table = reader.read(file, ReadOptions.detect().withSheet("2015"));
        assertThat(table.sheet()).isEqualTo("2015");
        assertThat(table.sheets()).containsExactly("Notes", "2015");
        assertThatThrownBy(() -> reader.read(file, ReadOptions.detect().withSheet("2016")))
                .isInstanceOf(ImportException.class)
                .hasMessage("two.xlsx: the workbook has no sheet '2016'; its sheets are: Notes, 2015 (nothing was"
                        + " imported)");
    }

    @Test
    void tooManyRowsAreRefusedWhileReading() {
        StringBuilder csv = new StringBuilder("code,v\n");
        for (int i = 0; i < 50; i++) {
            csv.append("620422,").append(i).append('\n');
        }
        Path file = ImportFixtures.bytes(dir.resolve("big.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new TableReader(10).read(file, ReadOptions.detect()))
                .isInstanceOf(ImportException.class).hasMessageContaining("the table has more than 10 rows");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> reader.read(dir.resolve("gone.csv"), ReadOptions.detect()))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("gone.csv: there is no file");
    }

    @Test
    void aWorkbookWithoutStylesIsReadAndSaysDatesCannotBeTold() throws Exception {
        Path file = new XlsxFixture().withoutStyles().sheet("S", List.of(row(s("代码"), s("v")),
                row(s("620422"), n("1.5")))).write(dir.resolve("plain.xlsx"));
        RawTable table = reader.read(file, ReadOptions.detect());
        assertThat(ImportFixtures.texts(table)).containsExactly(List.of("620422", "1.5"));
        assertThat(table.notes()).singleElement().asString().contains("has no cell formats");
    }
}
