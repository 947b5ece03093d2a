package org.cpatlas.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpatlas.imports.XlsxFixture.date;
import static org.cpatlas.imports.XlsxFixture.formulaError;
import static org.cpatlas.imports.XlsxFixture.n;
import static org.cpatlas.imports.XlsxFixture.row;
import static org.cpatlas.imports.XlsxFixture.s;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.cpatlas.cli.AtlasCli;
import org.cpatlas.cli.StoreFactory;
import org.cpatlas.cli.UserDataFactory;
import org.cpatlas.domain.IndicatorData;
import org.cpatlas.imports.XlsxFixture;
import org.cpatlas.store.TestStores;
import org.cpatlas.store.TestUserData;
import org.cpatlas.store.UserDataStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad tables of issue 17, imported from the command line as a user would: each gets one line in words naming the
 * file (and the row and column where one is to blame), exit code 1, nothing stored, and the user's file unchanged.
 * Tables that can be imported despite their flaws say what they left out or could not read.
 */
class ImportFaultsTest {

    @TempDir
    Path tmp;

    private Path db;
    private Path files;
    private final StoreFactory stores = file -> TestStores.opener().open(file);
    private final UserDataFactory userData = file -> TestUserData.beside(file);

    private record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void folders() throws Exception {
        db = tmp.resolve("db/atlas.db");
        files = Files.createDirectories(tmp.resolve("files"));
    }

    private Run importing(Path file, String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "--db";
        args[1] = db.toString();
        args[2] = "import";
        args[3] = file.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AtlasCli.execute(args, stores, userData, new PrintWriter(out), new PrintWriter(err),
                tmp.resolve("atlas.log"));
        return new Run(exit, out.toString(), err.toString());
    }

    private Path text(String name, String... lines) throws Exception {
        return Files.writeString(files.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** Refused: one line on stderr, exit 1, nothing stored, the user's files as they were. */
    private String refused(Path file, String... options) {
        FolderSnapshot before = FolderSnapshot.of(files);
        Run run = importing(file, options);
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("atlas: " + file.getFileName());
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(storedDatasets()).isZero();
        assertThat(FolderSnapshot.of(files)).isEqualTo(before);
        return run.err().strip();
    }

    private int storedDatasets() {
        try (UserDataStore store = TestUserData.beside(db)) {
            return store.datasets().datasets().size();
        }
    }

    private IndicatorData stored(String code) {
        try (UserDataStore store = TestUserData.beside(db)) {
            return store.datasets().indicator(code).orElseThrow();
        }
    }

    @Test
    void anEmptyFile() throws Exception {
        assertThat(refused(Files.write(files.resolve("empty.csv"), new byte[0])))
                .isEqualTo("atlas: empty.csv: the file is empty (0 bytes); export the table again, with a header row"
                        + " and one row per county, province or region (nothing was imported)");
    }

    @Test
    void aHeaderOnly() throws Exception {
        assertThat(refused(text("header.csv", "代码,人口"))).isEqualTo("atlas: header.csv row 1: the table has a header"
                + " row but no rows of data; export it again with one row per county, province or region (nothing"
                + " was imported)");
    }

    @Test
    void binaryJunkNamedCsv() throws Exception {
        byte[] junk = new byte[8192];
        new Random(17).nextBytes(junk);
        assertThat(refused(Files.write(files.resolve("junk.csv"), junk))).contains("junk.csv: the file does not hold"
                + " a table: it is binary data");
    }

    @Test
    void aCorruptWorkbook() throws Exception {
        Path good = new XlsxFixture().sheet("S", List.of(row(s("代码"), s("v")), row(s("620422"), n("1"))))
                .write(files.resolve("good.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        Files.delete(good);
        Path broken = Files.write(files.resolve("broken.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length - 200));
        assertThat(refused(broken)).contains("broken.xlsx: the workbook is damaged and cannot be read")
                .contains("save it again");
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        byte[] ole2 = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        assertThat(refused(Files.write(files.resolve("locked.xlsx"), ole2))).contains("locked.xlsx: the workbook is"
                + " protected with a password, or is an old Excel 97-2003 .xls file");
    }

    @Test
    void mergedHeaderCells() throws Exception {
        Path merged = new XlsxFixture().sheet("S", List.of(row(s("代码"), s("人口"), XlsxFixture.empty()),
                row(s("620422"), n("58"), n("1")))).merge("S", "B1:C1").write(files.resolve("merged.xlsx"));
        assertThat(refused(merged)).startsWith("atlas: merged.xlsx row 1, column C: the column has no name in the"
                + " header row but holds values (cell C2 is '1'); merged header cells");
    }

    @Test
    void duplicateKeys() throws Exception {
        assertThat(refused(text("dup.csv", "代码,v", "620422,1", "620826,2", "会宁县,3"))).contains("dup.csv cannot be"
                + " imported as it is: 1 county is named by more than one row").contains("会宁县 (620422) in rows [2, 4]");
    }

    @Test
    void aFileNamedXlsxThatIsCsvAndTheReverseAreReadAsWhatTheyAre() throws Exception {
        Run csv = importing(text("really-csv.xlsx", "代码,v", "620422,1"));
        assertThat(csv.exit()).as(csv.err()).isZero();
        assertThat(csv.out()).contains("really-csv.xlsx is a text (CSV) file despite its name; it was read as CSV");
        Path workbook = new XlsxFixture().sheet("S", List.of(row(s("代码"), s("w")), row(s("620826"), n("2"))))
                .write(files.resolve("really-xlsx.csv"));
        Run xlsx = importing(workbook);
        assertThat(xlsx.exit()).as(xlsx.err()).isZero();
        assertThat(xlsx.out()).contains("is an Excel workbook (XLSX) despite its name; it was read as a workbook");
        assertThat(storedDatasets()).isEqualTo(2);
    }

    @Test
    void formulasWithErrorsAndDatesAreNotReportedNeverZero() throws Exception {
        Path workbook = new XlsxFixture().sheet("S", List.of(row(s("代码"), s("人口")),
                row(s("620422"), formulaError("1/0", "#DIV/0!")), row(s("620826"), date(45292)),
                row(s("620821"), n("30")), row(s("620102"), n("40")))).write(files.resolve("errors.xlsx"));
        Run run = importing(workbook);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("B (人口): values → 人口; 2 numbers, 0 blank, 2 unreadable")
                .contains("B2 '#DIV/0!' (spreadsheet error)").contains("B3 '2024-01-01' (a date, not a number)");
        IndicatorData data = stored("d1.2");
        assertThat(data.figures().get("620422").figure().isReported()).isFalse();
        assertThat(data.figures().get("620422").note()).contains("cell B2 is '#DIV/0!' (spreadsheet error)");
        assertThat(data.figures().get("620826").figure().isReported()).isFalse();
        assertThat(data.values()).containsOnlyKeys("620821", "620102");
    }

    @Test
    void keysThatAreNoCountyOfTheMapAreLeftOutAndListed() throws Exception {
        Run run = importing(text("keys.csv", "代码,v", "620422,1", "999999,2", "620400,3", "全省合计,4"));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Unknown (left out): 3")
                .contains("row 3 '999999': '999999' is not a county code of 2012 or later")
                .contains("row 4 '620400': 620400 is the code of 白银市, a prefecture, not a county")
                .contains("row 5 '全省合计': '全省合计' is not the name of a county of the map")
                .contains("Stored dataset 1: 1 indicator for 1 county (3 rows left out)");
    }

    @Test
    void aColumnNamedLikeAnExistingIndicatorIsKeptApart() throws Exception {
        Run run = importing(text("rate.csv", "代码,城镇化率(%)", "620422,23.5"));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("column B is named like the existing indicator '城镇化率': it is kept apart");
        assertThat(stored("d1.2").info().source()).contains("rate.csv").doesNotContain("Wang");
    }

    @Test
    void cellsStartingWithFormulaCharactersStayText() throws Exception {
        Run run = importing(text("inject.csv", "代码,v", "620422,=HYPERLINK(\"http://x\")", "620826,+1+1",
                "620821,-2", "620102,@SUM(A1)", "620421,5", "620423,6", "620424,7"));
        assertThat(run.exit()).as(run.err()).isZero();
        IndicatorData data = stored("d1.2");
        assertThat(data.figures().get("620422").figure().source().quote()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(data.figures().get("620422").figure().isReported()).isFalse();
        assertThat(data.figures().get("620826").figure().isReported()).isFalse();
        assertThat(data.figures().get("620821").figure().value()).isEqualByComparingTo("-2");
        assertThat(data.figures().get("620102").figure().isReported()).isFalse();
    }

    @Test
    void aTableOfTooManyRowsIsRefusedWhileReadInBoundedMemory() throws Exception {
        Path big = files.resolve("big.csv");
        try (var out = Files.newBufferedWriter(big)) {
            out.write("代码,v\n");
            for (int i = 0; i < 30_000; i++) {
                out.write("620422," + i + "\n");
            }
        }
        assertThat(refused(big)).contains("big.csv: the table has more than 20,000 rows");
    }

    @Test
    void theSameFileTwiceIsRecognised() throws Exception {
        Path file = text("once.csv", "代码,v", "620422,1");
        assertThat(importing(file).exit()).isZero();
        Run again = importing(file);
        assertThat(again.exit()).isZero();
        assertThat(again.out()).startsWith("once.csv was imported before, as dataset 1");
        assertThat(storedDatasets()).isEqualTo(1);
    }

    @Test
    void aLoopOfSymbolicLinksIsNamedAsOne() throws Exception {
        // Beside the watched folder, whose snapshot reads every file in it.
        Path links = Files.createDirectories(files.resolveSibling("links"));
        Path first = links.resolve("loop1.csv");
        Path second = links.resolve("loop2.csv");
        Files.createSymbolicLink(first, second);
        Files.createSymbolicLink(second, first);

        assertThat(refused(first)).isEqualTo("atlas: loop1.csv: " + first + " is a symbolic link that leads round in a"
                + " loop; import the file itself, or mend the link (nothing was imported)");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(refused(files.resolve("gone.csv"))).startsWith("atlas: gone.csv: there is no file");
    }
}
