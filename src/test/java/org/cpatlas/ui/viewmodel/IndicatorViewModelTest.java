package org.cpatlas.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cpatlas.core.LoadProgress;
import org.cpatlas.core.MapData;
import org.cpatlas.domain.Aggregation;
import org.cpatlas.domain.Level;
import org.cpatlas.geo.MapSource;
import org.cpatlas.imports.CodeHistory;
import org.cpatlas.imports.Gazetteer;
import org.cpatlas.imports.ImportSettings;
import org.cpatlas.imports.ReadOptions;
import org.cpatlas.imports.TablePlanner;
import org.cpatlas.imports.TableReader;
import org.cpatlas.render.IndicatorMap;
import org.cpatlas.render.MapTheme;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.IndicatorCatalog;
import org.cpatlas.store.TestStores;
import org.cpatlas.store.TestUserData;
import org.cpatlas.store.UserDataStore;
import org.cpatlas.ui.kit.I18n;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indicator picker's state and the region-against-provinces comparison, on the sample table, without a window. */
class IndicatorViewModelTest {

    private static MapData maps;
    private static Gazetteer gazetteer;
    private static AtlasStore atlas;

    @TempDir
    static Path tmp;

    private static UserDataStore userData;
    private final List<IndicatorMap> drawn = new ArrayList<>();
    private AtlasViewModel atlasModel;
    private IndicatorViewModel model;

    @BeforeAll
    static void load() {
        maps = MapData.load(MapSource.directory(Path.of("maps")), LoadProgress.NONE);
        gazetteer = Gazetteer.of(maps.counties(), maps.provinces(), maps.regions(), CodeHistory.bundled());
        atlas = TestStores.inMemory();
        userData = TestUserData.opener().open(tmp.resolve("datasets.db"));
        var table = new TableReader().read(Path.of("data/samples/county_area_computed.csv"), ReadOptions.detect());
        userData.datasets().store(new TablePlanner(gazetteer, List.of()).preview(table, ImportSettings.detect())
                .plan("computed from the map"), () -> false);
    }

    @AfterAll
    static void close() {
        atlas.close();
        userData.close();
    }

    @BeforeEach
    void models() {
        I18n i18n = new I18n(Locale.ENGLISH);
        atlasModel = new AtlasViewModel(atlas.repository(), maps.identifier(), i18n, MapTheme.light());
        model = new IndicatorViewModel(new IndicatorCatalog(atlas.repository(), userData.datasets()), gazetteer,
                maps.drawable(), i18n, map -> {
                    drawn.add(map);
                    atlasModel.showIndicator(map);
                });
    }

    @Test
    void theAtlasStartsOnItsOwnMapAndListsEveryIndicator() {
        assertThat(model.selectedProperty().get().code()).isEqualTo(IndicatorCatalog.TABLE1_RATE);
        assertThat(model.mapProperty().get()).isNull();
        assertThat(model.indicators()).extracting(i -> i.code()).contains("d1.4", "d1.5");
        assertThat(atlasModel.stylingProperty().get().indicator()).isNull();
    }

    @Test
    void choosingACountyIndicatorDrawsItAndEveryCountyWithoutAValueIsCounted() {
        assertThat(model.select("d1.4")).isTrue();
        IndicatorMap map = model.mapProperty().get();
        assertThat(map.level()).isEqualTo(Level.COUNTY);
        assertThat(map.values()).hasSize(438);
        assertThat(map.notReported()).isEqualTo(maps.counties().size() - 438);
        assertThat(map.scale().counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(maps.counties().size());
        assertThat(atlasModel.stylingProperty().get().regionsOutlinedOnly()).isTrue();
        assertThat(model.unitTooltip(Level.COUNTY, "620422")).isEqualTo("会宁县 — 面积 (km²): 5664.2 km²");
        assertThat(model.unitTooltip(Level.COUNTY, "110101")).endsWith(": not reported");
    }

    @Test
    void aRegionsValueIsComputedFromItsCountiesSayingHowAndFromHowMany() {
        model.select("d1.4");
        atlasModel.select("liupan");
        IndicatorComparison c = model.comparison("liupan");
        int members = gazetteer.countiesOfRegion("liupan").size();
        long inGansu = gazetteer.countiesOfRegion("liupan").stream()
                .filter(code -> code.startsWith("62")).count();
        assertThat(c.computed()).isTrue();
        assertThat(c.regionNote()).contains("mean of " + inGansu + " of " + members + " member counties; "
                + (members - inGansu) + " not reported");
        assertThat(c.rows()).extracting(ProvinceRow::province).contains("Gansu", "Ningxia");
        ProvinceRow ningxia = c.rows().stream().filter(r -> r.province().equals("Ningxia")).findFirst().orElseThrow();
        assertThat(ningxia.provinceRate()).isEqualTo("not reported");
        assertThat(ningxia.gapComputed()).isEqualTo("not reported");
        assertThat(c.bars()).anyMatch(b -> b.province().equals("Ningxia") && b.notReported());

        model.aggregationProperty().set(Aggregation.SUM);
        IndicatorComparison sum = model.comparison("liupan");
        assertThat(sum.regionNote()).contains("sum of " + inGansu + " of " + members);
        java.math.BigDecimal expected = model.mapProperty().get().values().entrySet().stream()
                .filter(e -> gazetteer.countiesOfRegion("liupan").contains(e.getKey()))
                .map(java.util.Map.Entry::getValue).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(sum.region()).isEqualTo(expected.toPlainString() + " km²");
    }

    @Test
    void theWholeCountryIsComputedTheSameWayFromEveryMainlandCountyBesideTheRegionAndItsProvinces() {
        model.select("d1.4");
        java.util.Map<String, java.math.BigDecimal> values = model.mapProperty().get().values();
        java.math.BigDecimal total = values.values().stream().reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add);
        int mainland = gazetteer.mainlandCounties().size();
        assertThat(mainland).as("maps/README.md: 2,855 of 2012's 2,857 mainland units have a polygon").isEqualTo(2855);

        IndicatorComparison mean = model.comparison("wuling");
        ProvinceRow china = mean.national();
        assertThat(china).isNotNull();
        assertThat(china.province()).isEqualTo("China (all counties)");
        assertThat(china.gapPrinted()).isEqualTo("mean of 438 of 2,855 mainland counties on the map; 2,417 not"
                + " reported; Taiwan, Hong Kong and Macao (no 2012 county code) not counted");
        assertThat(china.flags()).isEqualTo("computed");
        java.math.BigDecimal nationalMean = total.divide(java.math.BigDecimal.valueOf(438), 3,
                java.math.RoundingMode.HALF_UP);
        assertThat(china.provinceRate()).isEqualTo(nationalMean.toPlainString() + " km²");
        java.math.BigDecimal region = new java.math.BigDecimal(mean.region().replace(" km²", ""));
        assertThat(china.gapComputed()).isEqualTo(nationalMean.subtract(region).toPlainString() + " km²");
        assertThat(china.sourceNote()).startsWith("Computed by the atlas the same way from every mainland county");
        assertThat(mean.bars()).last().satisfies(b -> {
            assertThat(b.province()).isEqualTo("China (all counties)");
            assertThat(b.series()).isEqualTo(GapBar.NATIONAL);
            assertThat(b.printed()).isEqualByComparingTo(nationalMean.subtract(region));
        });

        model.aggregationProperty().set(Aggregation.SUM);
        IndicatorComparison sum = model.comparison("wuling");
        assertThat(sum.national().provinceRate()).isEqualTo(total.toPlainString() + " km²");
        assertThat(sum.national().gapPrinted()).startsWith("sum of 438 of 2,855 mainland counties");

        model.select(IndicatorCatalog.TABLE1_RATE);
        assertThat(model.comparison("wuling").national()).as("a region table: nothing to compute the country from")
                .isNull();
    }

    @Test
    void aWeightedMeanUsesAnotherCountyIndicator() {
        model.select("d1.5");
        model.aggregationProperty().set(Aggregation.WEIGHTED_MEAN);
        model.weightProperty().set(model.weights().stream().filter(i -> i.code().equals("d1.4")).findFirst()
                .orElseThrow());
        IndicatorComparison c = model.comparison("wuling");
        assertThat(c.regionNote()).contains("mean weighted by 面积 (km²) of");
        assertThat(c.national().gapPrinted()).startsWith("mean weighted by 面积 (km²) of 438 of 2,855 mainland"
                + " counties");
    }

    @Test
    void table1sOwnMapHasNoComparisonAndTheClassesCanBeChanged() {
        assertThat(model.comparison("wuling")).isNull();
        model.select("d1.4");
        model.specProperty().set(model.specProperty().get().withClasses(7).withPalette("RdBu"));
        assertThat(model.mapProperty().get().scale().colours()).hasSize(7);
        model.select(IndicatorCatalog.TABLE1_RATE);
        assertThat(model.mapProperty().get()).as("chosen again, Table 1 is drawn as an indicator, with counts")
                .isNotNull();
        assertThat(model.mapProperty().get().scale().counts()).containsExactly(3, 4, 4, 2, 1);
    }

    @Test
    void switchingBackToAnIndicatorShowsTheMapClassedBeforeAndOtherClassesOrFiguresReadAgainAreClassedAnew() {
        model.select("d1.4");
        IndicatorMap first = model.mapProperty().get();
        model.select(IndicatorCatalog.TABLE1_RATE);
        model.select("d1.4");
        assertThat(model.mapProperty().get()).as("not classed again").isSameAs(first);
        assertThat(drawn.get(drawn.size() - 1)).isSameAs(first);

        model.specProperty().set(model.specProperty().get().withClasses(7));
        IndicatorMap seven = model.mapProperty().get();
        assertThat(seven.scale().colours()).hasSize(7);
        assertThat(seven.scale().counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(maps.counties().size());
        model.specProperty().set(first.spec());
        assertThat(model.mapProperty().get()).isSameAs(first);

        model.refresh(); // after an import or a removal: the figures are read again, and classed again
        IndicatorMap again = model.mapProperty().get();
        assertThat(again).isNotSameAs(first);
        assertThat(again.values()).isEqualTo(first.values());
        assertThat(again.scale().counts()).isEqualTo(first.scale().counts());
    }
}
