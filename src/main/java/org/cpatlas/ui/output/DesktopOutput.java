package org.cpatlas.ui.output;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ProgressBar;
import javafx.stage.Window;
import org.cpatlas.core.AtlasCore;
import org.cpatlas.files.EchoedText;
import org.cpatlas.files.FilesInUse;
import org.cpatlas.files.WriteRefusedException;
import org.cpatlas.files.WriteRules;
import org.cpatlas.print.AtlasExport;
import org.cpatlas.print.ComparisonSheetPage;
import org.cpatlas.print.Credits;
import org.cpatlas.print.Dpi;
import org.cpatlas.print.ExportCancelledException;
import org.cpatlas.print.ExportException;
import org.cpatlas.print.IndicatorPages;
import org.cpatlas.print.MapContent;
import org.cpatlas.print.MapPage;
import org.cpatlas.print.MapSheet;
import org.cpatlas.print.Orientation;
import org.cpatlas.print.PageSetup;
import org.cpatlas.print.Paper;
import org.cpatlas.print.PdfMetadata;
import org.cpatlas.print.PdfPageWriter;
import org.cpatlas.print.PngPageWriter;
import org.cpatlas.print.PrintPage;
import org.cpatlas.print.PrintStyle;
import org.cpatlas.print.RegionSheetPage;
import org.cpatlas.print.StoreSheets;
import org.cpatlas.print.SvgPageWriter;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.MapOptions;
import org.cpatlas.print.IndicatorSheets;
import org.cpatlas.render.IndicatorMap;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.RegionStyling;
import org.cpatlas.ui.kit.DialogService;
import org.cpatlas.ui.kit.I18n;
import org.cpatlas.ui.kit.OutputActions;
import org.cpatlas.ui.print.FxPagePrinter;
import org.cpatlas.ui.print.PrintOutcome;
import org.cpatlas.ui.viewmodel.AtlasViewModel;
import org.cpatlas.ui.viewmodel.ComparisonBasis;
import org.cpatlas.ui.viewmodel.ComparisonDetails;
import org.cpatlas.ui.viewmodel.RegionDetails;

/**
 * Print and export from the window: the same page layouts as the command line, rendered off the JavaFX thread
 * with progress and cancel; failures (unwritable path, no printer) reach the user through the dialog service.
 */
public final class DesktopOutput implements OutputActions {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DesktopOutput.class);

    private volatile AtlasCore core;
    private final AtlasViewModel viewModel;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Window owner;
    /** Made at the first print or export, not at start-up: reading the bundled fonts takes a while. */
    private PrintStyle style;
    private final java.util.function.Supplier<AtlasFonts> fonts;
    /** The last choices and folder, kept between runs when the window remembers its settings. */
    private ExportMemory memory = ExportMemory.NONE;
    /** The indicator the panel compares on (null: Table 1's), asked at each export; none until the indicators load. */
    private volatile java.util.function.Supplier<ComparisonBasis> comparedOn = () -> null;

    /** Prints and exports the maps of another county list from now on (the list in force changed). */
    public void useCore(AtlasCore inForce) {
        this.core = inForce;
    }

    /** @param fonts the Java2D faces to print with, asked for at the first print or export (the window shares its own) */
    public DesktopOutput(AtlasCore core, AtlasViewModel viewModel, DialogService dialogs, I18n i18n, Window owner,
            java.util.function.Supplier<AtlasFonts> fonts) {
        this.fonts = fonts;
        this.core = core;
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.owner = owner;
    }

    /**
     * Region sheets and the atlas compare on the indicator the panel shows, with the method chosen there, once the
     * indicators are loaded; until then (and under Table 1's map) on Table 1.
     */
    public void compareOn(java.util.function.Supplier<ComparisonBasis> basis) {
        this.comparedOn = java.util.Objects.requireNonNull(basis, "basis");
    }

    /** Keeps the export dialog's choices and the folder last saved to in {@code memory}. */
    public void rememberWith(ExportMemory memory) {
        this.memory = java.util.Objects.requireNonNull(memory, "memory");
    }

    @Override
    public void export(MapViewport shown) {
        export(shown, ExportSettings.What.MAP_AS_SHOWN);
    }

    @Override
    public void exportComparison() {
        if (viewModel.comparison() != null) {
            export(null, ExportSettings.What.COMPARISON_SHEET);
        }
    }

    @Override
    public void printComparison() {
        ComparisonDetails both = viewModel.comparison();
        if (both == null) {
            return;
        }
        printOn(PageSetup.of(Paper.A4, Orientation.PORTRAIT), setup -> comparisonPage(both, setup),
                ExportSettings.What.COMPARISON_SHEET, null, both.code() + "-" + both.otherCode() + ".pdf");
    }

    private PrintPage comparisonPage(ComparisonDetails both, PageSetup setup) {
        StoreSheets sheets = new StoreSheets(core.store().repository(), core.maps().drawable());
        return new ComparisonSheetPage(sheets.comparison(both.code(), both.otherCode()).orElseThrow(), setup, style(),
                LocalDate.now());
    }

    private void export(MapViewport shown, ExportSettings.What first) {
        Optional<ExportSettings> chosen = ExportDialog.ask(owner, i18n, viewModel.details() != null,
                viewModel.comparison() != null, first, memory.last(ExportDialog.DEFAULTS));
        if (chosen.isEmpty()) {
            return;
        }
        ExportSettings settings = chosen.get();
        memory.remember(settings);
        String ext = settings.format().extension();
        String suggested = (viewModel.details() == null ? "atlas-map" : viewModel.details().code()) + "." + ext;
        if (settings.what() == ExportSettings.What.ATLAS) {
            suggested = "atlas-14-regions.pdf";
        }
        ComparisonDetails both = viewModel.comparison();
        if (settings.what() == ExportSettings.What.COMPARISON_SHEET && both != null) {
            suggested = both.code() + "-" + both.otherCode() + "." + ext;
        }
        Optional<Path> target = dialogs.chooseSaveFile(i18n.get("export.title"), suggested, ext.toUpperCase(), ext,
                memory.folder());
        target.ifPresent(path -> {
            rememberFolderOf(path);
            run(settings, shown, path, rules());
        });
    }

    @Override
    public void print(MapViewport shown) {
        printOn(PageSetup.of(Paper.A4, Orientation.LANDSCAPE), setup -> mapPage(shown, setup),
                ExportSettings.What.MAP_AS_SHOWN, shown, "atlas-map.pdf");
    }

    /**
     * Prints the page made for the printer's setup. With no printer, offers to save what would have been printed
     * as a PDF instead ({@code instead}, named {@code pdfName} in the folder last saved to).
     */
    private void printOn(PageSetup setup, java.util.function.Function<PageSetup, PrintPage> page,
            ExportSettings.What instead, MapViewport shown, String pdfName) {
        FxPagePrinter printer = new FxPagePrinter();
        FxPagePrinter.Preparation prepared = printer.prepare(setup, owner);
        if (prepared instanceof FxPagePrinter.Refused refused) {
            if (refused.outcome().status() == PrintOutcome.Status.NO_PRINTER
                    && dialogs.confirm(i18n.get("print.title"), i18n.get("print.noPrinter"), i18n.get("print.savePdf"),
                            i18n.get("print.cancel"))) {
                dialogs.chooseSaveFile(i18n.get("export.title"), pdfName, "PDF", "pdf", memory.folder())
                        .map(this::rememberFolderOf)
                        .ifPresent(path -> run(new ExportSettings(instead, ExportSettings.Format.PDF, setup.paper(),
                                setup.orientation(), Dpi.VECTOR_DETAIL), shown, path, rules()));
            }
            return;
        }
        FxPagePrinter.Ready ready = (FxPagePrinter.Ready) prepared;
        PrintPage made = page.apply(ready.setup());
        // Rendered at the printer's resolution off the JavaFX thread: JavaFX would rasterise a live node at
        // screen resolution.
        Task<PrintOutcome> task = new Task<>() {
            @Override
            protected PrintOutcome call() {
                return printer.print(ready, made);
            }
        };
        task.setOnSucceeded(e -> {
            PrintOutcome outcome = task.getValue();
            if (outcome.status() == PrintOutcome.Status.PRINTED) {
                viewModelStatus(i18n.get("print.done"));
            } else {
                dialogs.showError(i18n.get("print.failed"), outcome.message());
            }
        });
        task.setOnFailed(e -> dialogs.showError(i18n.get("print.failed"), task.getException().getMessage()));
        start(task);
    }

    /**
     * What an export may replace: never the database or the map layers the window is using, nor the program; an
     * existing file of another kind only once the user agreed ({@link #run}).
     */
    private WriteRules rules() {
        FilesInUse inUse = FilesInUse.runningProgram();
        inUse = core.store().file().map(inUse::withDatabase).orElse(inUse);
        inUse = core.maps().source().folder().map(inUse::withMapLayers).orElse(inUse);
        return new WriteRules(inUse, false);
    }

    private void run(ExportSettings settings, MapViewport shown, Path target, WriteRules rules) {
        // Read on the JavaFX thread, where the indicator section changes it.
        ComparisonBasis basis = comparedOn.get();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws ExportException, ExportCancelledException {
                write(settings, shown, target, (done, total, message) -> updateProgress(done, total), this::isCancelled,
                        rules, basis);
                return target;
            }
        };
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.setPrefWidth(320);
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("export.running"));
        alert.setHeaderText(i18n.get("export.running"));
        alert.getDialogPane().setContent(bar);
        // Closing the dialog ourselves also raises a close request; only the user's close may cancel the export
        // (a Task's FutureTask can still be cancellable while its success or failure handler runs).
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        alert.setOnCloseRequest(e -> {
            if (!finished.get()) {
                task.cancel();
            }
        });
        task.setOnSucceeded(e -> {
            finished.set(true);
            alert.close();
            viewModelStatus(i18n.get("export.done", EchoedText.path(target)));
        });
        task.setOnCancelled(e -> {
            finished.set(true);
            alert.close();
            dialogs.showInformation(i18n.get("export.title"), i18n.get("export.cancelled"));
        });
        task.setOnFailed(e -> {
            finished.set(true);
            alert.close();
            Throwable error = task.getException();
            if (!(error instanceof ExportException || error instanceof ExportCancelledException)) {
                LOG.error("Export to {} failed", target, error);
            }
            // A file of another kind where the export would go: replaced only if the user says so, then written.
            if (error instanceof ExportException && error.getCause() instanceof WriteRefusedException refused
                    && refused.confirmable()) {
                if (dialogs.confirm(i18n.get("export.title"), i18n.get("export.replaceQuestion", refused.detail()),
                        i18n.get("export.replace"), i18n.get("export.keep"))) {
                    run(settings, shown, target, rules.confirmed());
                }
                return;
            }
            dialogs.showError(i18n.get("export.failed"), error instanceof ExportException || error instanceof
                    ExportCancelledException ? error.getMessage() : i18n.get("export.unexpected"));
        });
        alert.show();
        start(task);
    }

    /** Writes the export; called off the JavaFX thread. */
    void write(ExportSettings settings, MapViewport shown, Path target, org.cpatlas.print.ProgressListener progress,
            org.cpatlas.print.Cancellation cancellation, WriteRules rules) throws ExportException,
            ExportCancelledException {
        write(settings, shown, target, progress, cancellation, rules, comparedOn.get());
    }

    /** Writes the export comparing on {@code basis} (null: Table 1); called off the JavaFX thread. */
    void write(ExportSettings settings, MapViewport shown, Path target, org.cpatlas.print.ProgressListener progress,
            org.cpatlas.print.Cancellation cancellation, WriteRules rules, ComparisonBasis basis)
            throws ExportException, ExportCancelledException {
        PageSetup setup = PageSetup.of(settings.paper(), settings.orientation());
        StoreSheets sheets = new StoreSheets(core.store().repository(), core.maps().drawable());
        IndicatorMap shownIndicator = viewModel.stylingProperty().get().indicator();
        IndicatorSheets onIndicator = basis == null || shownIndicator == null ? null
                : new IndicatorSheets(basis.gazetteer(), basis.data(), basis.how(), basis.weights(),
                        basis.weightTitle());
        // Sheets show the indicator the window shows, map and table alike; Table 1's when it shows its own map.
        MapContent content = withInset(onIndicator == null ? sheets.content(MapTheme.light(), LocalDate.now())
                : IndicatorPages.content(core.maps().drawable(), shownIndicator, LocalDate.now()), settings);
        if (settings.what() == ExportSettings.What.ATLAS) {
            List<org.cpatlas.print.RegionSheet> all = onIndicator == null ? sheets.sheets()
                    : onIndicator.sheets(sheets.sheets());
            new AtlasExport(style(), setup).write(all, content, target, progress, cancellation, rules,
                    settings.archivalPdf());
            return;
        }
        List<PrintPage> pages = new java.util.ArrayList<>();
        String title;
        ComparisonDetails both = viewModel.comparison();
        if (settings.what() == ExportSettings.What.COMPARISON_SHEET && both != null) {
            pages.add(comparisonPage(both, setup));
            title = both.title() + " · " + both.otherTitle();
        } else if (settings.what() == ExportSettings.What.REGION_SHEET && viewModel.details() != null) {
            var sheet = sheets.sheet(viewModel.details().code()).orElseThrow();
            if (onIndicator != null) {
                sheet = onIndicator.sheet(sheet);
            }
            pages.addAll(RegionSheetPage.pagesOf(sheet, content, setup, style()));
            title = sheet.nameZh() + " · " + sheet.nameEn();
        } else {
            MapSheet sheet = mapSheet(shown, settings.southChinaSeaInset());
            pages.add(settings.isFigure() ? MapPage.figure(sheet, settings.figureWidthMm(), style())
                    : new MapPage(sheet, setup, style()));
            title = sheet.titleZh() + " · " + sheet.titleEn();
        }
        switch (settings.format()) {
            case PNG -> {
                List<Path> files = pageFiles(target, pages.size());
                for (int i = 0; i < pages.size(); i++) {
                    new PngPageWriter().write(pages.get(i), settings.dpi(), files.get(i), rules);
                }
            }
            case PDF -> {
                PdfPageWriter writer = new PdfPageWriter(style().fonts());
                if (settings.archivalPdf()) {
                    writer = writer.archival(PdfMetadata.of(title, content.sourceLine(),
                            java.time.ZonedDateTime.now()));
                }
                writer.write(pages, target, AtlasExport.TITLE, progress, cancellation, rules);
            }
            case SVG -> {
                List<Path> files = pageFiles(target, pages.size());
                SvgPageWriter.TextMode text = settings.svgKeepText() ? SvgPageWriter.TextMode.TEXT
                        : SvgPageWriter.TextMode.PATHS;
                for (int i = 0; i < pages.size(); i++) {
                    new SvgPageWriter(text).write(pages.get(i), files.get(i), rules);
                }
            }
        }
        progress.progress(1, 1, target.toString());
    }

    /** The file of each page in a one-page format: the chosen name, then "-2", "-3" before the extension. */
    static List<Path> pageFiles(Path first, int pages) {
        List<Path> files = new java.util.ArrayList<>(List.of(first));
        String name = first.getFileName().toString();
        int dot = name.lastIndexOf('.');
        for (int k = 2; k <= pages; k++) {
            files.add(first.resolveSibling(dot > 0 ? name.substring(0, dot) + "-" + k + name.substring(dot)
                    : name + "-" + k));
        }
        return files;
    }

    private static MapContent withInset(MapContent content, ExportSettings settings) {
        return new MapContent(content.layers(), content.styling(),
                content.options().withSouthChinaSeaInset(settings.southChinaSeaInset()), content.legendTitle(),
                content.sourceLine(), content.date());
    }

    private Path rememberFolderOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            memory.rememberFolder(folder);
        }
        return file;
    }

    private MapPage mapPage(MapViewport shown, PageSetup setup) {
        return new MapPage(mapSheet(shown, true), setup, style());
    }

    /** The map as shown in the window, titled by the selection (or the atlas), with or without the inset. */
    private MapSheet mapSheet(MapViewport shown, boolean inset) {
        RegionDetails details = viewModel.details();
        RegionStyling styling = viewModel.stylingProperty().get().withHovered(null);
        String titleZh = details == null ? "中国集中连片特困地区" : (i18n.isChinese() ? details.title() : details.subtitle());
        String titleEn = details == null ? "China's contiguous poor regions"
                : (i18n.isChinese() ? details.subtitle() : details.title());
        return new MapSheet(titleZh, titleEn, shown, core.maps().drawable(), styling,
                MapOptions.defaults().withSouthChinaSeaInset(inset), IndicatorPages.legendTitle(styling),
                IndicatorPages.sourceLine(styling), LocalDate.now());
    }

    private synchronized PrintStyle style() {
        if (style == null) {
            style = PrintStyle.light(fonts.get());
        }
        return style;
    }

    private void viewModelStatus(String message) {
        dialogs.showInformation(i18n.get("export.title"), message);
    }

    private static void start(Task<?> task) {
        Thread thread = new Thread(task, "atlas-output");
        thread.setDaemon(true);
        thread.start();
    }
}
