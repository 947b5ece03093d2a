package org.cpatlas.ui.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javafx.application.Platform;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cpatlas.core.AtlasCore;
import org.cpatlas.core.LoadProgress;
import org.cpatlas.core.MapData;
import org.cpatlas.geo.MapSource;
import org.cpatlas.print.Cancellation;
import org.cpatlas.print.Dpi;
import org.cpatlas.print.Orientation;
import org.cpatlas.print.Paper;
import org.cpatlas.print.ProgressListener;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.MapViewport;
import org.cpatlas.store.TestStores;
import org.cpatlas.testing.Patience;
import org.cpatlas.ui.kit.DialogService;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.viewmodel.AtlasViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export dialog's publication settings as the window writes them: the map as shown as a one-column figure, an
 * archival PDF, SVG keeping its text, and the South China Sea inset switched off, on the real maps.
 */
class DesktopExportTest {

    @TempDir
    Path tmp;

    private AtlasCore core;
    private DesktopOutput output;
    /** The window's whole-country view. */
    private final MapViewport shown = new MapViewport(104.0, 35.5, 4.1, 1360, 800);

    @BeforeEach
    void desktopOutput() throws Exception {
        assumeTrue(Files.exists(Path.of("maps", "nanhai.shp")), "no real maps in ./maps");
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is already up (another test started it).
        }
        Platform.setImplicitExit(false);
        core = new AtlasCore(MapData.load(MapSource.directory(Path.of("maps")), LoadProgress.NONE),
                TestStores.inMemory());
        I18n i18n = new I18n(I18n.ENGLISH);
        output = WaitForAsyncUtils.asyncFx(() -> new DesktopOutput(core, new AtlasViewModel(core.store().repository(),
                core.maps().identifier(), i18n, MapTheme.light()), (DialogService) null, i18n, null,
                org.cpatlas.render.AtlasFonts::load)).get(Patience.SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    }

    @AfterEach
    void closeCore() {
        if (core != null) {
            core.close();
        }
    }

    private void write(ExportSettings settings, Path target) throws Exception {
        output.write(settings, shown, target, ProgressListener.NONE, Cancellation.NEVER,
                org.cpatlas.files.WriteRules.standard());
    }

    private static ExportSettings settings(ExportSettings.Format format, double figureMm, boolean inset,
            boolean pdfa, boolean svgText) {
        return new ExportSettings(ExportSettings.What.MAP_AS_SHOWN, format, Paper.A4, Orientation.LANDSCAPE,
                new Dpi(300), figureMm, inset, pdfa, svgText);
    }

    @Test
    void theMapAsShownBecomesAOneColumnFigureAtTheChosenDpi() throws Exception {
        Path png = tmp.resolve("figure.png");
        write(settings(ExportSettings.Format.PNG, 84, true, false, false), png);
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(992);
    }

    @Test
    void anArchivalPdfAndAnSvgThatKeepsItsText() throws Exception {
        Path pdf = tmp.resolve("map.pdf");
        write(settings(ExportSettings.Format.PDF, 0, true, true, false), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part");
            assertThat(new PDFTextStripper().getText(doc)).contains("南海诸岛", "秦巴山区");
        }
        Path svg = tmp.resolve("map.svg");
        write(settings(ExportSettings.Format.SVG, 0, true, false, true), svg);
        assertThat(Files.readString(svg)).contains("<text").contains("@font-face");
    }

    @Test
    void theInsetSwitchedOffLeavesItAndItsCreditOut() throws Exception {
        Path pdf = tmp.resolve("no-inset.pdf");
        write(settings(ExportSettings.Format.PDF, 0, false, false, false), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("南海诸岛").doesNotContain("ECharts")
                    .contains("秦巴山区");
        }
    }

    @Test
    void aRegionSheetExportedUnderACountyIndicatorComparesOnItAsThePanelDoes() throws Exception {
        org.cpatlas.imports.Gazetteer gazetteer = org.cpatlas.imports.Gazetteer.of(core.maps().counties(),
                core.maps().provinces(), core.maps().regions(), org.cpatlas.imports.CodeHistory.bundled());
        java.util.List<String> members = gazetteer.countiesOfRegion("wuling");
        org.cpatlas.domain.Source source = new org.cpatlas.domain.Source("s", "A user's table (2026)", "row 2", "", "");
        java.util.Map<String, org.cpatlas.domain.UnitFigure> figures = new java.util.HashMap<>();
        // Every member but the first has 10 (the first: not reported); so the region's mean is 10 from n-1 counties.
        for (String code : members.subList(1, members.size())) {
            figures.put(code, new org.cpatlas.domain.UnitFigure(code, code, org.cpatlas.domain.Figure.of(
                    new java.math.BigDecimal("10"), "t", null, source, java.util.Set.of()), ""));
        }
        org.cpatlas.domain.IndicatorData data = new org.cpatlas.domain.IndicatorData(new org.cpatlas.domain
                .IndicatorInfo("d9.1", "Test value", "t", null, org.cpatlas.domain.Level.COUNTY, 9L, "A user's table",
                figures.size()), figures);
        AtlasViewModel viewModel = WaitForAsyncUtils.asyncFx(() -> {
            AtlasViewModel model = new AtlasViewModel(core.store().repository(), core.maps().identifier(),
                    new I18n(I18n.ENGLISH), MapTheme.light());
            model.select("wuling");
            model.showIndicator(org.cpatlas.render.IndicatorMap.of(data, org.cpatlas.render.ClassSpec.defaults(),
                    org.cpatlas.render.Rgb.hex("#cccccc"), members));
            return model;
        }).get(Patience.SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        DesktopOutput withIndicator = new DesktopOutput(core, viewModel, null, new I18n(I18n.ENGLISH), null,
                org.cpatlas.render.AtlasFonts::load);
        Path pdf = tmp.resolve("wuling.pdf");

        withIndicator.write(new ExportSettings(ExportSettings.What.REGION_SHEET, ExportSettings.Format.PDF, Paper.A4,
                Orientation.PORTRAIT, Dpi.VECTOR_DETAIL), shown, pdf, ProgressListener.NONE, Cancellation.NEVER,
                org.cpatlas.files.WriteRules.standard(), new org.cpatlas.ui.viewmodel.ComparisonBasis(gazetteer, data,
                        org.cpatlas.domain.Aggregation.MEAN, java.util.Map.of(), ""));

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Test value (t): 10.00 t")
                    .contains("mean of " + (members.size() - 1) + " of " + members.size() + " member counties; 1 not"
                            + " reported")
                    .contains("全国 China (mainland counties)").contains("computed")
                    .doesNotContain("Urbanization rate 2010").doesNotContain("Gap printed");
        }
    }
}
