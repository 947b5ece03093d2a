package org.cpatlas.ui;

import org.cpatlas.ui.kit.DialogService;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cpatlas.app.AtlasApplication;
import org.cpatlas.tables.DataTable;
import org.cpatlas.testing.Patience;
import org.cpatlas.testing.XlsxContent;
import org.cpatlas.ui.map.AtlasMapPane;
import org.cpatlas.ui.table.DataView;
import org.cpatlas.ui.table.FigureTableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Numbers out of the window, as a user gets them: the real window at its default size (1360 x 860), clicked, typed
 * into and right-clicked; what lands on the clipboard and in the exported files is read back and checked.
 */
class WindowTablesTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path exports;

    private AtlasApplication app;
    private final FxRobot robot = new FxRobot();
    /** The file the next "save as" dialog answers with. */
    private Path nextSaveFile;

    @BeforeEach
    void openWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setWidth(1360);
            s.setHeight(860);
        });
        app = (AtlasApplication) FxToolkit.setupApplication(
                () -> new AtlasApplication(Path.of("maps"), dataDir.resolve("atlas.db")));
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> app.window() != null);
        robot.interact(() -> {
            stage.setWidth(1360);
            stage.setHeight(860);
            app.window().tableActions().setDialogService(new AnsweringDialogs());
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> app.window().mapPane().overlay().regionsDrawn());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Answers "save as" with {@link #nextSaveFile}; errors fail the test with their message. */
    private final class AnsweringDialogs implements DialogService {
        @Override
        public void showError(String title, String message) {
            throw new AssertionError(title + ": " + message);
        }

        @Override
        public void showInformation(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message, String yes, String no) {
            return false;
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String description,
                String extension) {
            return Optional.ofNullable(nextSaveFile);
        }
    }

    @Test
    void ctrlCOnAProvinceRowCopiesItWithItsHeaderAsColumnsForASpreadsheet() throws Exception {
        clickAt(91.13, 29.65); // Lhasa: Tibet
        robot.clickOn(cellOf("Tibet"));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> lines = clipboard().lines().toList();
        assertThat(lines).hasSize(2);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        List<String> tibet = List.of(lines.get(1).split("\t", -1));
        assertThat(header).startsWith("Province (Chinese)", "Province (English)", "Province rate 2010 (%)");
        assertThat(tibet.get(0)).isEqualTo("西藏");
        assertThat(tibet.get(header.indexOf("Province rate 2010 (%)"))).isEqualTo("23.80");
        assertThat(tibet.get(header.indexOf("Gap printed (province \u2212 region) (pp)"))).isEqualTo("2.21");
        assertThat(tibet.get(header.indexOf("Gap printed (province \u2212 region): conflict"))).isEqualTo("yes");
        assertThat(header).noneMatch(h -> h.endsWith(": source"));
        assertThat(app.window().statusLabel().getText()).isEqualTo("Copied 1 rows; paste them into a spreadsheet.");
    }

    @Test
    void copyWithSourcesFromTheContextMenuAddsEachFiguresSource() throws Exception {
        clickAt(109.19, 27.72); // Tongren: Wuling, four provinces
        robot.clickOn(cellOf("Hunan"), MouseButton.SECONDARY);
        clickMenuItem("table-copyWithSources");

        List<String> lines = clipboard().lines().toList();
        assertThat(lines).as("a header and the row of Hunan, which was selected by the right click").hasSize(2);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        String source = lines.get(1).split("\t", -1)[header.indexOf("Province rate 2010: source")];
        assertThat(source).startsWith("Wang Zhizhang, Li Mengzhu & He Cuicui (2014)").contains("Table 1");
    }

    @Test
    void exportAsCsvWritesTheTableWithTheByteOrderMarkAndTheSources() throws Exception {
        clickAt(109.19, 27.72); // Wuling
        nextSaveFile = exports.resolve("wuling.csv");
        robot.rightClickOn(cellOf("Hunan"));
        clickMenuItem("table-exportCsv");
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> Files.exists(nextSaveFile));

        byte[] bytes = Files.readAllBytes(nextSaveFile);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(
                new String(bytes, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(rows).as("the whole table is exported, whatever is selected").hasSize(5);
        List<String> header = rows.get(0).toList();
        assertThat(rows.get(1).get(header.indexOf("Province (English)"))).isEqualTo("Hunan");
        assertThat(rows.get(1).get(header.indexOf("Gap printed (province \u2212 region) (pp)"))).isEqualTo("14.77");
        assertThat(rows.get(1).get(header.indexOf("Gap printed (province \u2212 region): source"))).contains("Table 1");
        assertThat(app.window().statusLabel().getText()).isEqualTo("Saved " + nextSaveFile);
    }

    @Test
    void theDataViewExportsTheRegionsAsAWorkbookWithASheetOfSources() throws Exception {
        DataView data = openDataView();
        nextSaveFile = exports.resolve("regions.xlsx");
        robot.rightClickOn(data.regionsTable());
        clickMenuItem("table-exportXlsx");
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> Files.exists(nextSaveFile));

        XlsxContent book = XlsxContent.read(nextSaveFile);
        assertThat(book.sheetNames()).containsExactly("Regions", "Sources");
        assertThat(book.rowCount("Regions")).isEqualTo(15);
        int rate = book.column("Regions", "Urbanization rate 2010 (Table 1) (%)");
        assertThat(book.cell("Regions", 1, rate).asNumber()).isEqualByComparingTo("28.72");
        assertThat(book.text("Regions", 1, book.column("Regions", "Provinces (English)")))
                .isEqualTo("Gansu, Shaanxi, Ningxia, Qinghai");
    }

    @Test
    void aRowOfTheDataViewSelectsItsRegionAndASelectionOnTheMapSelectsItsRow() throws Exception {
        DataView data = openDataView();
        FigureTableView regions = data.regionsTable();
        robot.interact(() -> regions.getSelectionModel().clearAndSelect(11, regions.getColumns().get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().viewModel().selectedCodeProperty().get()).isEqualTo("tibet");
        assertThat(app.window().panelShown()).isTrue();
        assertThat(app.window().mapPane().overlay().outlinedSelection()).isEqualTo("tibet");

        robot.interact(() -> app.window().viewModel().select("wuling"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(regions.getSelectionModel().getSelectedItem().key()).isEqualTo("wuling");
    }

    @Test
    void theDataViewShowsQualifiersAndSortsNumbersAsNumbersWithNotReportedLast() throws Exception {
        DataView data = openDataView();
        robot.clickOn(data.tabs().getTabs().get(2).getText()); // "All figures"
        WaitForAsyncUtils.waitForFxEvents();
        FigureTableView figures = data.figuresTable();
        DataTable all = figures.table();
        int value = all.columnIndex("value");
        List<String> shown = all.rows().stream().map(r -> figures.cellText(r, value)).toList();
        assertThat(shown).contains("less than 10 %", "more than 16,000 students per year", "70 % (ambiguous)",
                "less than 50,000 people", "36 × 10,000 people (partial)");

        FigureTableView regions = data.regionsTable();
        int rate = regions.table().columnIndex("rate_2010");
        robot.interact(() -> {
            var column = regions.getColumns().get(rate);
            column.setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING);
            regions.getSortOrder().setAll(column);
        });
        List<String> rates = regions.shownRows().stream().map(r -> regions.cellText(r, rate)).toList();
        assertThat(rates.get(0)).isEqualTo("23.08 %");
        assertThat(rates.get(13)).as("the Tibetan areas, which Table 1 gives no rate").isEqualTo("not reported");

        robot.interact(() -> data.filterField().setText("藏"));
        assertThat(regions.shownRows()).extracting(DataTable.Row::key).containsExactlyInAnyOrder("tibet",
                "tibetan_areas");
    }

    @Test
    void enterInTheSearchBoxSelectsTheBestMatchWhateverWasTypedOrPasted() {
        for (String typed : List.of("秦巴山区", "Qinba Mountains", "luliang", "Tibet")) {
            robot.interact(() -> app.window().viewModel().clearSelection());
            robot.clickOn(app.window().searchField());
            // As a paste does: the whole text at once, the suggestions list opening under the box.
            robot.interact(() -> app.window().searchField().setText(typed));
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            String expected = switch (typed) {
                case "秦巴山区", "Qinba Mountains" -> "qinba";
                case "luliang" -> "luliang";
                default -> "tibet";
            };
            assertThat(app.window().viewModel().selectedCodeProperty().get()).as(typed).isEqualTo(expected);
            assertThat(app.window().panelShown()).as(typed).isTrue();
        }
    }

    @Test
    void aFigureWithAQualifierReadsAsTheSourcePrintedItInBothLanguages() {
        clickAt(109.19, 27.72); // Wuling
        assertThat(app.window().panel().listedLines())
                .anySatisfy(l -> assertThat(l).contains("Graduates working in government offices: less than 10 %"))
                .anySatisfy(l -> assertThat(l).contains("more than 16,000 students per year"))
                .anySatisfy(l -> assertThat(l).contains("Population of the largest city: 10,000 people (ambiguous)"));
        robot.clickOn(".language-switch");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().panel().listedLines())
                .anySatisfy(l -> assertThat(l).contains("毕业生进入政府机关比例：不足10%"))
                .anySatisfy(l -> assertThat(l).contains("超过16,000人/年"));
        assertThat(app.window().statusLabel().getText()).isEqualTo("已选：武陵山区");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().statusLabel().getText()).startsWith("就绪。");
    }

    @Test
    void ctrlClickComparesTwoRegionsSideBySide() {
        clickAt(109.19, 27.72); // Wuling
        robot.press(KeyCode.CONTROL);
        try {
            clickAt(91.13, 29.65); // Lhasa: Tibet
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        var pane = app.window().panel().comparisonPane();
        assertThat(pane.isVisible()).isTrue();
        assertThat(app.window().viewModel().selectedCodeProperty().get()).isEqualTo("wuling");
        assertThat(pane.titleLabel().getText()).isEqualTo("Wuling Mountains and Tibet side by side");
        DataTable both = pane.table().table();
        int rate = both.rows().indexOf(both.rows().stream().filter(r -> r.key().equals("rate_2010")).findFirst()
                .orElseThrow());
        assertThat(pane.table().shownText(rate + 1, 1)).isEqualTo("31.88 %");
        assertThat(pane.table().shownText(rate + 1, 2)).isEqualTo("23.79 %");
        assertThat(pane.table().shownText(0, 1)).isEqualTo("Wuling Mountains");
        assertThat(pane.chart().bars()).hasSize(5);
        assertThat(app.window().statusLabel().getText()).isEqualTo("Selected: Wuling Mountains, compared with Tibet");
    }

    @Test
    void thePanelWidthTheUserSetsIsKeptWhenItOpensAgain() {
        clickAt(109.19, 27.72); // Wuling
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) app.window().mapPane().getParent()
                .getParent();
        robot.interact(() -> split.setDividerPositions(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = app.window().panel().getWidth();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().panelShown()).isFalse();
        clickAt(91.13, 29.65); // Tibet
        assertThat(app.window().panel().getWidth()).isCloseTo(dragged, org.assertj.core.data.Offset.offset(8.0));
        assertThat(dragged).isGreaterThan(600);
    }

    @Test
    void aRegionClickedAtTheRightEdgeIsBroughtIntoViewBesideThePanel() {
        AtlasMapPane map = app.window().mapPane();
        // Lhasa near the right edge, where the panel will open.
        Point2D lhasa = map.screenPointOf(91.13, 29.65);
        robot.interact(() -> navigatorPan(map, lhasa.getX() - (map.getWidth() - 120), 0));
        WaitForAsyncUtils.waitForFxEvents();
        clickAt(91.13, 29.65);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().panelShown()).isTrue();
        assertThat(map.showsMiddleOf("tibet")).isTrue();
    }

    @Test
    void theLegendFoldsToItsTitleAndOpensAgain() {
        var legend = app.window().mapPane().legend();
        robot.clickOn(".legend-fold");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(legend.isCollapsed()).isTrue();
        assertThat(legend.getChildren().stream().filter(Node::isVisible).count()).isEqualTo(1);
        robot.clickOn(".legend-fold");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(legend.isCollapsed()).isFalse();
        assertThat(legend.getChildren().stream().filter(Node::isVisible).count()).isGreaterThan(5);
    }

    // ---- helpers ----

    private DataView openDataView() {
        robot.clickOn(".data-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        DataView data = app.window().dataView();
        assertThat(data).isNotNull();
        assertThat(data.isVisible()).isTrue();
        return data;
    }

    private static void navigatorPan(AtlasMapPane map, double dx, double dy) {
        try {
            var field = AtlasMapPane.class.getDeclaredField("navigator");
            field.setAccessible(true);
            ((org.cpatlas.map.MapNavigator) field.get(map)).panBy(dx, dy);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The province table's cell that shows this text. */
    private Node cellOf(String text) {
        return robot.from(app.window().panel().table()).lookup((javafx.scene.control.Label l) -> text.equals(
                l.getText())).query();
    }

    private void clickMenuItem(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        Node item = robot.lookup("#" + id).query();
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String clipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                .get(Patience.SECONDS, TimeUnit.SECONDS);
    }

    private void clickAt(double lon, double lat) {
        AtlasMapPane map = app.window().mapPane();
        Point2D local = map.screenPointOf(lon, lat);
        assertThat(map.getLayoutBounds().contains(local)).as("(%s, %s) is on the visible map", lon, lat).isTrue();
        robot.clickOn(map.localToScreen(local));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unused")
    private static List<MenuItem> none() {
        return List.of();
    }
}
