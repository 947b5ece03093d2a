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
import org.cpatlas.app.AtlasCore;
import org.cpatlas.files.EchoedText;
import org.cpatlas.files.FilesInUse;
import org.cpatlas.files.WriteRefusedException;
import org.cpatlas.files.WriteRules;
import org.cpatlas.print.AtlasExport;
import org.cpatlas.print.Dpi;
import org.cpatlas.print.ExportCancelledException;
import org.cpatlas.print.ExportException;
import org.cpatlas.print.IndicatorPages;
import org.cpatlas.print.MapPage;
import org.cpatlas.print.MapSheet;
import org.cpatlas.print.Orientation;
import org.cpatlas.print.PageSetup;
import org.cpatlas.print.Paper;
import org.cpatlas.print.PdfPageWriter;
import org.cpatlas.print.PngPageWriter;
import org.cpatlas.print.PrintPage;
import org.cpatlas.print.PrintStyle;
import org.cpatlas.print.RegionSheetPage;
import org.cpatlas.print.StoreSheets;
import org.cpatlas.print.SvgPageWriter;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.render.MapOptions;
import org.cpatlas.render.MapTheme;
import org.cpatlas.render.MapViewport;
import org.cpatlas.render.RegionStyling;
import org.cpatlas.ui.DialogService;
import org.cpatlas.ui.I18n;
import org.cpatlas.ui.OutputActions;
import org.cpatlas.ui.print.FxPagePrinter;
import org.cpatlas.ui.print.PrintOutcome;
import org.cpatlas.ui.viewmodel.AtlasViewModel;
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

    @Override
    public void export(MapViewport shown) {
        Optional<ExportSettings> chosen = ExportDialog.ask(owner, i18n, viewModel.details() != null);
        if (chosen.isEmpty()) {
            return;
        }
        ExportSettings settings = chosen.get();
        String ext = settings.format().extension();
        String suggested = (viewModel.details() == null ? "atlas-map" : viewModel.details().code()) + "." + ext;
        if (settings.what() == ExportSettings.What.ATLAS) {
            suggested = "atlas-14-regions.pdf";
        }
        Optional<Path> target = dialogs.chooseSaveFile(i18n.get("export.title"), suggested, ext.toUpperCase(), ext);
        target.ifPresent(path -> run(settings, shown, path, rules()));
    }

    @Override
    public void print(MapViewport shown) {
        PageSetup setup = PageSetup.of(Paper.A4, Orientation.LANDSCAPE);
        FxPagePrinter printer = new FxPagePrinter();
        FxPagePrinter.Preparation prepared = printer.prepare(setup, owner);
        if (prepared instanceof FxPagePrinter.Refused refused) {
            if (refused.outcome().status() == PrintOutcome.Status.NO_PRINTER
                    && dialogs.confirm(i18n.get("print.title"), i18n.get("print.noPrinter"), i18n.get("print.savePdf"),
                            i18n.get("print.cancel"))) {
                dialogs.chooseSaveFile(i18n.get("export.title"), "atlas-map.pdf", "PDF", "pdf")
                        .ifPresent(path -> run(new ExportSettings(ExportSettings.What.MAP_AS_SHOWN,
                                ExportSettings.Format.PDF, setup.paper(), setup.orientation(), Dpi.VECTOR_DETAIL),
                                shown, path, rules()));
            }
            return;
        }
        FxPagePrinter.Ready ready = (FxPagePrinter.Ready) prepared;
        PrintPage page = mapPage(shown, ready.setup());
        // Rendered at the printer's resolution off the JavaFX thread: JavaFX would rasterise a live node at
        // screen resolution.
        Task<PrintOutcome> task = new Task<>() {
            @Override
            protected PrintOutcome call() {
                return printer.print(ready, page);
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
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws ExportException, ExportCancelledException {
                write(settings, shown, target, (done, total, message) -> updateProgress(done, total), this::isCancelled,
                        rules);
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
        PageSetup setup = PageSetup.of(settings.paper(), settings.orientation());
        StoreSheets sheets = new StoreSheets(core.store().repository(), core.maps().drawable());
        if (settings.what() == ExportSettings.What.ATLAS) {
            new AtlasExport(style(), setup).write(sheets.sheets(), sheets.content(MapTheme.light(), LocalDate.now()),
                    target, progress, cancellation, rules);
            return;
        }
        PrintPage page;
        if (settings.what() == ExportSettings.What.REGION_SHEET && viewModel.details() != null) {
            page = new RegionSheetPage(sheets.sheet(viewModel.details().code()).orElseThrow(),
                    sheets.content(MapTheme.light(), LocalDate.now()), setup, style());
        } else {
            page = mapPage(shown, setup);
        }
        switch (settings.format()) {
            case PNG -> new PngPageWriter().write(page, settings.dpi(), target, rules);
            case PDF -> new PdfPageWriter(style().fonts()).write(List.of(page), target, AtlasExport.TITLE, progress,
                    cancellation, rules);
            case SVG -> new SvgPageWriter().write(page, target, rules);
        }
        progress.progress(1, 1, target.toString());
    }

    private MapPage mapPage(MapViewport shown, PageSetup setup) {
        RegionDetails details = viewModel.details();
        RegionStyling styling = viewModel.stylingProperty().get().withHovered(null);
        String titleZh = details == null ? "中国集中连片特困地区" : (i18n.isChinese() ? details.title() : details.subtitle());
        String titleEn = details == null ? "China's contiguous poor regions"
                : (i18n.isChinese() ? details.subtitle() : details.title());
        MapSheet sheet = new MapSheet(titleZh, titleEn, shown, core.maps().drawable(), styling, MapOptions.defaults(),
                IndicatorPages.legendTitle(styling),
                IndicatorPages.sourceLine(styling), LocalDate.now());
        return new MapPage(sheet, setup, style());
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
