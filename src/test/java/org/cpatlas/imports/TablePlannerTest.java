package org.cpatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpatlas.imports.XlsxFixture.n;
import static org.cpatlas.imports.XlsxFixture.row;
import static org.cpatlas.imports.XlsxFixture.s;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.cpatlas.domain.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablePlannerTest {

    private static Gazetteer gazetteer;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadMaps() {
        gazetteer = ImportFixtures.gazetteer();
    }

    private TablePreview preview(String... lines) {
        return preview(ImportSettings.detect(), lines);
    }

    private TablePreview preview(ImportSettings settings, String... lines) {
        Path file = ImportFixtures.text(dir.resolve("t.csv"), StandardCharsets.UTF_8, lines);
        RawTable table = new TableReader().read(file, ReadOptions.detect());
        return new TablePlanner(gazetteer, List.of("Urbanization rate", "城镇化率")).preview(table, settings);
    }

    @Test
    void findsTheKeyColumnLevelAndValueColumns() {
        TablePreview p = preview("县名,代码,\"人均GDP(元,2015)\",城镇化率(%)", "会宁县,620422,\"12,345\",23.5%",
                "静宁县,620826,11000,—", "城关区,620102,,31");
        assertThat(p.level()).isEqualTo(Level.COUNTY);
        assertThat(p.keyColumn()).isEqualTo(1);
        assertThat(p.columns()).extracting(ColumnSummary::role)
                .containsExactly(ColumnRole.NAME, ColumnRole.KEY, ColumnRole.VALUE, ColumnRole.VALUE);
        ColumnSummary gdp = p.columns().get(2);
        assertThat(gdp.header().name()).isEqualTo("人均GDP");
        assertThat(gdp.header().unit()).isEqualTo("元");
        assertThat(gdp.header().year()).isEqualTo(2015);
        assertThat(gdp.values()).isEqualTo(2);
        assertThat(gdp.blanks()).isEqualTo(1);
        ColumnSummary rate = p.columns().get(3);
        assertThat(rate.blanks()).isEqualTo(1);
        assertThat(rate.examples()).extracting(CellProblem::describe).containsExactly("D3 '—' (marked missing)");
        assertThat(p.report().found()).isEqualTo(3);
        assertThat(p.canImport()).isTrue();
    }

    @Test
    void aColumnNamedLikeAnExistingIndicatorIsKeptApartAndSaysSo() {
        TablePreview p = preview("代码,城镇化率(%)", "620422,23.5", "620826,20");
        assertThat(p.columns().get(1).notes()).anyMatch(n -> n.contains("already has an indicator named '城镇化率'"));
        assertThat(p.warnings()).anyMatch(w -> w.contains("column B is named like the existing indicator '城镇化率'"));
        assertThat(p.canImport()).isTrue();
    }

    @Test
    void theKeyCanBeChosenByHeaderLetterOrNumber() {
        String[] lines = {"a,b,c", "620422,会宁县,1", "620826,静宁县,2"};
        assertThat(preview(ImportSettings.detect().withKeyColumn("b"), lines).keyColumn()).isEqualTo(1);
        assertThat(preview(ImportSettings.detect().withKeyColumn("B"), lines).keyColumn()).isEqualTo(1);
        assertThat(preview(ImportSettings.detect().withKeyColumn("2"), lines).keyColumn()).isEqualTo(1);
        assertThatThrownBy(() -> preview(ImportSettings.detect().withKeyColumn("县"), lines))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("there is no column '县'; the columns are A (a), B (b), C (c)");
    }

    @Test
    void unknownAmbiguousAndBlankKeysAreReportedWithTheirRowsAndLeftOut() {
        TablePreview p = preview("县,省,人口", "会宁县,甘肃,58", "城关区,,10", "全省合计,,999", ",,5", "城关区,甘肃,31");
        MatchReport r = p.report();
        assertThat(r.found()).isEqualTo(2);
        assertThat(r.ambiguous()).extracting(RowMatch::row).containsExactly(3);
        assertThat(r.unknown()).extracting(RowMatch::row).containsExactly(4);
        assertThat(r.blank()).containsExactly(5);
        assertThat(p.canImport()).isTrue();
        ImportPlan plan = p.plan("my source");
        assertThat(plan.leftOut()).extracting(ImportPlan.LeftOutRow::row).containsExactly(3, 4, 5);
        assertThat(plan.indicators()).hasSize(1);
        assertThat(plan.indicators().get(0).values()).extracting(ImportPlan.Value::unitCode)
                .containsExactly("620422", "620102");
    }

    @Test
    void duplicatedKeysStopTheImportNamingTheRows() {
        TablePreview p = preview("代码,人口", "620422,58", "620826,47", "会宁县,60");
        assertThat(p.canImport()).isFalse();
        assertThat(p.report().duplicated()).containsEntry("620422", List.of(2, 4));
        assertThat(p.blocking()).singleElement().asString()
                .contains("会宁县 (620422) in rows [2, 4]").contains("keep one row for each");
        assertThatThrownBy(() -> p.plan("")).isInstanceOf(ImportException.class);
    }

    @Test
    void missingValuesAreStoredAsNotReportedNeverZero() {
        TablePreview p = preview("代码,v", "620422,", "620826,n/a", "620102,#DIV/0!", "620421,0");
        ImportPlan plan = p.plan("");
        List<ImportPlan.Value> values = plan.indicators().get(0).values();
        assertThat(values).extracting(ImportPlan.Value::value).containsExactly(null, null, null, BigDecimal.ZERO);
        assertThat(values).extracting(ImportPlan.Value::missing).containsExactly(MissingReason.BLANK,
                MissingReason.MARKED, MissingReason.ERROR, null);
        assertThat(values.get(2).cell()).isEqualTo("B4");
        assertThat(values.get(2).cellText()).isEqualTo("#DIV/0!");
    }

    @Test
    void provinceAndRegionTablesAreFound() {
        assertThat(preview("省份,GDP", "甘肃,100", "湖北省,200").level()).isEqualTo(Level.PROVINCE);
        TablePreview regions = preview("片区,贫困发生率(%,2013)", "武陵山片区,20.1", "六盘山区,24", "Tibet,30");
        assertThat(regions.level()).isEqualTo(Level.REGION);
        assertThat(regions.report().found()).isEqualTo(3);
    }

    @Test
    void aHeaderCellLeftEmptyOverValuesIsRefusedNamingTheColumn() throws Exception {
        Path file = new XlsxFixture().sheet("S", List.of(
                        row(s("代码"), s("人口"), XlsxFixture.empty()),
                        row(s("620422"), n("58"), n("1")),
                        row(s("620826"), n("47"), n("2"))))
                .merge("S", "B1:C1").write(dir.resolve("merged.xlsx"));
        RawTable table = new TableReader().read(file, ReadOptions.detect());
        assertThatThrownBy(() -> new TablePlanner(gazetteer, List.of()).preview(table, ImportSettings.detect()))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("merged.xlsx row 1, column C: the column has no name in the header row but"
                        + " holds values (cell C2 is '1'); merged header cells");
    }

    @Test
    void aHeaderOnlyTableIsRefused() {
        assertThatThrownBy(() -> preview("代码,人口")).isInstanceOf(ImportException.class)
                .hasMessage("t.csv row 1: the table has a header row but no rows of data; export it again with one row"
                        + " per county, province or region (nothing was imported)");
    }

    @Test
    void noRecognisableKeyIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> preview("x,y", "foo,1", "bar,2")).isInstanceOf(ImportException.class)
                .hasMessageContaining("no column holds codes or names of counties, provinces or regions");
    }

    @Test
    void datesInAValueColumnAreNotReported() {
        TablePreview p = preview("代码,人口", "620422,58", "620826,2015-03-01", "620102,31");
        ColumnSummary column = p.columns().get(1);
        assertThat(column.unreadable()).isEqualTo(1);
        assertThat(column.notes()).contains("1 cells are dates, not numbers: not reported");
        assertThat(p.plan("").indicators().get(0).values().get(1).missing()).isEqualTo(MissingReason.DATE);
    }

    @Test
    void editedHeadersAndLeftOutColumnsAreUsed() {
        String[] lines = {"代码,a,b", "620422,1,2"};
        ImportSettings settings = ImportSettings.detect()
                .withHeader(1, new ColumnHeader("a", "人口", "万人", 2015)).withIncluded(2, false);
        ImportPlan plan = preview(settings, lines).plan("src");
        assertThat(plan.indicators()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("人口");
            assertThat(i.unit()).isEqualTo("万人");
            assertThat(i.year()).isEqualTo(2015);
            assertThat(i.letter()).isEqualTo("B");
        });
    }

    @Test
    void formulaLikeCellsStayTextAndAreNotReported() {
        TablePreview p = preview("代码,v", "620422,=1+2", "620826,@SUM(A1)", "620102,5", "620421,-3");
        assertThat(p.plan("").indicators().get(0).values()).extracting(ImportPlan.Value::cellText)
                .containsExactly("=1+2", "@SUM(A1)", "5", "-3");
        assertThat(p.columns().get(1).unreadable()).isEqualTo(2);
    }

    @Test
    void theReportReadsAsText() {
        TablePreview p = preview("县,人口", "会宁,58", "城关区,10");
        List<String> text = PreviewText.lines(p);
        assertThat(text).anyMatch(l -> l.startsWith("Key:       column A (县), county level"));
        assertThat(text).anyMatch(l -> l.contains("row 2 '会宁': name without its suffix"));
        assertThat(text).anyMatch(l -> l.contains("row 3 '城关区': '城关区' names 2 counties"));
    }
}
