package org.cpatlas.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cpatlas.core.LoadProgress;
import org.cpatlas.core.MapData;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.geo.BoundaryQuality;
import org.cpatlas.geo.MapSource;
import org.cpatlas.render.MapTheme;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.AtlasStoreOpener;
import org.cpatlas.ui.kit.I18n;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The panel logic without a stage: real maps and the real figures, no JavaFX toolkit. */
class AtlasViewModelTest {

    private static MapData maps;
    private static AtlasStore store;
    private I18n i18n;
    private AtlasViewModel viewModel;

    @BeforeAll
    static void load() {
        maps = MapData.load(MapSource.directory(Path.of("maps")), LoadProgress.NONE);
        store = AtlasStoreOpener.withBundledData().openInMemory(List.of());
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @BeforeEach
    void newViewModel() {
        i18n = new I18n(I18n.ENGLISH);
        viewModel = new AtlasViewModel(store.repository(), maps.identifier(), i18n, MapTheme.light());
    }

    @Test
    void clickInLhasaSelectsTibetWithThePrintedGapAndItsConflict() {
        viewModel.clickAt(91.13, 29.65);

        RegionDetails d = viewModel.details();
        assertThat(d.code()).isEqualTo("tibet");
        assertThat(d.title()).isEqualTo("Tibet");
        assertThat(d.rate()).isEqualTo("23.79 %");
        assertThat(d.provinces()).singleElement().satisfies(row -> {
            assertThat(row.provinceRate()).isEqualTo("23.80 %");
            assertThat(row.gapPrinted()).isEqualTo("2.21 pp ⚠");
            assertThat(row.gapComputed()).isEqualTo("0.01 pp");
            assertThat(row.conflict()).isTrue();
            assertThat(row.sourceNote()).contains("printed 2.21 pp, but 23.80 − 23.79 = 0.01 pp");
        });
        assertThat(viewModel.stylingProperty().get().selected()).isEqualTo("tibet");
        assertThat(viewModel.lastPlaceProperty().get().county()).hasValueSatisfying(
                c -> assertThat(c.nameZh()).isEqualTo("城关区"));
    }

    @Test
    void tibetanAreasShowNotReportedNeverZero() {
        assertThat(viewModel.select("tibetan_areas")).isTrue();

        RegionDetails d = viewModel.details();
        assertThat(d.rate()).isEqualTo("not reported");
        assertThat(d.rateReported()).isFalse();
        assertThat(d.provinces()).hasSize(4).allSatisfy(row -> {
            assertThat(row.notReported()).isTrue();
            assertThat(row.gapPrinted()).isEqualTo("not reported");
            assertThat(row.gapComputed()).isEqualTo("not reported");
        });
        assertThat(d.provinces()).extracting(ProvinceRow::provinceRate)
                .containsExactly("39.30 %", "43.53 %", "38.75 %", "47.44 %");
        assertThat(d.bars()).allMatch(GapBar::notReported);
        assertThat(viewModel.provinceGapsProperty().get()).isEmpty();
        assertThat(viewModel.stylingProperty().get().valueOf("tibetan_areas")).isNull();
        assertThat(viewModel.stylingProperty().get().scale().classOf(null)).isEqualTo(-1);
    }

    @Test
    void gapBarsAreSortedLargestFirst() {
        viewModel.select("qinba");

        assertThat(viewModel.details().bars()).extracting(b -> b.printed().toPlainString())
                .containsExactly("24.08", "20.60", "17.12", "10.63", "9.30", "5.85");
        assertThat(viewModel.provinceGapsProperty().get()).containsOnlyKeys("61", "42", "51", "50", "41", "62")
                .hasEntrySatisfying("50", gap -> assertThat(gap).isEqualByComparingTo("24.08"));
    }

    @Test
    void clickOutsideEveryRegionClearsTheSelection() {
        viewModel.select("wuling");
        viewModel.clickAt(121.47, 31.23);

        assertThat(viewModel.details()).isNull();
        assertThat(viewModel.selectedCodeProperty().get()).isNull();
        assertThat(viewModel.stylingProperty().get().selected()).isNull();
        assertThat(viewModel.lastPlaceProperty().get().province()).hasValueSatisfying(
                p -> assertThat(p.nameEn()).isEqualTo("Shanghai"));
    }

    @Test
    void switchingToChineseRewordsTheOpenPanel() {
        viewModel.select("liupan");
        i18n.localeProperty().set(I18n.CHINESE);

        assertThat(viewModel.details().title()).isEqualTo("六盘山区");
        assertThat(viewModel.details().subtitle()).isEqualTo("Liupan Mountains");
        assertThat(viewModel.details().quality()).startsWith("近似");
    }

    @Test
    void boundaryQualityAndCountyCountComeFromTheMapLayer() {
        viewModel.select("tibet");

        assertThat(viewModel.details().qualityLevel()).isEqualTo(BoundaryQuality.SOURCED);
        assertThat(viewModel.details().counties()).isEqualTo("74");
        viewModel.select("wuling");
        assertThat(viewModel.details().qualityLevel()).isEqualTo(BoundaryQuality.APPROXIMATE);
    }

    @Test
    void searchMatchesChineseEnglishAndCodes() {
        assertThat(viewModel.search("六盘")).extracting(RegionSummary::code).containsExactly("liupan");
        assertThat(viewModel.search("khingan")).extracting(RegionSummary::code).containsExactly("khingan");
        assertThat(viewModel.search("Xinjiang")).extracting(RegionSummary::code).containsExactly("south_xinjiang");
        assertThat(viewModel.search("")).hasSize(14);
        assertThat(viewModel.search("atlantis")).isEmpty();
    }

    @Test
    void everySelectionCarriesItsSources() {
        for (RegionSummary region : viewModel.regions()) {
            viewModel.select(region.code());
            assertThat(viewModel.details().sources()).as(region.code()).isNotEmpty()
                    .anyMatch(line -> line.contains("Wang Zhizhang") && line.contains("Table 1"));
            assertThat(viewModel.details().rateSource()).contains("Table 1");
        }
    }

    @Test
    void tibetsFiguresAreCitedByTableAndRowInTheTooltipsAndTheSourcesList() {
        viewModel.select("tibet");

        RegionDetails tibet = viewModel.details();
        assertThat(tibet.rateSource())
                .isEqualTo("Wang, Li & He (2014), Table 1, row Tibet Region, column “Urbanization rate”");
        assertThat(tibet.provinces()).singleElement().satisfies(row -> assertThat(row.sourceNote())
                .contains("Wang, Li & He (2014), Table 1, row Tibet Region – Tibet"));
        assertThat(tibet.sources()).anySatisfy(line -> assertThat(line).startsWith("Wang Zhizhang, Li Mengzhu & He "
                + "Cuicui (2014). Inclusive").contains(", Table 1, row Tibet Region – Tibet — “Tibet 23.80% 2.21%”"));
        assertThat(String.join("\n", tibet.sources()) + tibet.otherFigures())
                .doesNotContainPattern("(?i)line \\d+|seed text|src_web");
    }

    @Test
    void figuresAboutPartOfARegionNameThePart() {
        viewModel.select("wuling");

        assertThat(viewModel.details().otherFigures())
                .anySatisfy(line -> assertThat(line).startsWith("Enshi").contains("(2012): 34.5 %"))
                .anySatisfy(line -> assertThat(line).startsWith("Huaihua").contains("(2012): 39 %"));
    }

    @Test
    void tooltipGivesNameAndRate() {
        assertThat(viewModel.tooltipFor("dabie")).isEqualTo("Dabie Mountains — Urbanization rate 2010: 30.50 %");
        assertThat(viewModel.tooltipFor("tibetan_areas")).endsWith("not reported");
    }

    @Test
    void enterTakesTheBestMatchExactNameFirstThenPrefixThenChineseEnglishAndPinyin() {
        assertThat(viewModel.bestMatch("秦巴山区")).map(RegionSummary::code).hasValue("qinba");
        assertThat(viewModel.bestMatch("Qinba Mountains")).map(RegionSummary::code).hasValue("qinba");
        assertThat(viewModel.bestMatch("  qinba mountains ")).map(RegionSummary::code).hasValue("qinba");
        assertThat(viewModel.bestMatch("Lüliang")).map(RegionSummary::code).hasValue("luliang");
        assertThat(viewModel.bestMatch("luliang")).map(RegionSummary::code).hasValue("luliang");
        assertThat(viewModel.bestMatch("qinbashan")).map(RegionSummary::code).hasValue("qinba");
        // "Tibet" is a whole name of one region and part of another's: the exact one comes first.
        assertThat(viewModel.search("Tibet")).extracting(RegionSummary::code).containsExactly("tibet",
                "tibetan_areas");
        // A name that starts with the text comes before one that only contains it.
        assertThat(viewModel.search("Wu")).extracting(RegionSummary::code).startsWith("wuling", "wumeng");
        assertThat(viewModel.bestMatch("六盘山")).map(RegionSummary::code).hasValue("liupan");
        assertThat(viewModel.bestMatch("")).isEmpty();
        assertThat(viewModel.bestMatch("atlantis")).isEmpty();
    }

    @Test
    void everyFigureWithAQualifierSaysItInThePanelInBothLanguages() {
        int checked = 0;
        for (boolean chinese : new boolean[] {false, true}) {
            i18n.localeProperty().set(chinese ? I18n.CHINESE : I18n.ENGLISH);
            for (RegionSummary region : viewModel.regions()) {
                viewModel.select(region.code());
                for (var o : store.repository().regionProfile(region.code()).orElseThrow().otherFigures()) {
                    var f = o.figure();
                    if (!f.isNumeric()) {
                        continue;
                    }
                    String what = chinese ? o.indicator().nameZh() : o.indicator().nameEn();
                    String line = viewModel.details().otherFigures().stream().filter(l -> l.contains(what))
                            .filter(l -> l.contains(org.cpatlas.tables.FigureWords.digits(f.value())))
                            .findFirst().orElseThrow(() -> new AssertionError(o.id() + " not shown"));
                    if (f.has(org.cpatlas.domain.Flag.LOWER_BOUND)) {
                        assertThat(line).as(o.id()).contains(chinese ? "超过" : "more than");
                        checked++;
                    }
                    if (f.has(org.cpatlas.domain.Flag.UPPER_BOUND)) {
                        assertThat(line).as(o.id()).contains(chinese ? "不足" : "less than");
                        checked++;
                    }
                    if (f.has(org.cpatlas.domain.Flag.AMBIGUOUS)) {
                        assertThat(line).as(o.id()).contains(chinese ? "含义不明确" : "(ambiguous)");
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("figures with a qualifier checked").isGreaterThanOrEqualTo(2 * 8);
    }

    @Test
    void wulingsBoundsReadAsPrintedWithChineseUnitsInChinese() {
        viewModel.select("wuling");
        assertThat(viewModel.details().otherFigures())
                .anySatisfy(line -> assertThat(line).contains("Graduates working in government offices")
                        .contains(": less than 10 %"))
                .anySatisfy(line -> assertThat(line).contains(": more than 16,000 students per year"));
        i18n.localeProperty().set(I18n.CHINESE);
        assertThat(viewModel.details().otherFigures())
                .anySatisfy(line -> assertThat(line).contains("毕业生进入政府机关比例").contains("：不足10%")
                        .doesNotContain("less than"))
                .anySatisfy(line -> assertThat(line).contains("超过16,000人/年"));
        viewModel.select("liupan");
        assertThat(viewModel.details().otherFigures()).anySatisfy(line -> assertThat(line).contains("万人"))
                .anySatisfy(line -> assertThat(line).contains("万平方公里"))
                .noneSatisfy(line -> assertThat(line).contains("10k"));
    }

    @Test
    void theStatusLineFollowsTheLanguageAndClearsWithTheSelection() {
        String ready = viewModel.statusProperty().get();
        assertThat(ready).startsWith("Ready. 14 regions");
        viewModel.select("tibet");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Selected: Tibet");
        i18n.localeProperty().set(I18n.CHINESE);
        assertThat(viewModel.statusProperty().get()).isEqualTo("已选：西藏区");
        viewModel.clearSelection();
        assertThat(viewModel.statusProperty().get()).startsWith("就绪。14个片区");
        viewModel.clickAt(121.47, 31.23); // Shanghai: no region
        assertThat(viewModel.statusProperty().get()).contains("上海市");
        i18n.localeProperty().set(I18n.ENGLISH);
        assertThat(viewModel.statusProperty().get()).contains("Shanghai");
    }

    @Test
    void twoRegionsSideBySideHaveBothRatesAndBothRegionsGapsInOneChart() {
        viewModel.select("wuling");
        assertThat(viewModel.compareWith("wuling")).as("not with itself").isFalse();
        viewModel.clickAt(91.13, 29.65, true); // Ctrl+click in Lhasa: Tibet
        ComparisonDetails both = viewModel.comparison();
        assertThat(viewModel.selectedCodeProperty().get()).isEqualTo("wuling");
        assertThat(both.otherCode()).isEqualTo("tibet");
        assertThat(both.table().columns()).extracting(org.cpatlas.tables.Column::header)
                .containsExactly("Figure", "Wuling Mountains", "Tibet");
        assertThat(both.bars()).filteredOn(b -> b.series() == 0).hasSize(4);
        assertThat(both.bars()).filteredOn(b -> b.series() == 1).singleElement()
                .satisfies(b -> assertThat(b.conflict()).isTrue());
        assertThat(viewModel.statusProperty().get()).isEqualTo("Selected: Wuling Mountains, compared with Tibet");
        viewModel.endComparison();
        assertThat(viewModel.comparison()).isNull();
        assertThat(viewModel.selectedCodeProperty().get()).isEqualTo("wuling");
        viewModel.compareWith("dabie");
        viewModel.clearSelection();
        assertThat(viewModel.comparison()).isNull();
    }

    @Test
    void theDataViewsTablesHaveEveryRegionPairAndFigure() {
        assertThat(viewModel.regionsTable().rows()).hasSize(14);
        assertThat(viewModel.pairsTable().rows()).hasSize(40);
        assertThat(viewModel.allFiguresTable().rows()).hasSize(store.repository().observations().size());
        assertThat(viewModel.countiesTable("tibet").rows()).hasSize(74);
        i18n.localeProperty().set(I18n.CHINESE);
        assertThat(viewModel.regionsTable().name()).isEqualTo("片区");
    }

    @Test
    void regionsReadWhileTheAtlasOpenedShowTheSameRatesSourcesAndNotReportedAsTheDatabase() {
        List<RegionSummary> readAhead = store.repository().regions();
        AtlasViewModel given = new AtlasViewModel(store.repository(), readAhead, maps.identifier(), i18n,
                MapTheme.light());

        assertThat(given.regions()).hasSize(14).isEqualTo(viewModel.regions());
        assertThat(given.stylingProperty().get().values()).isEqualTo(viewModel.stylingProperty().get().values());
        assertThat(given.statusProperty().get()).isEqualTo(viewModel.statusProperty().get());
        for (RegionSummary region : readAhead) {
            assertThat(given.tooltipFor(region.code())).isEqualTo(viewModel.tooltipFor(region.code()));
        }
        assertThat(given.tooltipFor("tibetan_areas")).endsWith("not reported");
        assertThat(given.regions()).filteredOn(r -> r.code().equals("dabie")).singleElement().satisfies(r -> {
            assertThat(r.urbanizationRate2010().value()).hasToString("30.50");
            assertThat(r.urbanizationRate2010().source().location()).contains("Table 1");
        });
        assertThat(given.select("tibet")).isTrue();
        assertThat(given.details().rate()).isEqualTo("23.79 %");
    }
}
