package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.PlaceIdentifier;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.render.LabelLanguage;
import org.cpatlas.render.MapLayers;
import org.cpatlas.store.AtlasStore;
import org.cpatlas.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Layouts that cannot overlap, on the real maps and figures: for every paper (A4, A3, Letter), orientation, resolution
 * (72, 150, 300, 600 DPI) and label language, every page of the atlas (each region's sheet, and its continuation page
 * where its sources run over), each region's map page and the whole-country map page. On each page the parts (title,
 * headline, map frame, legend classes, boundary styles, scale bar, north arrow, table, chart, sources, credit line,
 * date) are pairwise disjoint and inside the printable area; on each map the labels and the inset are pairwise
 * disjoint and inside the frame; and every region whose outline shows in the frame is named.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageLayoutPropertyTest {

    private static final int[] DPIS = {72, 150, 300, 600};

    private AtlasStore store;
    private StoreSheets sheets;
    private MapLayers layers;
    private List<RegionSheet> all;

    @BeforeAll
    void load() {
        MapSource maps = MapSource.locate(null);
        assumeTrue(maps.has(PlaceIdentifier.REGIONS), "no real maps (regions.shp) at " + maps.describe());
        ShapefileReader reader = new ShapefileReader(
                ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST));
        store = TestStores.inMemory();
        layers = MapLayers.load(maps, reader, false);
        sheets = new StoreSheets(store.repository(), layers);
        all = sheets.sheets();
        assertThat(all).hasSize(14);
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    static Stream<Arguments> papers() {
        List<Arguments> cases = new ArrayList<>();
        for (Paper paper : Paper.values()) {
            for (Orientation orientation : Orientation.values()) {
                for (LabelLanguage language : LabelLanguage.values()) {
                    cases.add(Arguments.of(paper, orientation, language));
                }
            }
        }
        return cases.stream();
    }

    private MapContent content(LabelLanguage language) {
        MapContent c = sheets.content(PrintFixtures.STYLE.theme(), LocalDate.of(2025, 11, 25));
        return new MapContent(c.layers(), c.styling(), c.options().withLanguage(language), c.legendTitle(),
                c.sourceLine(), c.date());
    }

    @ParameterizedTest(name = "{0} {1} labels {2}")
    @MethodSource("papers")
    void everyAtlasPageHasDisjointPartsInsideThePrintableAreaAtEveryResolution(Paper paper, Orientation orientation,
            LabelLanguage language) {
        PageSetup setup = PageSetup.of(paper, orientation);
        MapContent content = content(language);
        List<RegionSheetPage> pages = new AtlasExport(PrintFixtures.STYLE, setup).pages(all, content);
        assertThat(pages.size()).isGreaterThanOrEqualTo(14);
        for (int dpi : DPIS) {
            for (RegionSheetPage page : pages) {
                String where = page.sheet().code() + " page " + (page.part() + 1) + " at " + dpi + " DPI";
                assertDisjointInside(page.parts(new Dpi(dpi)), setup.contentPt(), where);
                Rectangle2D.Double frame = page.mapFrame(new Dpi(dpi));
                if (frame != null) {
                    assertDisjointInside(page.onMap(new Dpi(dpi)), frame, where + ", on the map");
                    assertThat(page.onMap(new Dpi(dpi))).as(where + ": the sheet's own region is named")
                            .anyMatch(b -> b.name().contains(content.layers().regions().feature(
                                    content.layers().regions().indexOf("code", page.sheet().code()))
                                    .text(language == LabelLanguage.EN ? "name_en" : "name_zh").split(" ")[0]));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} labels {2}")
    @MethodSource("papers")
    void everyMapPageHasDisjointPartsAndNamesEveryRegionAtEveryResolution(Paper paper, Orientation orientation,
            LabelLanguage language) {
        PageSetup setup = PageSetup.of(paper, orientation);
        MapContent content = content(language);
        List<MapSheet> maps = new ArrayList<>();
        maps.add(CountryMap.sheet(content));
        for (RegionSheet sheet : all) {
            maps.add(MapSheet.fitting(sheet.nameZh(), sheet.nameEn(),
                    RegionExtent.orWholeMap(content.layers(), sheet.code()), content.layers(),
                    content.styling().withSelected(sheet.code()), content.options(), content.legendTitle(),
                    content.sourceLine(), content.date()));
        }
        for (int dpi : DPIS) {
            for (MapSheet sheet : maps) {
                MapPageLayout layout = new MapPage(sheet, setup, PrintFixtures.STYLE).layout(new Dpi(dpi));
                String where = sheet.titleEn() + " at " + dpi + " DPI";
                assertDisjointInside(layout.parts(PrintFixtures.STYLE, sheet), setup.contentPt(), where);
                List<PageBox> onMap = layout.onMap(PrintFixtures.STYLE, sheet);
                assertDisjointInside(onMap, layout.map().framePt(), where + ", on the map");
            }
        }
        MapPageLayout country = new MapPage(maps.get(0), setup, PrintFixtures.STYLE).layout(new Dpi(300));
        List<PageBox> onMap = country.onMap(PrintFixtures.STYLE, maps.get(0));
        assertThat(onMap).as("the country map carries the South China Sea inset").anyMatch(b -> b.name().equals("inset"));
        assertThat(onMap.stream().filter(b -> b.name().startsWith("region label ")).map(PageBox::name).distinct()
                .count()).as("all 14 regions named on the country map").isEqualTo(14);
    }

    static Stream<Arguments> figures() {
        List<Arguments> cases = new ArrayList<>();
        for (double width : new double[] {PageSetup.SINGLE_COLUMN_MM, PageSetup.DOUBLE_COLUMN_MM}) {
            for (LabelLanguage language : LabelLanguage.values()) {
                cases.add(Arguments.of(width, language));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} mm figure, labels {1}")
    @MethodSource("figures")
    void journalFiguresOfTheCountryKeepTheirPartsApartAndNameEveryRegion(double widthMm, LabelLanguage language) {
        MapContent content = content(language);
        MapSheet country = CountryMap.sheet(content);
        MapPage figure = MapPage.figure(country, widthMm, PrintFixtures.STYLE);
        assertThat(figure.setup().widthMm()).isEqualTo(widthMm);
        for (int dpi : DPIS) {
            MapPageLayout layout = figure.layout(new Dpi(dpi));
            String where = widthMm + " mm figure at " + dpi + " DPI";
            assertDisjointInside(layout.parts(PrintFixtures.STYLE, country), figure.setup().contentPt(), where);
            List<PageBox> onMap = layout.onMap(PrintFixtures.STYLE, country);
            assertDisjointInside(onMap, layout.map().framePt(), where + ", on the map");
            assertThat(onMap).as(where + ": the inset").anyMatch(b -> b.name().equals("inset"));
            assertThat(onMap.stream().filter(b -> b.name().startsWith("region label ")).count())
                    .as(where + ": all 14 regions named").isEqualTo(14);
        }
    }

    static void assertDisjointInside(List<PageBox> boxes, Rectangle2D area, String where) {
        for (int a = 0; a < boxes.size(); a++) {
            PageBox box = boxes.get(a);
            assertThat(box.inside(area)).as("%s: %s %s inside %s", where, box.name(), box.box(), area).isTrue();
            for (int b = a + 1; b < boxes.size(); b++) {
                assertThat(box.overlaps(boxes.get(b))).as("%s: %s %s overlaps %s %s", where, box.name(), box.box(),
                        boxes.get(b).name(), boxes.get(b).box()).isFalse();
            }
        }
    }
}
