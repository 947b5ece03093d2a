package org.cpatlas.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A region sheet measured and placed: sources that do not fit continue on a second page, none is lost or cut. */
class SheetLayoutTest {

    private static RegionSheet withSources(int lines) {
        RegionSheet base = PrintFixtures.regionSheet(1);
        List<String> sources = new ArrayList<>();
        sources.add("Wang, Li & He (2014). Urbanization of the contiguous poor regions");
        for (int i = 1; i < lines; i++) {
            sources.add("    [" + i + "] Table 1, line " + (40 + i) + ": \\u201c31.88% Hubei 53.50% 21.62%\\u201d");
        }
        return new RegionSheet(base.code(), base.seq(), base.nameZh(), base.nameEn(), base.quality(),
                base.regionRate(), base.regionRateNote(), base.rows(), sources);
    }

    @Test
    void sourcesTooLongForThePageContinueOnASecondPageWithEveryLinePrintedOnce() {
        RegionSheet sheet = withSources(80);
        PageSetup setup = PageSetup.of(Paper.A4, Orientation.LANDSCAPE);
        List<RegionSheetPage> pages = RegionSheetPage.pagesOf(sheet, PrintFixtures.content(5), setup,
                PrintFixtures.STYLE);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        List<String> printed = new ArrayList<>();
        for (RegionSheetPage page : pages) {
            SheetLayout.Page layout = page.layout(new Dpi(150));
            layout.sources().forEach(line -> printed.add(line.text()));
            PageLayoutPropertyTest.assertDisjointInside(page.parts(new Dpi(150)), setup.contentPt(),
                    "page " + (page.part() + 1));
        }
        List<String> expected = SheetLayout.sourceLines(PrintFixtures.STYLE, sheet, setup.contentPt().width)
                .stream().map(SheetLayout.SourceLine::text).toList();
        assertThat(printed).containsExactlyElementsOf(expected);
        assertThat(pages.get(0).layout(new Dpi(150)).map()).as("the map stays on the first page").isNotNull();
        assertThat(pages.get(1).layout(new Dpi(150)).continuation()).isTrue();
    }

    @Test
    void aSheetWhoseSourcesFitIsOnePage() {
        assertThat(RegionSheetPage.pagesOf(withSources(6), PrintFixtures.content(5),
                PageSetup.of(Paper.A4, Orientation.PORTRAIT), PrintFixtures.STYLE)).hasSize(1);
    }

    @Test
    void theLandscapeSheetKeepsItsMapAndLegendAboveTheTableAndTheLegendWhole() {
        PageSetup setup = PageSetup.of(Paper.A4, Orientation.LANDSCAPE);
        RegionSheetPage page = new RegionSheetPage(withSources(8), PrintFixtures.content(5), setup,
                PrintFixtures.STYLE);
        SheetLayout.Page layout = page.layout(new Dpi(300));
        assertThat(layout.map().framePt().getMaxY()).isLessThan(layout.table().y);
        assertThat(layout.legend().bounds().getMaxY()).isLessThan(layout.table().y);
        assertThat(layout.legend().northArrow().intersects(layout.legend().boundaries())).isFalse();
        assertThat(layout.legend().northArrow().intersects(layout.legend().classes())).isFalse();
        // The legend's parts are measured: the boundary styles' box holds all its wrapped lines.
        double needed = new LegendPainter(PrintFixtures.STYLE).boundariesHeight(null,
                PrintFixtures.content(5).styling().withSelected("r1"), layout.legend().boundaries().width);
        assertThat(layout.legend().boundaries().height).isGreaterThanOrEqualTo(needed);
    }
}
