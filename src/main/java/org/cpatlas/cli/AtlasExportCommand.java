package org.cpatlas.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.cpatlas.files.EchoedText;
import org.cpatlas.files.FileErrors;
import org.cpatlas.files.FileKind;
import org.cpatlas.files.OutputFile;
import org.cpatlas.files.WriteRules;
import org.cpatlas.geo.MapSource;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.print.AtlasExport;
import org.cpatlas.print.AtomicOutput;
import org.cpatlas.print.Cancellation;
import org.cpatlas.print.ExportCancelledException;
import org.cpatlas.print.ExportException;
import org.cpatlas.print.MapContent;
import org.cpatlas.print.PdfPageWriter;
import org.cpatlas.print.ProgressListener;
import org.cpatlas.print.PageSetup;
import org.cpatlas.render.MapLayers;
import org.cpatlas.print.PrintStyle;
import org.cpatlas.print.IndicatorSheets;
import org.cpatlas.print.RegionSheet;
import org.cpatlas.print.StoreSheets;
import org.cpatlas.render.AtlasFonts;
import org.cpatlas.store.AtlasRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas atlas --out FILE.pdf}: every region sheet in one PDF, one page per region in the official order. */
@Command(name = "atlas", mixinStandardHelpOptions = true,
        description = "Export the atlas: one sheet per region (map, province table, gap chart, sources) in one PDF.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written", "1:the file or the map layers cannot be read or written", "2:bad option"})
final class AtlasExportCommand implements Callable<Integer> {

    @ParentCommand
    private AtlasCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PageOptions page = new PageOptions();

    @Mixin
    private MapsOption maps = new MapsOption();

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf",
            description = "The PDF to write; - writes it to standard output.")
    private Path out;

    @Mixin
    private IndicatorOptions indicator = new IndicatorOptions();

    @Mixin
    private AggregationOptions aggregation = new AggregationOptions();

    @Mixin
    private WriteOptions writing = new WriteOptions();

    @Option(names = "--pdfa", description = "Archival PDF (PDF/A-2b: fonts embedded, sRGB output intent, XMP metadata).")
    private boolean pdfa;

    @Override
    public Integer call() {
        // Java2D only, never a window: safe without a display even when the launcher did not set it first.
        System.setProperty("java.awt.headless", "true");
        PrintWriter err = spec.commandLine().getErr();
        PageSetup setup;
        try {
            setup = page.setup();
        } catch (IllegalArgumentException e) {
            err.println("atlas: " + e.getMessage() + " (see 'atlas atlas --help')");
            err.flush();
            return 2;
        }
        org.cpatlas.render.ClassSpec classSpec;
        org.cpatlas.domain.IndicatorInfo info;
        AggregationOptions.Weighting weighting;
        try {
            classSpec = indicator.given() ? indicator.spec() : null;
            info = indicator.given() ? indicator.info(root.indicators()) : null;
            weighting = aggregation.resolve(root.indicators());
        } catch (ExportCommand.UsageError e) {
            err.println("atlas: " + e.getMessage() + (e.hint().isEmpty() ? "" : " (see 'atlas atlas --help')"));
            err.flush();
            return 2;
        }
        try {
            boolean toStandardOutput = OutputFile.isStandardOutput(out);
            AtlasRepository repository = root.store().repository();
            MapSource mapSource = maps.source();
            WriteRules rules = writing.rules(root, mapSource);
            if (!toStandardOutput) {
                AtomicOutput.checkWritable(out, FileKind.PDF, rules);
            }
            // Read as the window reads them (MapsOption.reader): a layer the window refuses is refused here too.
            ShapefileReader reader = maps.reader();
            PrintStyle style = PrintStyle.light(AtlasFonts.load());
            MapLayers layers = MapLayers.load(mapSource, reader,
                    info != null && info.level() == org.cpatlas.domain.Level.COUNTY);
            StoreSheets sheets = new StoreSheets(repository, layers);
            List<RegionSheet> all = sheets.sheets();
            if (info != null) {
                // The sheets compare on the indicator their maps show, as 'region NAME --indicator' does.
                all = new IndicatorSheets(MapUnits.load(mapSource, layers).gazetteer(),
                        root.indicators().data(info.code()).orElseThrow(), weighting.how(), weighting.values(),
                        weighting.weightTitle()).sheets(all);
            }
            AtlasExport export = new AtlasExport(style, setup);
            MapContent content = info == null ? sheets.content(style.theme(), LocalDate.now())
                    : org.cpatlas.print.IndicatorPages.content(layers, IndicatorOptions.map(
                            root.indicators().data(info.code()).orElseThrow(), classSpec, layers), LocalDate.now());
            if (toStandardOutput) {
                // Bytes only on standard output: no "Wrote" line.
                OutputStream stream = new BufferedOutputStream(root.standardOutput(), 1 << 16);
                try {
                    PdfPageWriter writer = new PdfPageWriter(style.fonts());
                    if (pdfa) {
                        writer = writer.archival(org.cpatlas.print.PdfMetadata.of(AtlasExport.TITLE,
                                content.sourceLine(), content.date().atStartOfDay(java.time.ZoneId.systemDefault())));
                    }
                    writer.write(export.pages(all, content), stream, AtlasExport.TITLE, ProgressListener.NONE,
                            Cancellation.NEVER);
                    stream.flush();
                } catch (java.io.IOException e) {
                    err.println("atlas: cannot write to standard output: " + FileErrors.describe(e));
                    err.flush();
                    return 1;
                }
                return 0;
            }
            long start = System.nanoTime();
            export.write(all, content, out, (done, total, message) -> { }, Cancellation.NEVER, rules, pdfa);
            long ms = (System.nanoTime() - start) / 1_000_000;
            spec.commandLine().getOut().println("Wrote " + EchoedText.path(out) + " (" + all.size() + " sheets, "
                    + Files.size(out) / 1024 + " KB, " + ms + " ms)");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ExportException e) {
            err.println("atlas: " + WriteOptions.message(e));
            err.flush();
            return 1;
        } catch (ShapefileException e) {
            err.println("atlas: " + ExportCommand.oneLine(e.getMessage()));
            err.flush();
            return 1;
        } catch (ExportCancelledException e) {
            err.println("atlas: " + e.getMessage());
            err.flush();
            return 1;
        } catch (java.io.IOException e) {
            err.println("atlas: cannot read the written file: " + FileErrors.describe(e));
            err.flush();
            return 1;
        }
    }
}
