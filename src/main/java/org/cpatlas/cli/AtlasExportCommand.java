package org.cpatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.cpatlas.geo.InvalidGeometryPolicy;
import org.cpatlas.geo.ShapefileException;
import org.cpatlas.geo.ShapefileReader;
import org.cpatlas.print.AtlasExport;
import org.cpatlas.print.AtomicOutput;
import org.cpatlas.print.Cancellation;
import org.cpatlas.print.ExportCancelledException;
import org.cpatlas.print.ExportException;
import org.cpatlas.print.PageSetup;
import org.cpatlas.render.MapLayers;
import org.cpatlas.print.PrintStyle;
import org.cpatlas.print.RegionSheet;
import org.cpatlas.print.StoreSheets;
import org.cpatlas.render.AtlasFonts;
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

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    private Path out;

    @Mixin
    private IndicatorOptions indicator = new IndicatorOptions();




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
        try {
            classSpec = indicator.given() ? indicator.spec() : null;
            info = indicator.given() ? indicator.info(root.indicators()) : null;
        } catch (ExportCommand.UsageError e) {
            err.println("atlas: " + e.getMessage() + (e.hint().isEmpty() ? "" : " (see 'atlas atlas --help')"));
            err.flush();
            return 2;
        }
        try {
            AtomicOutput.checkWritable(out);
            ShapefileReader reader = new ShapefileReader(
                    ShapefileReader.Options.defaults().withInvalidGeometry(InvalidGeometryPolicy.TRUST));
            PrintStyle style = PrintStyle.light(AtlasFonts.load());
            MapLayers layers = MapLayers.load(maps.source(), reader,
                    info != null && info.level() == org.cpatlas.domain.Level.COUNTY);
            StoreSheets sheets = new StoreSheets(root.store().repository(), layers);
            List<RegionSheet> all = sheets.sheets();
            long start = System.nanoTime();
            new AtlasExport(style, setup)
                    .write(all, info == null ? sheets.content(style.theme(), LocalDate.now())
                            : org.cpatlas.print.IndicatorPages.content(layers, IndicatorOptions.map(
                                    root.indicators().data(info.code()).orElseThrow(), classSpec, layers), LocalDate.now()),
                            out, (done, total, message) -> { }, Cancellation.NEVER);
            long ms = (System.nanoTime() - start) / 1_000_000;
            spec.commandLine().getOut().println("Wrote " + out + " (" + all.size() + " pages, "
                    + Files.size(out) / 1024 + " KB, " + ms + " ms)");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ExportException | ShapefileException e) {
            err.println("atlas: " + ExportCommand.oneLine(e.getMessage()));
            err.flush();
            return 1;
        } catch (ExportCancelledException e) {
            err.println("atlas: " + e.getMessage());
            err.flush();
            return 1;
        } catch (java.io.IOException e) {
            err.println("atlas: cannot read the written file: " + ExportCommand.oneLine(e.getMessage()));
            err.flush();
            return 1;
        }
    }
}
